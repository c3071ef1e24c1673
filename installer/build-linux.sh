#!/usr/bin/env bash
# Build NMRF Desk for Linux: the PyInstaller one-folder bundle, then
#   DIR/nmrf-desk_<version>_<arch>.deb        (installs to /opt/nmrf-desk)
#   DIR/nmrf-desk-<version>-linux-<machine>.tar.gz   (the same folder)
#   DIR/SHA256SUMS
#
#   installer/build-linux.sh [--out DIR] [--work DIR] [--python PYTHON] [--no-apt]
#
# --out     where the packages go (default: dist/)
# --work    build venv and intermediate files (default: build/installer/)
# --python  the Python (>= 3.11, built with a shared libpython) the bundle
#           carries (default: python3)
# --no-apt  do not install missing Debian packages; fail naming them instead
#
# On a fresh Debian/Ubuntu machine it installs what it needs: with apt-get the
# tools (binutils, python3-venv) and the libraries Qt's plugins link to (so
# that ldd can find them and name their packages in the .deb's Depends); with
# pip, in its own venv, this project with its `build` extra (PyInstaller):
# `pip install .[build]`, so the bundle carries exactly the dependencies
# pyproject.toml names.
set -euo pipefail
umask 022

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/dist"
WORK="$ROOT/build/installer"
PYTHON=python3
USE_APT=1
while [ $# -gt 0 ]; do
    case "$1" in
        --out) OUT=$2; shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        --python) PYTHON=$2; shift 2 ;;
        --no-apt) USE_APT=0; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "build-linux: unknown argument $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$OUT" "$WORK"
OUT=$(cd "$OUT" && pwd)
WORK=$(cd "$WORK" && pwd)
say() { echo "build-linux: $*" >&2; }
started=$SECONDS

# Libraries PySide6's Qt (QtGui, QtWidgets and the platform plugins kept in the
# bundle) links to, by Debian package. Only needed here so that ldd resolves
# them; the .deb's Depends is computed from what ldd finds, not from this list.
QT_RUNTIME_PACKAGES="libgl1 libegl1 libglx0 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3
 libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0
 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render0 libxcb-render-util0
 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
 libwayland-client0 libwayland-cursor0 libwayland-egl1"
BUILD_PACKAGES="binutils file python3-venv"

missing_packages() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || echo "$pkg"
    done
}

# shellcheck disable=SC2086
need=$(missing_packages $BUILD_PACKAGES $QT_RUNTIME_PACKAGES | tr '\n' ' ')
if [ -n "${need// /}" ]; then
    if [ "$USE_APT" = 0 ]; then
        say "missing Debian packages (install them, or drop --no-apt): $need"
        exit 1
    fi
    as_root=()
    [ "$(id -u)" = 0 ] || as_root=(sudo)
    say "installing $need"
    "${as_root[@]}" apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends $need >/dev/null
fi

# The version: written once, in pyproject.toml.
VERSION=$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")
# Debian orders 1.0~rc1 before 1.0 (PEP 440's 1.0rc1 < 1.0): pre-releases get a tilde.
DEB_VERSION=$(echo "$VERSION" | sed -E 's/[.-]?(a|b|rc|dev)([0-9]*)$/~\1\2/')
ARCH=$(dpkg --print-architecture)
MACHINE=$(uname -m)
say "NMRF Desk $VERSION ($ARCH)"

# The build venv: PyInstaller and this project with its dependencies.
VENV="$WORK/venv"
if [ ! -x "$VENV/bin/python" ]; then
    say "creating the build venv with $("$PYTHON" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
fi
if [ "$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_config_var("Py_ENABLE_SHARED"))')" != 1 ]; then
    say "$PYTHON has no shared libpython, which PyInstaller needs: use another (--python)"
    exit 1
fi
say "installing PyInstaller and the project into $VENV"
# PyInstaller comes with the project's `build` extra (pyproject.toml). A local
# folder is always rebuilt and reinstalled: the bundle gets this tree.
"$VENV/bin/python" -m pip install -q "$ROOT[build]"

say "PyInstaller"
BUNDLE_PARENT="$WORK/dist"
rm -rf "$BUNDLE_PARENT"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$BUNDLE_PARENT" --workpath "$WORK/pyinstaller" "$ROOT/installer/nmrf-desk.spec"
BUNDLE="$BUNDLE_PARENT/nmrf-desk"

# libpython and a few extension modules come with their symbol tables; Debian
# strips its own the same way. Qt's plugins are left as they are.
find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' \) -not -path '*/Qt/plugins/*' -print0 \
    | xargs -0 file | grep 'ELF.*not stripped' | cut -d: -f1 \
    | while read -r binary; do strip --strip-unneeded "$binary"; done

say "checking the bundle"
check_dir=$(mktemp -d)
trap 'rm -rf "$check_dir"' EXIT
export NMRF_DATA_DIR="$check_dir/data"
shown=$("$BUNDLE/nmrf-desk" --version)
[ "$shown" = "nmrf-desk $VERSION" ] || { say "--version says '$shown', not $VERSION"; exit 1; }
QT_QPA_PLATFORM=offscreen "$BUNDLE/nmrf-desk" gui --smoke-test \
    2> "$check_dir/smoke.err" | grep -E '^ready [0-9]+$' \
    || { cat "$check_dir/smoke.err" >&2; say "the bundle's smoke test failed"; exit 1; }
"$BUNDLE/nmrf-desk" --db "$check_dir/x.sqlite3" init >/dev/null
"$BUNDLE/nmrf-desk" --db "$check_dir/x.sqlite3" stats >/dev/null
# What is loaded late (reports: ReportLab, fonts, Babel's data; export) works too.
"$BUNDLE/nmrf-desk" --db "$check_dir/demo.sqlite3" demo >/dev/null
"$BUNDLE/nmrf-desk" --db "$check_dir/demo.sqlite3" report status --lang ar --out "$check_dir/status-ar.pdf" >/dev/null
"$BUNDLE/nmrf-desk" --db "$check_dir/demo.sqlite3" report plan --lang zh --out "$check_dir/plan-zh.pdf" >/dev/null
"$BUNDLE/nmrf-desk" --db "$check_dir/demo.sqlite3" export "$check_dir/all.xlsx" >/dev/null

unset NMRF_DATA_DIR

say "finding the system libraries the bundle needs (ldd)"
# Each library an ELF file of the bundle links to directly (its NEEDED
# entries) that the bundle does not carry is the system's: the package owning
# it goes into Depends (their own dependencies follow from theirs). ldd finds
# them as the program will: the bootloader puts the bundle's folder on the
# library path, and so does this.
declare -A packages=()
not_found=()
while IFS= read -r -d '' elf; do
    resolved=$(LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$elf" 2>/dev/null || true)
    for name in $(objdump -p "$elf" 2>/dev/null | awk '$1 == "NEEDED" {print $2}'); do
        case "$name" in ld-linux*) packages[libc6]=1; continue ;; esac  # the loader: libc6
        target=$(awk -v n="$name" '$1 == n && $2 == "=>" {print $3; exit}' <<< "$resolved")
        case "$target" in
            "$BUNDLE"/*) continue ;;
            ""|not) not_found+=("$name (needed by ${elf#"$BUNDLE"/})"); continue ;;
        esac
        real=$(readlink -f "$target")
        owner=""
        for candidate in "$real" "${real/#\/usr\/lib\//\/lib\/}" "${real/#\/lib\//\/usr\/lib\/}" "$target"; do
            owner=$(dpkg-query -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && break
        done
        if [ -z "$owner" ]; then
            not_found+=("$name (at $target, which no Debian package owns; needed by ${elf#"$BUNDLE"/})")
            continue
        fi
        packages[$owner]=1
    done
done < <(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -name nmrf-desk \) -print0)
if [ ${#not_found[@]} -gt 0 ]; then
    say "libraries the bundle needs that this machine lacks:"
    printf '  %s\n' "${not_found[@]}" | sort -u >&2
    exit 1
fi
DEPENDS=$(printf '%s\n' "${!packages[@]}" | sort | paste -sd, | sed 's/,/, /g')
say "Depends: $DEPENDS"

say "building the .deb"
PKG="nmrf-desk_${DEB_VERSION}_${ARCH}"
STAGE="$WORK/deb/$PKG"
rm -rf "$WORK/deb"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/doc/nmrf-desk" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/nmrf-desk"
ln -s /opt/nmrf-desk/nmrf-desk "$STAGE/usr/bin/nmrf-desk"
install -m 0644 "$ROOT/installer/linux/nmrf-desk.desktop" "$STAGE/usr/share/applications/"
install -m 0644 "$ROOT/installer/icons/nmrf-desk.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/"
for size in 48 128 256; do
    mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 0644 "$ROOT/installer/icons/nmrf-desk-$size.png" \
        "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/nmrf-desk.png"
done
install -m 0644 "$ROOT/installer/linux/copyright" "$STAGE/usr/share/doc/nmrf-desk/copyright"
gzip -9n < "$ROOT/CHANGELOG.md" > "$STAGE/usr/share/doc/nmrf-desk/changelog.gz"
find "$STAGE" -type d -exec chmod 0755 {} +
installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$DEB_VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@DEPENDS@/$DEPENDS/" \
    -e "s/@INSTALLED_SIZE@/$installed_kb/" "$ROOT/installer/linux/control.in" > "$STAGE/DEBIAN/control"
rm -f "$OUT/$PKG.deb"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$OUT/$PKG.deb" >/dev/null

say "building the .tar.gz"
TARBALL="nmrf-desk-$VERSION-linux-$MACHINE.tar.gz"
tar -C "$BUNDLE_PARENT" --owner=0 --group=0 --numeric-owner \
    --transform "s,^nmrf-desk,nmrf-desk-$VERSION," -czf "$OUT/$TARBALL" nmrf-desk

(cd "$OUT" && sha256sum "$PKG.deb" "$TARBALL" > SHA256SUMS)
size() { du -m "$1" | cut -f1; }
say "done in $((SECONDS - started)) s:"
echo "$OUT/$PKG.deb ($(size "$OUT/$PKG.deb") MB, installed $((installed_kb / 1024)) MB)"
echo "$OUT/$TARBALL ($(size "$OUT/$TARBALL") MB)"
