#!/usr/bin/env bash
# Build LossViz for macOS: dist/LossViz.app and dist/lossviz-<version>-macos-<arch>.dmg.
#
#     packaging/macos/build-macos.sh
#
# The same steps as packaging/build-linux.sh: a throwaway virtual environment
# under build/, the pinned build tools, PyInstaller with packaging/lossviz.spec
# (which makes the .app bundle on macOS: io.github.lossviz.LossViz), the app's
# own --self-test, then a compressed disk image with the app and a link to
# /Applications.  Builds for the machine's architecture (arm64 on Apple silicon).
#
# Signing and notarisation (not done here): set LOSSVIZ_CODESIGN_IDENTITY to a
# "Developer ID Application: ..." identity and PyInstaller signs the bundle;
# then `xcrun notarytool submit dist/*.dmg --wait` and `xcrun stapler staple`.
# Environment: LOSSVIZ_PYTHON (default python3).
set -euo pipefail
umask 022
started=$SECONDS
script_dir="${BASH_SOURCE[0]%/*}"
[ "$script_dir" != "${BASH_SOURCE[0]}" ] || script_dir=.
ROOT="$(cd "$script_dir/../.." && pwd)"
BUILD="$ROOT/build"
DIST="$ROOT/dist"
PYTHON="${LOSSVIZ_PYTHON:-python3}"

missing=()
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    missing+=("python3 ($PYTHON): Python 3.11 or newer, e.g. from python.org")
elif ! "$PYTHON" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
    missing+=("python3 ($PYTHON): needs 3.11 or newer")
fi
for tool in hdiutil ditto; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool (part of macOS)")
done
if ((${#missing[@]})); then
    printf 'build-macos.sh: missing required tools:\n' >&2
    printf '  - %s\n' "${missing[@]}" >&2
    exit 1
fi

echo "==> fresh build environment in build/venv-macos"
rm -rf "$BUILD/venv-macos" "$BUILD/pyinstaller" "$BUILD/dmg" "$ROOT/build/lib" "$ROOT"/build/bdist.* "$DIST/lossviz" "$DIST/LossViz.app"
mkdir -p "$BUILD" "$DIST"
"$PYTHON" -m venv "$BUILD/venv-macos"
VENV_PY="$BUILD/venv-macos/bin/python"
"$VENV_PY" -m pip install --quiet --disable-pip-version-check "$ROOT" -r "$ROOT/packaging/requirements-build.txt"
rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*
VERSION="$("$VENV_PY" -c 'from importlib.metadata import version; print(version("lossviz"))')"
ARCH="$(uname -m)"

echo "==> icon and PyInstaller"
QT_QPA_PLATFORM=offscreen "$VENV_PY" "$ROOT/packaging/render_icons.py" --icns "$BUILD/lossviz.icns"
(cd "$BUILD" && LOSSVIZ_ICON="$BUILD/lossviz.icns" "$VENV_PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/pyinstaller" "$ROOT/packaging/lossviz.spec")
APP="$DIST/LossViz.app"
[ -x "$APP/Contents/MacOS/lossviz" ] || { echo "build-macos.sh: PyInstaller made no $APP" >&2; exit 1; }
/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist"

echo "==> self-test of the frozen app"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
HOME="$scratch" QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/lossviz" --self-test

echo "==> disk image"
DMG="$DIST/lossviz-$VERSION-macos-$ARCH.dmg"
mkdir -p "$BUILD/dmg"
ditto "$APP" "$BUILD/dmg/LossViz.app"
ln -s /Applications "$BUILD/dmg/Applications"
rm -f "$DMG"
hdiutil create -volname "LossViz $VERSION" -srcfolder "$BUILD/dmg" -ov -format UDZO -fs HFS+ "$DMG"

echo
echo "LossViz $VERSION built in $(( SECONDS - started )) s"
du -sh "$APP" "$DMG"
