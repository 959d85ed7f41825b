#!/usr/bin/env bash
# Installs the system packages the project needs (Debian): Chromium for chart images and browser tests,
# Noto fonts so Arabic renders in a real font. Does nothing when they are already there.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'NotoNaskhArabic\|Noto Sans Arabic\|Noto Naskh Arabic' || need+=(fonts-noto-core)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Not root and no sudo: please install ${need[*]} (apt-get install ${need[*]})." >&2; exit 0; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || true
$SUDO apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 \
  || echo "Could not install ${need[*]}: chart image export and browser tests will be skipped." >&2
exit 0
