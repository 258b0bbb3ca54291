#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's two quick-start commands, for a fresh Debian 12 machine:
#   tests/quick-start.sh app    install what is missing, build, start the app
#   tests/quick-start.sh test   install what is missing, build, run every suite
#                               (display tests run under their own Xvfb) and
#                               print "N passed, N failed"
# Set SFG_BUILD_DIR to build elsewhere than _build.
set -euo pipefail

mode=${1:-}
top=$(cd "$(dirname "$0")/.." && pwd)
build=${SFG_BUILD_DIR:-$top/_build}

build_packages="build-essential pkgconf meson ninja-build gettext itstool
  libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libjson-glib-dev desktop-file-utils appstream yelp-tools hicolor-icon-theme
  adwaita-icon-theme fonts-cantarell fonts-dejavu-core"
app_packages="dbus-user-session at-spi2-core"
test_packages="xvfb xauth dbus dbus-daemon at-spi2-core python3 python3-pyatspi
  python3-dogtail libfiu-dev fiu-utils poppler-utils clang libclang-rt-14-dev
  valgrind"

install_missing () {
    local missing=() pkg sudo=()
    for pkg in "$@"; do
        dpkg-query -W -f '${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends "${missing[@]}"
}

configure_and_build () {
    if [ -f "$build/build.ninja" ]; then
        meson setup --reconfigure "$build" "$top" -Dwerror=true >/dev/null || return 1
    else
        meson setup "$build" "$top" -Dwerror=true || return 1
    fi
    meson compile -C "$build"
}

case $mode in
    app)
        # shellcheck disable=SC2086
        install_missing $build_packages $app_packages
        configure_and_build
        # Run uninstalled: the schema is compiled in the build tree.
        export GSETTINGS_SCHEMA_DIR="$build/data"
        exec "$build/src/scope-for-growth"
        ;;
    test)
        # shellcheck disable=SC2086
        install_missing $build_packages $test_packages
        status=0
        logs="$build/meson-logs"
        # Each run keeps its own log; the summary reads all three, and counts
        # a run with no log (its build failed) as a failure.
        rm -f "$logs/testlog-all.json" "$logs/testlog-valgrind.json" \
            "$build-asan/meson-logs/testlog-sanitizers.json"
        if configure_and_build; then
            meson test -C "$build" --print-errorlogs --no-suite reliability-long \
                --num-processes 2 --logbase testlog-all || status=$?
            # The unit suite again under ASan + UBSan + LeakSanitizer, and
            # under valgrind (definite leaks fail).
            bash "$top/tests/run-sanitizers.sh" "$build-asan" || status=$?
            bash "$top/tests/run-valgrind.sh" "$build" || status=$?
        else
            status=1
            echo "The build failed: no test was run." >&2
        fi
        /usr/bin/python3 "$top/tests/summarise-results.py" "$top/tests/allowed-skips" \
            "$logs/testlog-all.json" "$build-asan/meson-logs/testlog-sanitizers.json" \
            "$logs/testlog-valgrind.json" || status=$?
        exit $status
        ;;
    *)
        echo "usage: $0 app|test" >&2
        exit 2
        ;;
esac
