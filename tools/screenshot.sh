#!/usr/bin/env bash
# Start KneeCoach in a real X window under Xvfb and save a screenshot.
# Usage: tools/screenshot.sh OUT.png [WIDTHxHEIGHT] [SECONDS] -- [kneecoach arguments]
set -euo pipefail
out=$1; size=${2:-1366x768}; wait_s=${3:-4}; shift 3 || true
[ "${1:-}" = "--" ] && shift
display=:$((RANDOM % 400 + 100))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
wm=; app=
trap 'kill $app $wm $xvfb 2>/dev/null || true' EXIT
sleep 1
# A window manager, where there is one, so fullscreen and window placement behave as on a desktop.
if command -v openbox >/dev/null; then DISPLAY=$display openbox >/dev/null 2>&1 & wm=$!; fi
DISPLAY=$display QT_QPA_PLATFORM=xcb "${PYTHON:-.venv/bin/python}" -m kneecoach "$@" & app=$!
# WINDOW (optional): the window's size and place, e.g. WINDOW="1600x1180+0+0"
if [ -n "${WINDOW:-}" ]; then
  id=$(DISPLAY=$display xdotool search --sync --onlyvisible --name KneeCoach | head -1)
  IFS='x+' read -r w h x y <<<"$WINDOW"
  DISPLAY=$display xdotool windowsize "$id" "$w" "$h" windowmove "$id" "${x:-0}" "${y:-0}"
fi
# KEYS (optional): xdotool key names pressed two seconds in, e.g. KEYS="Right"
if [ -n "${KEYS:-}" ]; then sleep 2; DISPLAY=$display xdotool key $KEYS; wait_s=$((wait_s - 2)); fi
sleep "$wait_s"
DISPLAY=$display import -window root "$out"
