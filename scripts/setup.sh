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
# The quick sizes by default: the full sizes (what the committed notebooks show) take
# hours on 2 cores, notebook 08's few-shot curves alone over one.
export TRANSFERLAB_TUTORIAL_SIZE="${TRANSFERLAB_TUTORIAL_SIZE:-ci}"
step 5 "tutorials: every notebook executed headlessly at size '$TRANSFERLAB_TUTORIAL_SIZE', one line as each starts (TRANSFERLAB_TUTORIAL_SIZE=full for the full sizes)"
npm run --silent tutorials
echo "transferlab setup done in $((SECONDS - start)) s"
