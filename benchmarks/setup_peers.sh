#!/usr/bin/env bash
# Create the virtualenv the benchmark peers run in and install the NELA features toolkit there.
#
#   benchmarks/setup_peers.sh [VENV_DIR]        # default: .peers/nela-venv (git-ignored)
#   PYTHON=python3.11 benchmarks/setup_peers.sh  # interpreter that creates the venv
#
# NELA never goes into credscore's own venv: it pulls in NLTK, whose data it needs at run time.
# Steps, each reported as OK / FAILED:
#   1. python -m venv VENV_DIR
#   2. pip install nela_features (and its dependencies nltk, vaderSentiment, datefinder, numpy)
#   3. nltk.download() of the NLTK data the toolkit uses, into VENV_DIR/nltk_data (NLTK searches
#      there by default).  The downloader fetches from raw.githubusercontent.com; offline it fails.
#   4. Offline fallback for two of those resources: the llama-index-core wheel on PyPI bundles
#      NLTK's punkt_tab and stopwords as plain files; the wheel is downloaded (not installed) and
#      only those two directories are unpacked.  No PyPI package we know of carries the POS
#      tagger, the NE chunker or the words list, so the style and event groups stay unavailable.
#   5. A probe (benchmarks/peer_nela.py --worker --probe) that prints which feature groups run.
# Exit status: 0 when nela_features imports (even if some feature groups cannot run), 1 otherwise.

set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${1:-$ROOT/.peers/nela-venv}"
PYTHON="${PYTHON:-python3}"
LLAMA_SPEC="${LLAMA_INDEX_CORE_SPEC:-llama-index-core==0.14.25}"
NLTK_PACKAGES="punkt_tab stopwords averaged_perceptron_tagger_eng maxent_ne_chunker_tab words"
LOG_DIR="$VENV/setup-logs"

say() { printf '%s\n' "$*"; }
ok() { say "  OK      $*"; }
failed() { say "  FAILED  $*"; }

say "== 1. virtualenv $VENV (with $PYTHON)"
if "$PYTHON" -m venv "$VENV"; then
    ok "$("$VENV/bin/python" --version 2>&1)"
else
    failed "python -m venv"
    exit 1
fi
PY="$VENV/bin/python"
mkdir -p "$LOG_DIR"

say "== 2. pip install nela_features (log: $LOG_DIR/pip-install.log)"
if "$PY" -m pip install nela_features >"$LOG_DIR/pip-install.log" 2>&1; then
    ok "$(grep -E '^Successfully installed|already satisfied: nela' "$LOG_DIR/pip-install.log" | head -1)"
else
    failed "pip install nela_features; last lines:"
    tail -n 15 "$LOG_DIR/pip-install.log" | sed 's/^/          /'
    exit 1
fi
if ! "$PY" -c "import nela_features.nela_features" 2>"$LOG_DIR/import.log"; then
    failed "import nela_features.nela_features: $(tail -n 1 "$LOG_DIR/import.log")"
    exit 1
fi
"$PY" - <<'EOF'
from importlib import metadata
for dist in ("nela_features", "nltk", "vaderSentiment", "datefinder", "numpy"):
    print(f"  {dist:<16}{metadata.version(dist)}")
EOF

say "== 3. NLTK data via nltk.download into $VENV/nltk_data"
mkdir -p "$VENV/nltk_data"
for pkg in $NLTK_PACKAGES; do
    if out=$(timeout 120 "$PY" - "$pkg" "$VENV/nltk_data" 2>&1 <<'EOF'
import sys, nltk
nltk.download(sys.argv[1], download_dir=sys.argv[2], quiet=True, raise_on_error=True)
EOF
    ); then
        ok "$pkg"
    else
        failed "$pkg: $(printf '%s\n' "$out" | grep -v '^\s*$' | tail -n 1)"
    fi
done

say "== 4. offline fallback: punkt_tab and stopwords from the $LLAMA_SPEC wheel"
if "$PY" -c "import nltk; nltk.data.find('tokenizers/punkt_tab/english/'); nltk.data.find('corpora/stopwords')" 2>/dev/null; then
    ok "not needed: punkt_tab and stopwords already present"
else
    TMP="$(mktemp -d)"
    if "$PY" -m pip download --no-deps -d "$TMP" "$LLAMA_SPEC" >"$LOG_DIR/pip-download-llama.log" 2>&1; then
        # plain files only (no pickles); zipfile writes single-linked files, which NLTK >= 3.10.3
        # requires (it refuses hard-linked data files)
        if "$PY" - "$TMP" "$VENV/nltk_data" <<'EOF'
import sys, zipfile, pathlib
wheel = next(pathlib.Path(sys.argv[1]).glob("*.whl"))
dest = pathlib.Path(sys.argv[2])
prefix = "llama_index/core/_static/nltk_cache/"
wanted = ("tokenizers/punkt_tab/", "corpora/stopwords/")
count = 0
with zipfile.ZipFile(wheel) as zf:
    for name in zf.namelist():
        rel = name[len(prefix):] if name.startswith(prefix) else ""
        if rel.startswith(wanted) and not name.endswith("/") and ".." not in rel:
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(name))
            count += 1
if not count:
    sys.exit(f"{wheel.name} has no {prefix}{{{','.join(wanted)}}}")
print(f"  OK      {count} files from {wheel.name}")
EOF
        then :; else failed "unpacking the NLTK data from the wheel"; fi
    else
        failed "pip download $LLAMA_SPEC: $(tail -n 1 "$LOG_DIR/pip-download-llama.log")"
    fi
    rm -rf "$TMP"
fi

say "== 5. probe: which NELA feature groups run"
"$PY" "$ROOT/benchmarks/peer_nela.py" --worker --probe >"$LOG_DIR/probe.json" 2>"$LOG_DIR/probe.log"
"$PY" - "$LOG_DIR/probe.json" <<'EOF'
import json, sys
r = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
for name, path in r.get("nltk_data", {}).items():
    print(f"  {'OK     ' if path else 'MISSING'} NLTK data {name}" + (f" ({path})" if path else ""))
for group in r.get("feature_groups_ok", []):
    print(f"  OK      feature group {group}")
for group, why in r.get("feature_groups_failed", {}).items():
    print(f"  FAILED  feature group {group}: {why}")
if "unavailable" in r:
    print(f"  => extract_all unavailable: {r['unavailable']}")
else:
    print("  => extract_all runs: full NELA benchmark possible")
EOF
say "peer interpreter: $PY"
exit 0
