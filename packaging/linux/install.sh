#!/usr/bin/env bash
# Install caseintake from the unpacked release folder (the folder this script is in).
#
#   ./install.sh              for this user only: ~/.local/opt/caseintake, ~/.local/bin, menu entry
#   sudo ./install.sh         for everyone: /opt/caseintake, /usr/local/bin, menu entry
#   ./install.sh --uninstall  (or sudo ./install.sh --uninstall) removes the program again
#   --user                    (with either) this user only, even when run as root
#
# Only the program is installed or removed. The case database stays where it is (in each user's
# ~/.local/share/caseintake), and so do backups: uninstalling never deletes case data.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
APP_ID="org.caseintake.CaseIntake"

ACTION="install"
SCOPE="system"
for arg in "$@"; do
  case "$arg" in
    --uninstall) ACTION="uninstall" ;;
    --user) SCOPE="user" ;;
    *) echo "install.sh: unknown option $arg (use --user and/or --uninstall)" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = "0" ] || SCOPE="user"

if [ "$SCOPE" = "system" ]; then
  PREFIX="/opt/caseintake"
  BIN="/usr/local/bin"
  SHARE="/usr/local/share"
else
  PREFIX="$HOME/.local/opt/caseintake"
  BIN="$HOME/.local/bin"
  SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

refresh_menus() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "$ACTION" = "uninstall" ]; then
  rm -rf "$PREFIX"
  rm -f "$BIN/caseintake" "$BIN/caseintake-gui"
  rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
  find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
  refresh_menus
  echo "caseintake was removed. Case databases and backups were not touched."
  exit 0
fi

[ -x "$HERE/caseintake" ] || { echo "install.sh: run me from the unpacked caseintake folder" >&2; exit 1; }

echo "Installing caseintake into $PREFIX"
rm -rf "$PREFIX.new"
mkdir -p "$(dirname "$PREFIX")"
cp -R "$HERE" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"

mkdir -p "$BIN" "$SHARE/applications" "$SHARE/metainfo"
ln -sf "$PREFIX/caseintake" "$BIN/caseintake"
ln -sf "$PREFIX/caseintake-gui" "$BIN/caseintake-gui"

# The menu entry names the program by its full path: ~/.local/bin is not always on the PATH
# that the desktop uses to start programs.
sed -e "s|^Exec=caseintake-gui|Exec=$PREFIX/caseintake-gui|" \
    -e "s|^TryExec=caseintake-gui|TryExec=$PREFIX/caseintake-gui|" \
    "$HERE/share/applications/$APP_ID.desktop" >"$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
for icon in "$HERE"/share/icons/hicolor/*/apps/"$APP_ID".*; do
  target="$SHARE/icons/hicolor/${icon#"$HERE/share/icons/hicolor/"}"
  mkdir -p "$(dirname "$target")"
  cp "$icon" "$target"
done
refresh_menus

echo "Done. Start caseintake from the applications menu, or run: $BIN/caseintake-gui"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "(The command line is $BIN/caseintake; add $BIN to your PATH to type just 'caseintake'.)" ;;
esac
