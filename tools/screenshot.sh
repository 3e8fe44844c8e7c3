#!/usr/bin/env bash
# Start KneeCoach in a real X window under Xvfb and save a screenshot.
# Usage: tools/screenshot.sh OUT.png [WIDTHxHEIGHT] [SECONDS] -- [kneecoach arguments]
set -euo pipefail
out=$1; size=${2:-1366x768}; wait_s=${3:-4}; shift 3 || true
[ "${1:-}" = "--" ] && shift
display=:$((RANDOM % 400 + 100))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display QT_QPA_PLATFORM=xcb "${PYTHON:-.venv/bin/python}" -m kneecoach "$@" & app=$!
sleep "$wait_s"
DISPLAY=$display import -window root "$out"
