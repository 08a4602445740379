#!/usr/bin/env bash
# Debian's python3-torch links libblas.so.3, which here is the reference BLAS (libblas3, netlib):
# ~4 GFLOPS on this machine's products against ~200 with OpenBLAS, so PyTorch's figures would be
# meaningless. This unpacks Debian's OpenBLAS into a private folder that bench/hf puts on the
# PyTorch child's LD_LIBRARY_PATH only; nothing is installed system-wide (tests and numpy keep
# the BLAS they have).   bash bench/hf/get-openblas.sh [DIR]
set -euo pipefail
dir="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/transferlab/bench/openblas}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download libopenblas0-pthread)
dpkg-deb -x "$work"/libopenblas0-pthread_*.deb "$work/root"
mkdir -p "$(dirname "$dir")"
rm -rf "$dir.tmp" && mv "$work/root/usr/lib/x86_64-linux-gnu/openblas-pthread" "$dir.tmp"
rm -rf "$dir" && mv "$dir.tmp" "$dir"
echo "OpenBLAS for bench/hf's PyTorch child: $dir"
