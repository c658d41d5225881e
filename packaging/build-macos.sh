#!/usr/bin/env bash
# Build the macOS release: caseintake.app, checked, signed, in a disk image.
#
#   packaging/build-macos.sh
#
# Run on a Mac (PyInstaller cannot cross-build), with a python.org or Homebrew Python 3.11+.
# Build on an Apple-silicon Mac for Apple-silicon laptops and on an Intel Mac (or with an x86_64
# Python under Rosetta) for Intel ones; PySide6 and sqlcipher3 ship separate wheels for each.
#
# Produces (in dist/, or $DIST_DIR):
#   caseintake.app                         drag to Applications; opens the desktop application
#   caseintake/                            the same program as a plain folder (used by the check)
#   caseintake-<version>-macos-<arch>.dmg  the disk image to hand out
#
# Signing: without CODESIGN_IDENTITY the app is signed ad hoc, which runs on the Mac that built
# it; on other Macs Gatekeeper asks the user to allow it (System Settings > Privacy & Security >
# Open Anyway). For laptops in the field, sign with a Developer ID and notarize:
#   CODESIGN_IDENTITY="Developer ID Application: Your Office (TEAMID)" \
#   NOTARY_PROFILE=caseintake-notary packaging/build-macos.sh
# (create the profile once with `xcrun notarytool store-credentials caseintake-notary`).
# SKIP_SMOKE=1 skips the command-line smoke check.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DIST="${DIST_DIR:-$ROOT/dist}"
BUILD="${BUILD_DIR:-$ROOT/build}"
VENV="$BUILD/venv-macos"
PYINSTALLER_REQUIREMENT="${PYINSTALLER_REQUIREMENT:-pyinstaller==6.22.3}"
started=$(date +%s)

if [ -n "${BUILD_PYTHON:-}" ]; then
  PY="$BUILD_PYTHON"
else
  [ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv "$VENV"
  PY="$VENV/bin/python"
  "$PY" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$PY" -m pip install --quiet --disable-pip-version-check "$ROOT[packaging]"
fi
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install --quiet "$PYINSTALLER_REQUIREMENT"
VERSION="$("$PY" -c 'import caseintake; print(caseintake.__version__)')"
ARCH="$(uname -m)"
echo "build-macos: caseintake $VERSION ($ARCH) with $("$PY" -m PyInstaller --version)"

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$BUILD/pyinstaller" "$ROOT/packaging/caseintake.spec"
APP="$DIST/caseintake.app"
echo "build-macos: built $APP ($(du -sh "$APP" | cut -f1)) in $(($(date +%s) - started)) s"

# PyInstaller signed every binary and the bundle (ad hoc, or with CODESIGN_IDENTITY and the
# hardened runtime; see the spec). Check the result before anything else.
IDENTITY="${CODESIGN_IDENTITY:--}"
codesign --verify --deep --strict --verbose=1 "$APP"

if [ "${SKIP_SMOKE:-0}" != "1" ]; then
  # The plain-folder build is the same program as the .app; the check's Linux-only parts
  # (/proc, X11, ldd) skip themselves.
  "$ROOT/packaging/smoke-check.sh" "$DIST/caseintake"
fi

DMG="$DIST/caseintake-$VERSION-macos-$ARCH.dmg"
STAGE="$BUILD/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -quiet -volname "caseintake $VERSION" -srcfolder "$STAGE" -format UDZO "$DMG"
rm -rf "$STAGE"
[ "$IDENTITY" = "-" ] || codesign --force --timestamp --sign "$IDENTITY" "$DMG"

if [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi
echo "build-macos: $DMG ($(du -h "$DMG" | cut -f1)), all done in $(($(date +%s) - started)) s"
