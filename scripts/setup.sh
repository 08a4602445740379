#!/usr/bin/env bash
# One command for a newcomer: system packages (when root on Debian), npm packages,
# build, the Jupyter kernelspec for this user, then the main job: every tutorial
# notebook executed headlessly, with the executed copies' folder printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
npm run build
node bin/transferlab.js install --user
npm run tutorials
