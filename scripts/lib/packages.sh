#!/usr/bin/env bash
# Debian packages the tests use for real (never mocked): R and GNU PSPP read the statistician
# exports back, Chromium drives the web application's end-to-end tests, GNU time measures the
# peak memory of a command run as the user runs it, nginx (Debian's) is the TLS reverse proxy in front
# of two `lutetia serve` instances (deploy/nginx/lutetia.conf), systemd-analyze verifies deploy/systemd.
#
#   source scripts/lib/packages.sh && ensure_test_packages
#
# Installs, with apt-get, only the packages that are missing; messages go to stderr.

TEST_PACKAGES=(r-base-core pspp chromium time nginx systemd)

ensure_test_packages() {
  local missing=() pkg
  for pkg in "${TEST_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  echo "packages.sh: installing ${missing[*]} (apt-get)…" >&2
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
