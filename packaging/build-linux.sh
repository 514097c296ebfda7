#!/usr/bin/env bash
# Build LossViz's Linux packages from a clean checkout, in one command:
#
#     packaging/build-linux.sh
#
# (from any directory).  It makes a throwaway virtual environment under
# build/, installs LossViz and the pinned build tools into it
# (packaging/requirements-build.txt), freezes the app with PyInstaller
# (packaging/lossviz.spec) into dist/lossviz/, checks the result with
# `lossviz --self-test`, and writes
#
#     dist/lossviz-<version>-linux-x86_64.tar.gz   the folder, to unpack anywhere
#     dist/lossviz_<version>_amd64.deb             for Debian and Ubuntu: /opt/lossviz,
#                                                  /usr/bin/lossviz, menu entry, icons,
#                                                  AppStream metadata
#
# The version is pyproject.toml's.  Needs python3 (3.11 or newer, with venv)
# and dpkg-deb; desktop-file-validate and appstreamcli check the menu entry and
# the metadata when they are installed.  Environment:
#     LOSSVIZ_PYTHON     the Python to build with (default: python3)
#     LOSSVIZ_DPKG_DEB   the dpkg-deb to use (default: dpkg-deb)
#     LOSSVIZ_MAINTAINER the .deb's Maintainer field, "Name <email>"
#     LOSSVIZ_BUILD_DIR, LOSSVIZ_DIST_DIR   instead of build/ and dist/
#     SOURCE_DATE_EPOCH  the release date written into the metadata (default: today)
set -euo pipefail
umask 022
started=$SECONDS

# Only bash itself until the tools are checked, so that a missing one is
# reported as missing even on a PATH that lacks the basic tools.
script_dir="${BASH_SOURCE[0]%/*}"
[ "$script_dir" != "${BASH_SOURCE[0]}" ] || script_dir=.
ROOT="$(cd "$script_dir/.." && pwd)"
BUILD="${LOSSVIZ_BUILD_DIR:-$ROOT/build}"
DIST="${LOSSVIZ_DIST_DIR:-$ROOT/dist}"
PYTHON="${LOSSVIZ_PYTHON:-python3}"
DPKG_DEB="${LOSSVIZ_DPKG_DEB:-dpkg-deb}"
APP_ID="io.github.lossviz.LossViz"
MAINTAINER="${LOSSVIZ_MAINTAINER:-The LossViz developers <lossviz@users.noreply.github.com>}"

say() { printf '==> %s\n' "$*"; }
die() { printf 'build-linux.sh: %s\n' "$*" >&2; exit 1; }

# --- the tools, all checked before anything is built --------------------------
missing=()
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    missing+=("python3 ($PYTHON): install Python 3.11 or newer, e.g. sudo apt install python3 python3-venv")
elif ! "$PYTHON" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
    missing+=("python3 ($PYTHON, $("$PYTHON" -V 2>&1)): needs 3.11 or newer with the venv module, e.g. sudo apt install python3-venv")
fi
if ! command -v "$DPKG_DEB" >/dev/null 2>&1; then
    missing+=("dpkg-deb ($DPKG_DEB): builds the .deb; sudo apt install dpkg")
elif ! "$DPKG_DEB" --help 2>/dev/null | grep -q -- --root-owner-group && ! command -v fakeroot >/dev/null 2>&1; then
    missing+=("fakeroot: this dpkg-deb has no --root-owner-group (dpkg older than 1.19); sudo apt install fakeroot")
fi
for tool in tar gzip sed grep find du stat date mktemp cp uname; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
# PyInstaller reads binaries with binutils; trim_icu_data.py links a data library with cc.
command -v readelf >/dev/null 2>&1 || missing+=("readelf: sudo apt install binutils")
command -v "${CC:-cc}" >/dev/null 2>&1 || missing+=("cc (${CC:-cc}): a C compiler, e.g. sudo apt install gcc")
if ((${#missing[@]})); then
    printf 'build-linux.sh: missing required tools:\n' >&2
    printf '  - %s\n' "${missing[@]}" >&2
    exit 1
fi
case "$(uname -m)" in
    x86_64) ;;
    *) die "this script builds x86_64/amd64 packages; this machine is $(uname -m)" ;;
esac

# --- a fresh environment with the app and the pinned build tools --------------
say "fresh build environment in build/venv"
# pip builds the wheel inside the checkout (build/lib, build/bdist.*), where
# files left from an older build would end up in it: cleared before and after.
rm -rf "$BUILD/venv" "$BUILD/pyinstaller" "$BUILD/deb" "$ROOT/build/lib" "$ROOT"/build/bdist.* "$DIST/lossviz"
mkdir -p "$BUILD" "$DIST"
"$PYTHON" -m venv "$BUILD/venv"
VENV_PY="$BUILD/venv/bin/python"
"$VENV_PY" -m pip install --quiet --disable-pip-version-check "$ROOT" -r "$ROOT/packaging/requirements-build.txt"
rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*
VERSION="$("$VENV_PY" -c 'from importlib.metadata import version; print(version("lossviz"))')"
[[ "$VERSION" =~ ^[0-9][0-9A-Za-z.+~-]*$ ]] || die "unusable version from pyproject.toml: '$VERSION'"
say "LossViz $VERSION, $("$VENV_PY" -m PyInstaller --version | sed 's/^/PyInstaller /')"

# --- freeze ----------------------------------------------------------------------
say "PyInstaller: dist/lossviz/"
freeze_started=$SECONDS
# From build/, so that the checkout's own lossviz/ is not on sys.path: the installed copy is frozen.
(cd "$BUILD" && "$VENV_PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/pyinstaller" "$ROOT/packaging/lossviz.spec")
BUNDLE="$DIST/lossviz"
[ -x "$BUNDLE/lossviz" ] || die "PyInstaller made no $BUNDLE/lossviz"
# Python's own libraries may carry debugging symbols (pyenv's: 20 of libpython's
# 23 MB).  The wheels' libraries are left alone: strip breaks the ones that
# auditwheel's patchelf edited ("ELF load command address/offset not page-aligned").
if command -v strip >/dev/null 2>&1; then
    find "$BUNDLE/_internal" -maxdepth 1 -name 'libpython3*.so*' -type f -exec strip --strip-unneeded {} +
    find "$BUNDLE/_internal" -path '*/python3*/lib-dynload/*.so' -type f -exec strip --strip-unneeded {} +
fi
# ICU's data, 32 MB of it for some 800 locales, cut to the root, English,
# Japanese and Korean (the self-test below checks collation and case mapping).
"$VENV_PY" "$ROOT/packaging/linux/trim_icu_data.py" "$BUNDLE" || die "could not trim ICU's data (above)"
freeze_seconds=$(( SECONDS - freeze_started ))

say "self-test of the frozen app"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if ! env HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" QT_QPA_PLATFORM=offscreen \
        "$BUNDLE/lossviz" --self-test; then
    die "the frozen app failed its self-test (above)"
fi

# --- the tarball ---------------------------------------------------------------
TARBALL="$DIST/lossviz-$VERSION-linux-x86_64.tar.gz"
say "$(basename "$TARBALL")"
rm -f "$TARBALL"
tar -C "$DIST" --sort=name --owner=0 --group=0 --numeric-owner -cf - lossviz | gzip -n -6 > "$TARBALL"

# --- the .deb --------------------------------------------------------------------
DEB="$DIST/lossviz_${VERSION}_amd64.deb"
say "$(basename "$DEB")"
PKG="$BUILD/deb/lossviz_${VERSION}_amd64"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
    "$PKG/usr/share/mime/packages" "$PKG/usr/share/doc/lossviz"
cp -a "$BUNDLE" "$PKG/opt/lossviz"
ln -s /opt/lossviz/lossviz "$PKG/usr/bin/lossviz"
cp "$ROOT/packaging/linux/$APP_ID.desktop" "$PKG/usr/share/applications/$APP_ID.desktop"
# Lesson files (*.lossviz) open in the app from a file manager; dpkg's
# triggers in shared-mime-info and desktop-file-utils register both.
cp "$ROOT/packaging/linux/$APP_ID.mime.xml" "$PKG/usr/share/mime/packages/$APP_ID.xml"
release_date="$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%F)"
sed -e "s/@VERSION@/$VERSION/g" -e "s/@DATE@/$release_date/g" "$ROOT/packaging/linux/$APP_ID.metainfo.xml.in" \
    > "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
env QT_QPA_PLATFORM=offscreen "$VENV_PY" "$ROOT/packaging/render_icons.py" --hicolor "$PKG/usr/share/icons/hicolor" --name "$APP_ID"
{
    echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    echo "Upstream-Name: LossViz"
    echo
    echo "Files: *"
    echo "License: MIT"
    sed 's/^$/./; s/^/ /' "$ROOT/LICENSE"
    echo
    echo "Files: opt/lossviz/_internal/*"
    echo "Comment: the bundled Python, Qt (LGPL-3.0, via PySide6), numpy (BSD-3-Clause) and"
    echo " pyqtgraph (MIT); their licences are in the dist-info folders there."
} > "$PKG/usr/share/doc/lossviz/copyright"
installed_kb="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
relations="$("$VENV_PY" "$ROOT/packaging/linux/deb_depends.py" "$BUNDLE")"
cat > "$PKG/DEBIAN/control" <<EOF
Package: lossviz
Version: $VERSION
Architecture: amd64
Maintainer: $MAINTAINER
Installed-Size: $installed_kb
$relations
Suggests: fonts-noto-cjk
Section: education
Priority: optional
Description: see what a neural network's loss function measures
 LossViz is a desktop app for teaching: drag one slider per class (the
 logits) and watch the softmax probabilities, the one-hot target, the
 -log(y) curve, the gradients and every loss (squared error, cross-entropy,
 binary cross-entropy) follow live.  A side panel trains a small network on
 real MNIST digits, offline, on 5,000 images shipped with the app.
 .
 The interface is in English, Japanese and Korean (the latter two need a CJK
 font such as fonts-noto-cjk).  This package is a self-contained build with
 its own Python and Qt, installed in /opt/lossviz.
EOF
chmod -R u+rwX,go+rX,go-w "$PKG"
rm -f "$DEB"
if "$DPKG_DEB" --help 2>/dev/null | grep -q -- --root-owner-group; then
    "$DPKG_DEB" --root-owner-group -Zxz -z6 --build "$PKG" "$DEB" >/dev/null
else
    fakeroot "$DPKG_DEB" -Zxz -z6 --build "$PKG" "$DEB" >/dev/null
fi

# --- validation ------------------------------------------------------------------
if command -v desktop-file-validate >/dev/null 2>&1; then
    say "desktop-file-validate"
    desktop-file-validate "$PKG/usr/share/applications/$APP_ID.desktop" || die "the .desktop file is not valid (above)"
else
    say "desktop-file-validate not installed: menu entry not validated (sudo apt install desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    say "appstreamcli validate --no-net"
    appstreamcli validate --no-net "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml" || die "the AppStream metadata is not valid (above)"
else
    say "appstreamcli not installed: AppStream metadata not validated (sudo apt install appstream)"
fi

# --- summary ---------------------------------------------------------------------
human() { numfmt --to=iec-i --suffix=B --format='%.1f' "$1" 2>/dev/null || echo "$1 bytes"; }
bundle_bytes="$(du -sb "$BUNDLE" | cut -f1)"
echo
echo "LossViz $VERSION built in $(( SECONDS - started )) s (PyInstaller ${freeze_seconds} s)"
printf '  %-60s %s\n' "$BUNDLE/ (unpacked)" "$(human "$bundle_bytes")"
printf '  %-60s %s\n' "$TARBALL" "$(human "$(stat -c %s "$TARBALL")")"
printf '  %-60s %s\n' "$DEB" "$(human "$(stat -c %s "$DEB")")"
