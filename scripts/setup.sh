#!/usr/bin/env bash
# One command for a newcomer: system packages (when root on Debian), npm packages,
# build, the Jupyter kernelspec for this user, then the main job: every tutorial
# notebook executed headlessly, with the executed copies' folder printed at the end.
# Each step says what it does and how long it took, so a person can follow along.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
step() { echo "transferlab setup [$1/5] $2 (at $((SECONDS - start)) s)"; }
step 1 'system packages: Jupyter, nbclient, Chromium, Mesa lavapipe (skipped when present)'
bash scripts/install-system-deps.sh
step 2 'npm packages'
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
step 3 'build'
npm run --silent build
step 4 'Jupyter kernelspec for this user'
node bin/transferlab.js install --user
step 5 "tutorials: every notebook executed headlessly, one line as each starts and ends (the long step; TRANSFERLAB_TUTORIAL_SIZE=ci runs small sizes)"
npm run --silent tutorials
echo "transferlab setup done in $((SECONDS - start)) s"
