#!/usr/bin/env bash
# Build the Linux release: the one-folder bundle, checked, and a tarball with an installer.
#
#   packaging/build-linux.sh
#
# Produces (in dist/, or $DIST_DIR; work files go to build/, or $BUILD_DIR):
#   caseintake/                                the one-folder bundle (run caseintake/caseintake)
#   caseintake-<version>-linux-x86_64.tar.gz   the bundle plus install.sh, the menu entry,
#                                              AppStream metadata and icons
#
# It builds in its own virtual environment (build/venv-linux) with only the application's
# dependencies and PyInstaller, so test tools never end up in the bundle. Set BUILD_PYTHON to an
# existing environment's python to skip that (e.g. in CI, where the venv is already made).
# SKIP_SMOKE=1 skips the smoke check (packaging/smoke-check.sh), which otherwise runs on the
# result; TARBALL=0 stops after the check (what CI needs). The bundle needs the glibc of the build machine or newer: build on the oldest
# distribution the laptops run (the smoke check prints the version it needs).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYINSTALLER_REQUIREMENT="${PYINSTALLER_REQUIREMENT:-pyinstaller==6.22.3}"
DIST="${DIST_DIR:-$ROOT/dist}"
BUILD="${BUILD_DIR:-$ROOT/build}"
VENV="$BUILD/venv-linux"
started=$(date +%s)

if [ -n "${BUILD_PYTHON:-}" ]; then
  PY="$BUILD_PYTHON"
else
  if [ ! -x "$VENV/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$VENV"
  fi
  PY="$VENV/bin/python"
  "$PY" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$PY" -m pip install --quiet --disable-pip-version-check "$ROOT[packaging]"
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  "$PY" -m pip install --quiet --disable-pip-version-check "$PYINSTALLER_REQUIREMENT"
fi
if [ "$("$PY" -c 'import sysconfig; print(sysconfig.get_config_var("Py_ENABLE_SHARED") or 0)')" != "1" ]; then
  echo "build-linux: this Python has no shared libpython, which PyInstaller needs." >&2
  echo "  Use the distribution's python3, or pyenv with PYTHON_CONFIGURE_OPTS=--enable-shared." >&2
  exit 1
fi
VERSION="$("$PY" -c 'import caseintake; print(caseintake.__version__)')"
echo "build-linux: caseintake $VERSION with $("$PY" -m PyInstaller --version) on $("$PY" -V)"

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$BUILD/pyinstaller" "$ROOT/packaging/caseintake.spec"
built=$(date +%s)
echo "build-linux: bundle built in $((built - started)) s: $(du -sh "$DIST/caseintake" | cut -f1) in $DIST/caseintake"

if [ "${SKIP_SMOKE:-0}" != "1" ]; then
  "$ROOT/packaging/smoke-check.sh" "$DIST/caseintake"
fi

if [ "${TARBALL:-1}" = "0" ]; then
  echo "build-linux: done in $(($(date +%s) - started)) s (no tarball: TARBALL=0)"
  exit 0
fi

# The release folder: the bundle plus what install.sh puts in the menu.
NAME="caseintake-$VERSION-linux-$(uname -m)"
STAGE="$BUILD/$NAME"
rm -rf "$STAGE"
cp -R "$DIST/caseintake" "$STAGE"
APP_ID="org.caseintake.CaseIntake"
install -D -m 755 packaging/linux/install.sh "$STAGE/install.sh"
install -D -m 644 "packaging/linux/$APP_ID.desktop" "$STAGE/share/applications/$APP_ID.desktop"
install -D -m 644 "packaging/linux/$APP_ID.metainfo.xml" "$STAGE/share/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 resources/icons/caseintake.svg "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 32 48 64 128 256 512; do
  install -D -m 644 "resources/icons/caseintake-$size.png" \
    "$STAGE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
tar -C "$BUILD" -czf "$DIST/$NAME.tar.gz" "$NAME"
rm -rf "$STAGE"
echo "build-linux: $DIST/$NAME.tar.gz ($(du -h "$DIST/$NAME.tar.gz" | cut -f1)), all done in $(($(date +%s) - started)) s"
