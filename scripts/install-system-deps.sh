#!/usr/bin/env bash
# Installs the Debian packages transferlab's tests and notebooks need, when they
# are missing and we are root on Debian: Jupyter (to run notebooks and the kernel
# conformance tests), PyTorch (the Hugging Face parity tests' reference and the CPU
# benchmarks'), Chromium (the browser render check) and Mesa's lavapipe from
# bookworm-backports (WebGPU on a CPU-only machine; bookworm's own Mesa 22 is too
# old for Dawn), from the Debian mirror the apt sources already name. --bench is
# accepted for older instructions (PyTorch is always wanted now). --print-mirror prints that mirror and exits.
set -euo pipefail

need=()
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
wanted=(jupyter-notebook jupyter-nbconvert jupyter-console python3-nbclient python3-jupyter-kernel-test chromium python3-torch python3-onnx)
for p in "${wanted[@]}"; do
  have "$p" || need+=("$p")
done

if ! command -v apt-get >/dev/null || [ "$(id -u)" != 0 ]; then
  if [ ${#need[@]} -gt 0 ]; then
    echo "transferlab: not root on Debian; install these yourself (or pip install notebook nbclient jupyter_kernel_test): ${need[*]}" >&2
  fi
  exit 0
fi

# The Debian archive this machine already uses for bookworm (a local mirror or a caching proxy
# included), from one-line sources (sources.list, *.list) and deb822 ones (*.sources);
# deb.debian.org when none names it.
apt_etc=${APT_ETC:-/etc/apt}
debian_mirror() {
  local found
  found=$(
    {
      { cat "$apt_etc"/sources.list "$apt_etc"/sources.list.d/*.list 2>/dev/null || true; } |
        sed -E 's/#.*//; s/\[[^]]*\]//' | awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }'
      { cat "$apt_etc"/sources.list.d/*.sources 2>/dev/null || true; } | awk '
        function flush() { if (deb && enabled && uri != "" && (" " suites " ") ~ / bookworm /) { print uri; done = 1 }
                           deb = 0; enabled = 1; uri = ""; suites = "" }
        BEGIN { enabled = 1 }
        done { next }
        /^[ \t]*#/ { next }
        /^[ \t]*$/ { flush(); next }
        tolower($1) == "types:" { for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1 }
        tolower($1) == "uris:" { uri = $2 }
        tolower($1) == "suites:" { $1 = ""; suites = $0 }
        tolower($1) == "enabled:" { enabled = (tolower($2) != "no") }
        END { if (!done) flush() }'
    } | awk 'NR == 1'
  )
  echo "${found:-http://deb.debian.org/debian}"
}
[ "${1:-}" = --print-mirror ] && { debian_mirror; exit 0; }

backports=$apt_etc/sources.list.d/bookworm-backports.list
if grep -q bookworm /etc/os-release && [ ! -f "$backports" ]; then
  echo "deb $(debian_mirror) bookworm-backports main" > "$backports"
  need+=(mesa-vulkan-drivers)
elif ! have mesa-vulkan-drivers; then
  need+=(mesa-vulkan-drivers)
fi

if [ ${#need[@]} -gt 0 ]; then
  echo "transferlab: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  plain=()
  for p in "${need[@]}"; do [ "$p" = mesa-vulkan-drivers ] || plain+=("$p"); done
  [ ${#plain[@]} -eq 0 ] || apt-get install -y -qq --no-install-recommends "${plain[@]}" >/dev/null
  if [ -f "$backports" ] && ! have mesa-vulkan-drivers; then
    apt-get install -y -qq --no-install-recommends -t bookworm-backports mesa-vulkan-drivers libvulkan1 >/dev/null
  fi
fi
