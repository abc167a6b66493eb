#!/usr/bin/env bash
# Idempotent setup of the real-synth oracle venv (see tests/synth/README.md).
#
#   tests/synth/setup.sh            -> creates/reuses the venv, last stdout line = venv python path
#
# Env:
#   CDKTF_FIX_SYNTH_VENV   venv dir (default ~/.cache/cdktf-fix/synth-venv-cdktf0.21.0-aws21.22.1)
#   CDKTF_FIX_SYNTH_REQ    pin list (default tests/synth/requirements.txt; cdktn_synth.sh passes
#                          cdktn-requirements.txt with a venv of its own)
#   PYTHON                 interpreter used to create the venv (default python3)
#
# All progress goes to stderr so callers can take the python path from the last stdout line.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
req="${CDKTF_FIX_SYNTH_REQ:-$here/requirements.txt}"
venv="${CDKTF_FIX_SYNTH_VENV:-$HOME/.cache/cdktf-fix/synth-venv-cdktf0.21.0-aws21.22.1}"
py="$venv/bin/python"
marker="$venv/.cdktf-fix-synth-ok"

log() { printf 'setup.sh: %s\n' "$*" >&2; }

# The marker holds the sha256 of requirements.txt: a changed pin list forces a reinstall.
want="$(sha256sum "$req" | cut -d' ' -f1)"

if [[ -x "$py" && -f "$marker" && "$(cat "$marker")" == "$want" ]]; then
  # Cheap sanity check (no jsii/node start): the pinned distributions are really there.
  if "$py" - "$req" >&2 <<'PYEOF'
import sys, importlib.metadata as md
bad = []
for line in open(sys.argv[1]):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, ver = line.split("==")
    try:
        have = md.version(name)
    except md.PackageNotFoundError:
        have = None
    if have != ver:
        bad.append(f"{name}: want {ver}, have {have}")
if bad:
    print("setup.sh: venv drifted: " + "; ".join(bad))
    sys.exit(1)
PYEOF
  then
    log "reusing $venv"
    echo "$py"
    exit 0
  fi
  log "marker present but packages drifted; reinstalling"
fi

command -v node >/dev/null 2>&1 || { log "node not found on PATH (jsii needs Node.js >= 18)"; exit 1; }

rm -f "$marker"
if [[ ! -x "$py" ]]; then
  log "creating venv $venv"
  mkdir -p "$(dirname "$venv")"
  "${PYTHON:-python3}" -m venv "$venv" >&2
fi
log "installing pinned packages (about 20 s, ~490 MB)"
"$py" -m pip install --disable-pip-version-check -q -r "$req" >&2
# Fail if pip resolved anything different from the pins.
"$py" -m pip check >&2
echo "$want" > "$marker"
mkdir -p "$(dirname "$venv")/jsii-cache"
log "ok"
echo "$py"
