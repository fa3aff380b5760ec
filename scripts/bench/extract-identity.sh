#!/bin/sh
# The command line's JSON output over every .txt of the corpus (the project's and the shared one),
# one file per line, written to OUT: run it before and after a change that must not change output,
# then `diff` the two files (cmp is enough: byte-identical or not).
#
#   sh scripts/bench/extract-identity.sh OUT          (EXTRA_CORPUS=DIR adds another folder of texts)
set -eu
out=${1:?usage: sh scripts/bench/extract-identity.sh OUT}
cd "$(dirname "$0")/../.."
list=$(mktemp)
find tests/fixtures/corpus ${EXTRA_CORPUS:-} -name '*.txt' 2>/dev/null | LC_ALL=C sort >"$list"
npm run -s extract -- --files-from "$list" --format json --jobs 1 >"$out"
rm -f "$list"
echo "$(wc -l <"$out") files -> $out"
