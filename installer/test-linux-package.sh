#!/usr/bin/env bash
# Install the .deb into a clean Debian system and use it there, as a ministry
# workstation would:
#
#   installer/test-linux-package.sh DIST/nmrf-desk_<version>_<arch>.deb [--suite bookworm] [--keep]
#
# A minimal Debian (debootstrap --variant=minbase) in a temporary folder, run
# with chroot (docker is not available on these machines); needs root and the
# network to the Debian mirror. In it:
#  1. apt-get install ./the.deb --no-install-recommends: its Depends alone
#     must bring every library the program needs;
#  2. as an ordinary user: --version; `nmrf-desk gui --smoke-test` offscreen
#     prints `ready <ms>` (and creates the user's database in their data
#     folder); `nmrf-desk --db /tmp/x.sqlite3 init` then `stats`; a UPR Info
#     file of 1.5 MB imported (read in a second process: the bundle again);
#  3. with no display: `nmrf-desk` exits 1 with `nmrf-desk: error:` naming the
#     display, and no library missing (so the X11 plugin's libraries all came
#     with the package);
#  4. under a real X server (Xvfb, installed after step 3): the smoke test
#     again, through Qt's xcb plugin;
#  5. upgrade: the user's database is replaced by one an older release made
#     (schema 0001, from tests/migrations/fixtures), a newer package (the same
#     one, repacked as <version>+ci1) is installed over the old one, and its
#     first start backs the database up and upgrades it;
#  6. removal (apt-get remove, then purge) takes /opt/nmrf-desk and
#     /usr/bin/nmrf-desk away and leaves every file of the user's data folder
#     as it was.
set -euo pipefail
umask 022

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEB=""
SUITE=bookworm
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --suite) SUITE=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
        *) DEB=$1; shift ;;
    esac
done
say() { echo "test-linux-package: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
[ -f "$DEB" ] || fail "no package given (installer/test-linux-package.sh DIST/nmrf-desk_*.deb)"
[ "$(id -u)" = 0 ] || fail "needs root (debootstrap and chroot)"
DEB=$(readlink -f "$DEB")
started=$SECONDS

if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
# The mirror this machine uses (deb822 or one-line sources), else Debian's.
MIRROR=${MIRROR:-$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -1)}
MIRROR=${MIRROR:-$(grep -hsE '^deb ' /etc/apt/sources.list | awk '{print $2}' | head -1)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}

TARGET=$(mktemp -d /var/tmp/nmrf-desk-clean.XXXXXX)
chmod 0755 "$TARGET"  # the system's root folder: everyone may enter it
cleanup() {
    for mount in "$TARGET/proc" "$TARGET/dev/pts"; do
        mountpoint -q "$mount" && umount -l "$mount"
    done
    if [ "$KEEP" = 1 ]; then say "kept $TARGET"; else rm -rf --one-file-system "$TARGET"; fi
}
trap cleanup EXIT

say "a clean Debian $SUITE in $TARGET (from $MIRROR)"
debootstrap --variant=minbase "$SUITE" "$TARGET" "$MIRROR" > "$TARGET.log" 2>&1 \
    || { tail -20 "$TARGET.log" >&2; fail "debootstrap"; }
rm -f "$TARGET.log"
mount -t proc proc "$TARGET/proc"
cp /etc/resolv.conf "$TARGET/etc/resolv.conf"
in_root() { chroot "$TARGET" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
in_root useradd --create-home --shell /bin/bash clerk
CLERK_HOME=/home/clerk
DATA="$CLERK_HOME/.local/share/NMRF Desk"
# As the user: a login-like, display-less environment (no DISPLAY, no Qt settings).
as_clerk() {
    chroot --userspec="$(in_root id -u clerk):$(in_root id -g clerk)" "$TARGET" \
        env -i PATH=/usr/bin:/bin HOME="$CLERK_HOME" USER=clerk LANG=C.UTF-8 "$@"
}

say "1. apt-get install the package (Depends only, no Recommends)"
cp "$DEB" "$TARGET/tmp/"
package_file="/tmp/$(basename "$DEB")"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "$package_file" > "$TARGET/tmp/install.log" 2>&1 || { cat "$TARGET/tmp/install.log" >&2; fail "install"; }
version=$(in_root dpkg-query -W -f='${Version}' nmrf-desk)
[ -x "$TARGET/opt/nmrf-desk/nmrf-desk" ] || fail "/opt/nmrf-desk/nmrf-desk not installed"
[ -L "$TARGET/usr/bin/nmrf-desk" ] || fail "/usr/bin/nmrf-desk not installed"
[ -f "$TARGET/usr/share/applications/nmrf-desk.desktop" ] || fail "no menu entry"
say "   installed nmrf-desk $version: $(du -sm "$TARGET/opt/nmrf-desk" | cut -f1) MB in /opt/nmrf-desk"

say "2. the program, as an ordinary user"
shown=$(as_clerk nmrf-desk --version)
[ "$shown" = "nmrf-desk ${version%%+*}" ] || [ "$shown" = "nmrf-desk ${version//\~/}" ] \
    || fail "--version says '$shown' for package $version"
ready=$(as_clerk env QT_QPA_PLATFORM=offscreen nmrf-desk gui --smoke-test 2> "$TARGET/tmp/smoke.err") \
    || { cat "$TARGET/tmp/smoke.err" >&2; fail "smoke test"; }
grep -qE '^ready [0-9]+$' <<< "$ready" || fail "smoke test printed '$ready'"
say "   gui --smoke-test: $ready (first start, offscreen)"
[ -f "$TARGET$DATA/nmrf-desk.sqlite3" ] || fail "the first start made no database in $DATA"
as_clerk nmrf-desk --db /tmp/x.sqlite3 init | grep -q "created /tmp/x.sqlite3" || fail "init"
as_clerk nmrf-desk --db /tmp/x.sqlite3 stats | grep -q "^recommendations: 0" || fail "stats"
as_clerk nmrf-desk --db /tmp/demo.sqlite3 demo > /dev/null || fail "demo"
as_clerk nmrf-desk --db /tmp/demo.sqlite3 report status --lang ar --out /tmp/status-ar.pdf \
    | grep -q "^wrote /tmp/status-ar.pdf" || fail "report"
say "   init and stats on /tmp/x.sqlite3, demo and an Arabic report: ok"
# A large file is read in a second process, the bundle's executable again
# (from 4 MB; from 1 MB here, so that this 1.5 MB file is).
UPR_FILE="$ROOT/../shared/datasets/upr-info/sessions-1-5.csv"
if [ -f "$UPR_FILE" ]; then
    cp "$UPR_FILE" "$TARGET/tmp/upr-info.csv"
    chmod 0644 "$TARGET/tmp/upr-info.csv"
    as_clerk env NMRF_READER_PROCESS_MB=1 nmrf-desk --db /tmp/x.sqlite3 import /tmp/upr-info.csv \
        | grep -qE "^imported upr-info.csv \(upr-info\): [0-9]+ rows, [1-9][0-9]* new" \
        || fail "importing a large file (read in a second process)"
    # The bundle answers the reader's command (an import falls back to reading
    # in its own process if it cannot start one: this shows it can).
    reader_said=$(as_clerk nmrf-desk --nmrf-read-file < /dev/null 2>&1 || true)
    grep -q "the file reader was given no task" <<< "$reader_said" \
        || fail "the bundle's reader command said: $reader_said"
    say "   a 1.5 MB UPR Info file imported (read in a second process): ok"
else
    say "   no UPR Info file beside the checkout: the large-file import was not tried"
fi
if find "$TARGET/opt/nmrf-desk" -newer "$TARGET/tmp/install.log" -print -quit | grep -q .; then
    fail "running the program wrote into /opt/nmrf-desk"
fi

say "3. no display"
set +e
as_clerk nmrf-desk > "$TARGET/tmp/nodisplay.out" 2> "$TARGET/tmp/nodisplay.err"
code=$?
set -e
[ "$code" = 1 ] || { cat "$TARGET/tmp/nodisplay.err" >&2; fail "exit status $code without a display (1 expected)"; }
grep -q "^nmrf-desk: error: cannot open the window: no X display" "$TARGET/tmp/nodisplay.err" \
    || { cat "$TARGET/tmp/nodisplay.err" >&2; fail "no clear message without a display"; }
if grep -q "platform plugin needs" "$TARGET/tmp/nodisplay.err"; then
    cat "$TARGET/tmp/nodisplay.err" >&2
    fail "Qt's X11 plugin lacks libraries: the package's Depends is incomplete"
fi
say "   $(head -1 "$TARGET/tmp/nodisplay.err")"

say "4. under an X server (Xvfb)"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth \
    > "$TARGET/tmp/xvfb.log" 2>&1 || { cat "$TARGET/tmp/xvfb.log" >&2; fail "installing xvfb"; }
ready=$(as_clerk xvfb-run -a -n 4242 -s "-screen 0 1280x800x24" nmrf-desk gui --smoke-test 2> "$TARGET/tmp/x11.err") \
    || { cat "$TARGET/tmp/x11.err" >&2; fail "smoke test under Xvfb"; }
grep -qE '^ready [0-9]+$' <<< "$ready" || fail "smoke test under Xvfb printed '$ready'"
say "   gui --smoke-test on X11: $ready"

say "5. upgrade over an older package, with a database an older release made"
cp "$ROOT/tests/migrations/fixtures/schema-0001.sqlite3" "$TARGET$DATA/nmrf-desk.sqlite3"
rm -f "$TARGET$DATA/nmrf-desk.sqlite3-wal" "$TARGET$DATA/nmrf-desk.sqlite3-shm"
chown "$(in_root id -u clerk):$(in_root id -g clerk)" "$TARGET$DATA/nmrf-desk.sqlite3"
chmod 0600 "$TARGET$DATA/nmrf-desk.sqlite3"
repack=$(mktemp -d)
dpkg-deb -R "$DEB" "$repack/pkg"
newer="${version}+ci1"
sed -i "s/^Version: .*/Version: $newer/" "$repack/pkg/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip -b "$repack/pkg" "$TARGET/tmp/newer.deb" >/dev/null
rm -rf "$repack"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    /tmp/newer.deb > "$TARGET/tmp/upgrade.log" 2>&1 || { cat "$TARGET/tmp/upgrade.log" >&2; fail "upgrade"; }
[ "$(in_root dpkg-query -W -f='${Version}' nmrf-desk)" = "$newer" ] || fail "not upgraded to $newer"
ready=$(as_clerk env QT_QPA_PLATFORM=offscreen nmrf-desk gui --smoke-test 2> "$TARGET/tmp/upgraded.err") \
    || { cat "$TARGET/tmp/upgraded.err" >&2; fail "first start after the upgrade"; }
backup=$(find "$TARGET$DATA/backups" -name '*before-upgrade-*' 2>/dev/null | head -1)
[ -n "$backup" ] || fail "no backup before the upgrade in $DATA/backups"
checked=$(as_clerk nmrf-desk check)
grep -q "recommendations: 412" <<< "$checked" || fail "after the upgrade: $checked"
say "   package $version -> $newer; first start: $ready; backup ${backup#"$TARGET"}; 412 recommendations kept"

say "6. removal keeps the user's data"
sums_before=$(cd "$TARGET$CLERK_HOME" && find .local -type f -print0 | sort -z | xargs -0 sha256sum)
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq nmrf-desk \
    > "$TARGET/tmp/remove.log" 2>&1 || { cat "$TARGET/tmp/remove.log" >&2; fail "apt-get remove"; }
# The package has no configuration files, so remove leaves nothing to purge;
# dpkg --purge says so and would remove anything left.
in_root dpkg --purge nmrf-desk > "$TARGET/tmp/purge.log" 2>&1 \
    || { cat "$TARGET/tmp/purge.log" >&2; fail "dpkg --purge"; }
[ ! -e "$TARGET/opt/nmrf-desk" ] || fail "/opt/nmrf-desk is still there"
[ ! -e "$TARGET/usr/bin/nmrf-desk" ] && [ ! -L "$TARGET/usr/bin/nmrf-desk" ] || fail "/usr/bin/nmrf-desk is still there"
sums_after=$(cd "$TARGET$CLERK_HOME" && find .local -type f -print0 | sort -z | xargs -0 sha256sum)
[ "$sums_before" = "$sums_after" ] || fail "removing the package changed the user's data"
say "   removed and purged; $(wc -l <<< "$sums_after") files of the user's data folder unchanged"

say "passed in $((SECONDS - started)) s"
