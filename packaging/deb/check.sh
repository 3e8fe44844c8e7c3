#!/usr/bin/env bash
# The .deb as a person's computer meets it, as root on a fresh Debian machine:
# it installs with its dependencies, runs from /usr/bin, its desktop entry and
# metainfo validate and are found, and removing it leaves none of its files.
set -euo pipefail
cd "$(dirname "$0")/../.."
debs=(dist/kneecoach_*.deb)
deb=${debs[-1]}
id=io.github.kneecoach.KneeCoach
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== lintian $deb"
lintian --fail-on error "$deb" | tee "$work/lintian.txt"
echo "lintian: $(grep -c '^E:' "$work/lintian.txt" || true) errors, $(grep -c '^W:' "$work/lintian.txt" || true) warnings"

echo "== install"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb" >/dev/null
dpkg-query -L kneecoach | sort > "$work/files.txt"

echo "== run from /usr/bin"
test "$(command -v kneecoach)" = /usr/bin/kneecoach
(cd "$work" && HOME="$work/home" QT_QPA_PLATFORM=offscreen kneecoach --self-test \
    --data-dir "$work/data" --config-dir "$work/config") | tee "$work/self-test.txt"
grep -q "self-test passed" "$work/self-test.txt"

echo "== its window belongs to its desktop entry (X11)"
Xvfb :97 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do DISPLAY=:97 xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done
DISPLAY=:97 QT_QPA_PLATFORM=xcb HOME="$work/home" kneecoach --data-dir "$work/data" \
    --config-dir "$work/config" >/dev/null 2>&1 &
app=$!
window=""
for _ in $(seq 60); do
    window=$(DISPLAY=:97 xdotool search --onlyvisible --name KneeCoach 2>/dev/null | head -1) || true
    [ -n "$window" ] && break
    sleep 0.5
done
wm_class=$(DISPLAY=:97 xprop -id "${window:?no KneeCoach window appeared}" WM_CLASS)
kill "$app" "$xvfb"; wait "$app" "$xvfb" 2>/dev/null || true
echo "$wm_class"
startup=$(sed -n 's/^StartupWMClass=//p' "/usr/share/applications/$id.desktop")
[ "$wm_class" = "WM_CLASS(STRING) = \"$id\", \"$startup\"" ]

echo "== desktop entry and metainfo"
desktop-file-validate "/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml"
appstreamcli refresh-cache --force >/dev/null
appstreamcli get "$id" | tee "$work/component.txt"
grep -q "Identifier: $id" "$work/component.txt"
for size in 16 48 256; do test -f "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"; done

echo "== remove"
apt-get remove -y -qq kneecoach >/dev/null
if dpkg-query -W -f='${db:Status-Status}\n' kneecoach 2>/dev/null | grep -qv not-installed; then
    echo "kneecoach is still registered with dpkg after removal" >&2; exit 1
fi
left=$(while read -r path; do [ -e "$path" ] && [ ! -d "$path" ] && echo "$path"; done < "$work/files.txt" || true)
if [ -n "$left" ] || [ -e /opt/kneecoach ] || [ -e /usr/share/doc/kneecoach ]; then
    echo "left behind after removal:" >&2; echo "$left" >&2; ls -d /opt/kneecoach 2>/dev/null >&2; exit 1
fi
appstreamcli refresh-cache --force >/dev/null
echo "kneecoach: installed, self-tested from /usr/bin, validated and removed without a trace"
