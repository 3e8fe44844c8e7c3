#!/usr/bin/env bash
# Build the wheel, install it into a clean virtual environment and run the
# app's self-test there (offscreen): every resource must come with the wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m pip wheel --quiet --no-deps --wheel-dir dist .
wheel=$(ls -t dist/kneecoach-*.whl | head -1)
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$wheel"
cd "$work"  # away from the checkout, so nothing can be found there by accident
QT_QPA_PLATFORM=offscreen "$work/venv/bin/kneecoach" --self-test \
    --data-dir "$work/data" --config-dir "$work/config" | tee "$work/out.txt"
grep -q "self-test passed" "$work/out.txt"
echo "wheel $(basename "$wheel"): self-test passed in a clean venv"
