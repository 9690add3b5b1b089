#!/usr/bin/env bash
# Set up everything on a fresh Debian machine with Python 3.11 (run as root for the system packages).
#   scripts/setup.sh          runtime only (to run the app)
#   scripts/setup.sh --dev    plus test tools and Debian's Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11), f"Python 3.11 needed, found {sys.version}"'

need_apt=()
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || need_apt+=(python3-venv)
if [[ "${1:-}" == "--dev" ]] && [[ ! -x /usr/bin/chromium ]]; then need_apt+=(chromium fonts-dejavu-core); fi
if (( ${#need_apt[@]} )); then
  echo "Installing Debian packages: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then "$PYTHON" -m venv .venv; fi
req=requirements.txt; [[ "${1:-}" == "--dev" ]] && req=requirements-dev.txt
stamp=".venv/.installed-$(basename "$req" .txt)"
if [[ ! -f "$stamp" || "$req" -nt "$stamp" || requirements.txt -nt "$stamp" ]]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$req"
  touch "$stamp"
fi
echo "Set up: $(.venv/bin/python --version), $req installed."
