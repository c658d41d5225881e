#!/usr/bin/env bash
# Smoke check of a built one-folder bundle, as on a clean laptop with no Python.
#
#   packaging/smoke-check.sh [BUNDLE_DIR]        (default: dist/caseintake)
#
# The bundle is copied to a fresh temporary folder and every program runs under
# `env -i HOME=<tmp> PATH=/usr/bin:/bin`: no Python, no virtualenv, no project checkout, no
# CASEINTAKE_* variables, a C locale. It then checks, on a throw-away database:
#   the command line  --version, init, users add, import, cases --json, summary + verify-pdf,
#                     counts (CSV and PDF), hearings --ics, demo into a demo database (the "spawn"
#                     worker process of a frozen build), backup, check, a wrong passphrase (exit 3, one line, no
#                     traceback), and that the database file on disk is not plain SQLite;
#   the desktop app   caseintake-gui offscreen (QT_QPA_PLATFORM=offscreen) for GUI_SECONDS with an
#                     existing database (unlock dialog) and with none (first-run dialog): it must
#                     still be running (not crashed) and have loaded Qt Widgets, the platform
#                     plugin and the SQLCipher engine from the bundle; then, if xvfb-run and
#                     xwininfo are installed, the same on a virtual X display with the real xcb
#                     plugin, waiting for the "Unlock caseintake" window to appear;
#   the bundle        no shared library in it depends on something missing (Linux, ldd), and
#                     the log file holds no unexpected error.
# Exit status 0 when everything passed; otherwise the first failure is printed and it exits 1.
# Takes about 10 seconds. Linux, and the command-line part on macOS.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
SOURCE="${1:-$ROOT/dist/caseintake}"
GUI_SECONDS="${GUI_SECONDS:-2}"
[ -x "$SOURCE/caseintake" ] || { echo "smoke-check: no bundle at $SOURCE (build it first)" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/caseintake-smoke.XXXXXX")"
cleanup() {
  [ -n "${GUI_PID:-}" ] && kill "$GUI_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

STEP=""
fail() { echo "smoke-check: FAILED at '$STEP': $*" >&2; [ -f "$WORK/err" ] && sed 's/^/  stderr: /' "$WORK/err" >&2; exit 1; }
pass() { printf '  ok  %s\n' "$STEP"; }

started=$(date +%s)
cp -R "$SOURCE" "$WORK/app"
APP="$WORK/app"
HOME_DIR="$WORK/home"
mkdir -p "$HOME_DIR"
DB="$HOME_DIR/office/cases.db"
LOG_DIR="$WORK/log"
printf 'smoke passphrase one\n' >"$WORK/boss.pass"
printf 'smoke passphrase two\n' >"$WORK/lawyer.pass"
printf 'not the passphrase\n' >"$WORK/wrong.pass"

# A clean machine: nothing from this shell leaks in. CASEINTAKE_LOG_DIR only moves the log file
# where this script can read it.
clean() { env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin CASEINTAKE_LOG_DIR="$LOG_DIR" "$@"; }
ci() { clean "$APP/caseintake" --db "$DB" "$@" >"$WORK/out" 2>"$WORK/err"; }
as_boss() { ci --user boss --passphrase-file "$WORK/boss.pass" "$@"; }
expect_out() { grep -q -- "$1" "$WORK/out" || fail "expected '$1' in: $(head -c 400 "$WORK/out")"; }

cat >"$WORK/cases.json" <<'JSON'
{"format": "caseintake/1", "cases": [{
  "reference": "CI-2026-00042", "status": "in_court", "opened_on": "2026-02-03",
  "region": "VII", "province": "Cebu", "offenses": ["osaec_livestream", "trafficking_sexual"],
  "source": {"kind": "cybertipline", "reference": "CT-2026-0001234"},
  "summary": "Referred by police after a foreign referral; AAA was rescued with two siblings. Niña, señora.",
  "assigned_to": "boss", "consent_statistics": "yes", "accommodations": ["guardian_ad_litem", "live_link"],
  "persons": [
    {"role": "victim", "sex": "F", "age": 13, "nationality": "PH",
     "identity": {"legal_name": "Marisol Dagohoy Cabahug", "birth_date": "2012-07-19",
                  "address": "Purok 3, Barangay Tisa, Labangon, Cebu City"}},
    {"role": "accused", "relationship": "parent", "sex": "F", "nationality": "PH",
     "identity": {"legal_name": "Rosalinda Dagohoy Cabahug"}},
    {"role": "accused", "relationship": "foreign_online", "sex": "M", "nationality": "US",
     "name": "John Doe Online"}],
  "referrals": [{"agency": "DSWD Region VII", "kind": "shelter", "referred_on": "2026-02-03",
                 "status": "accepted"}],
  "notes": [{"kind": "intake", "written_at": "2026-02-03T10:15:00+08:00",
             "text": "Intake interview at the shelter with the house parent present."}],
  "hearings": [{"court": "RTC Branch 12, Cebu City", "docket": "R-CEB-26-00123-CR",
                "kind": "arraignment", "starts_at": "2030-03-02T08:30:00+08:00",
                "status": "scheduled", "lawyer": "mreyes"}],
  "evidence": [{"description": "Mobile phone seized at the house", "custodian": "NBI-CCD",
                "reference": "EV-001", "received_on": "2026-02-04",
                "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]
}]}
JSON

echo "smoke-check: $SOURCE (copied to $APP, run under env -i)"

STEP="--version"
ci --version || fail "exit $?"
expect_out "^caseintake [0-9]"
pass

STEP="init"
as_boss init --office-name "Smoke-test office" --json || fail "exit $?"
expect_out '"recovery_key"'
[ -f "$DB" ] || fail "no database file at $DB"
if head -c 16 "$DB" | grep -q "SQLite format"; then fail "the database file is plain SQLite"; fi
pass

STEP="users add (lawyer)"
as_boss --new-passphrase-file "$WORK/lawyer.pass" users add mreyes --role lawyer || fail "exit $?"
pass

STEP="import"
as_boss import "$WORK/cases.json" || fail "exit $?"
expect_out "Imported 1 case"
pass

STEP="cases --json"
as_boss cases --json || fail "exit $?"
expect_out '"reference": "CI-2026-00042"'
if grep -q "Marisol" "$WORK/out"; then fail "a vault value reached stdout"; fi
pass

STEP="summary (PDF with the bundled fonts)"
ci --user mreyes --passphrase-file "$WORK/lawyer.pass" summary CI-2026-00042 --out "$WORK/summary.pdf" \
  || fail "exit $?"
[ -s "$WORK/summary.pdf" ] || fail "no PDF written"
grep -a -q "DejaVuSerif" "$WORK/summary.pdf" || fail "the PDF does not embed the DejaVu fonts"
pass

STEP="verify-pdf"
ci verify-pdf "$WORK/summary.pdf" || fail "exit $?"
expect_out "clean"
pass

STEP="hearings --ics"
ci --user mreyes --passphrase-file "$WORK/lawyer.pass" hearings --from 2030-01-01 --to 2030-12-31 \
  --ics "$WORK/agenda.ics" || fail "exit $?"
grep -q "BEGIN:VCALENDAR" "$WORK/agenda.ics" || fail "no calendar written"
pass

STEP="demo (spawned worker process, into a demo database)"
# Synthetic cases go only into a database made with `init --demo`, never into the office's.
demo_db() { clean "$APP/caseintake" --db "$HOME_DIR/demo/cases.db" --user boss \
  --passphrase-file "$WORK/boss.pass" "$@" >"$WORK/out" 2>"$WORK/err"; }
demo_db init --demo --json || fail "init --demo: exit $?"
demo_db demo --cases 2100 --seed 7 || fail "exit $?"
expect_out "Added 2,100 synthetic cases"
pass

STEP="counts (CSV and PDF)"
as_boss counts --out "$WORK/counts.csv" --by year,region || fail "exit $?"
head -n 1 "$WORK/counts.csv" | grep -q "count,suppressed" || fail "no counts CSV"
[ -s "$WORK/counts.meta.json" ] || fail "no counts metadata beside the CSV"
as_boss counts --out "$WORK/counts.pdf" --by quarter,region || fail "exit $?"
ci verify-pdf "$WORK/counts.pdf" || fail "counts PDF: exit $?"
pass

STEP="backup"
as_boss backup "$WORK/office.cibackup" || fail "exit $?"
[ -s "$WORK/office.cibackup" ] || fail "no backup file"
pass

STEP="check"
as_boss check || fail "exit $?"
expect_out "No problems found"
pass

STEP="wrong passphrase (exit 3, one line)"
set +e
ci --user boss --passphrase-file "$WORK/wrong.pass" cases
status=$?
set -e
[ "$status" = 3 ] || fail "exit $status instead of 3"
[ "$(wc -l <"$WORK/err")" -le 2 ] || fail "more than one line on stderr"
if grep -q "Traceback" "$WORK/err"; then fail "a traceback on stderr"; fi
: >"$WORK/err"
pass

# -- the desktop application ---------------------------------------------------------------------

gui_alive() {  # $1: database path; runs offscreen for GUI_SECONDS and checks it is still running
  # env itself, not the clean() function: $! must be the application, not a subshell.
  env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin CASEINTAKE_LOG_DIR="$LOG_DIR" QT_QPA_PLATFORM=offscreen \
    "$APP/caseintake-gui" --db "$1" >"$WORK/gui.out" 2>"$WORK/err" &
  GUI_PID=$!
  sleep "$GUI_SECONDS"
  kill -0 "$GUI_PID" 2>/dev/null || { wait "$GUI_PID" || true; GUI_PID=""; fail "the GUI exited early"; }
  if [ -r "/proc/$GUI_PID/maps" ]; then
    for part in libQt6Widgets libqoffscreen sqlcipher3/_sqlite3; do
      grep -q "$APP/_internal/.*$part" "/proc/$GUI_PID/maps" || fail "$part was not loaded from the bundle"
    done
  fi
  kill "$GUI_PID"
  wait "$GUI_PID" 2>/dev/null || true
  GUI_PID=""
  if grep -E -q "Traceback|Fatal Python|Segmentation" "$WORK/err"; then fail "errors from the GUI"; fi
}

STEP="GUI offscreen, unlock dialog (${GUI_SECONDS}s)"
gui_alive "$DB"
pass

STEP="GUI offscreen, first-run dialog (${GUI_SECONDS}s)"
gui_alive "$HOME_DIR/new/cases.db"
[ ! -e "$HOME_DIR/new/cases.db" ] || fail "the first-run dialog created a database before it was asked to"
pass

if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
  STEP="GUI on X11 (xvfb, xcb plugin): unlock window appears"
  cat >"$WORK/x11.sh" <<'X11'
#!/usr/bin/env bash
# Runs inside xvfb-run: start the app on the virtual display, wait for its window, stop it.
app="$1"; db="$2"; home="$3"; logs="$4"
env -i HOME="$home" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" \
  CASEINTAKE_LOG_DIR="$logs" "$app/caseintake-gui" --db "$db" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Unlock caseintake"'; then
    kill -0 "$pid" 2>/dev/null || exit 3
    kill "$pid"; wait "$pid" 2>/dev/null; exit 0
  fi
  kill -0 "$pid" 2>/dev/null || exit 2
  sleep 0.1
done
kill "$pid" 2>/dev/null; exit 1
X11
  set +e
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$WORK/x11.sh" "$APP" "$DB" "$HOME_DIR" "$LOG_DIR"
  status=$?
  set -e
  case "$status" in
    0) pass ;;
    1) fail "no 'Unlock caseintake' window within 10 s" ;;
    *) fail "the GUI exited on X11 (status $status)" ;;
  esac
else
  echo "  --  GUI on X11 skipped (needs xvfb-run and xwininfo)"
fi

# -- the bundle itself ---------------------------------------------------------------------------

if [ "$(uname -s)" = "Linux" ] && command -v ldd >/dev/null; then
  STEP="every bundled library resolves (ldd)"
  # The desktop provides these (Wayland, OpenGL/EGL, Vulkan); PyInstaller never bundles them.
  # A machine without Wayland simply does not load the Wayland plugins.
  from_desktop='^(libwayland-[a-z]+|libEGL|libGL[A-Za-z]*|libOpenGL|libvulkan|libdrm|libgbm)\.so'
  missing=""
  desktop=""
  while IFS= read -r -d '' lib; do
    head -c 4 "$lib" | grep -q "ELF" || continue
    while read -r name _; do
      if [[ "$name" =~ $from_desktop ]]; then desktop="$desktop $name"; else missing="$missing\n$lib: $name"; fi
    done < <(LD_LIBRARY_PATH="$APP/_internal" ldd "$lib" 2>/dev/null | grep "not found" || true)
  done < <(find "$APP/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
  [ -z "$missing" ] || fail "$(printf '%b' "$missing" | sort -u | head -20)"
  pass
  if [ -n "$desktop" ]; then
    echo "      (left to the desktop, absent here:$(tr ' ' '\n' <<<"$desktop" | sort -u | tr '\n' ' '))"
  fi
  glibc=$(find "$APP" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 || true)
  [ -n "$glibc" ] && echo "      (needs ${glibc/_/ } or newer on the laptop: build on the oldest distribution you support)"
fi

STEP="log file"
if [ -d "$LOG_DIR" ] && grep -R -q -E "unexpected|Traceback" "$LOG_DIR"; then
  fail "$(grep -R -h -E -A3 "unexpected|Traceback" "$LOG_DIR" | head -20)"
fi
pass

size=$(du -sh "$SOURCE" | cut -f1)
echo "smoke-check: all passed in $(($(date +%s) - started)) s; bundle size $size"
