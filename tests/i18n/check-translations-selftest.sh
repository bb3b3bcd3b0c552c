#!/usr/bin/env bash
# Shows that check-translations.sh can fail: on copies of the catalogues with one Nynorsk entry removed, with one
# Bokmål entry unfinished, and with an lupdate that fails, it must exit non-zero; on the real ones it must pass.
# usage: check-translations-selftest.sh SOURCE_DIR
set -uo pipefail
src=$(cd "${1:?usage: check-translations-selftest.sh SOURCE_DIR}" && pwd)
check="$src/tests/i18n/check-translations.sh"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0

# a tree that shares the sources and has its own copy of the catalogues
tree() {
    rm -rf "$scratch/tree"
    mkdir -p "$scratch/tree/resources"
    for d in core ui app; do cp -r "$src/$d" "$scratch/tree/$d"; done
    cp -r "$src/resources/translations" "$scratch/tree/resources/translations"
}
expect() { # expect PASS|FAIL description command...
    local want=$1 what=$2
    shift 2
    "$@" >"$scratch/out" 2>&1
    local rc=$?
    if { [ "$want" = PASS ] && [ $rc != 0 ]; } || { [ "$want" = FAIL ] && [ $rc = 0 ]; }; then
        echo "WRONG: $what: expected $want, exit status $rc"
        sed 's/^/    /' "$scratch/out" | head -n 20
        failures=$((failures + 1))
    else
        echo "ok: $what ($want)"
    fi
}

tree
expect PASS "the catalogues as they are" bash "$check" "$scratch/tree"

# the first translated message of a context removed from Nynorsk only
tree
python3 - "$scratch/tree/resources/translations/praksisplan_nn.ts" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
m = re.search(r"\n\s*<message>\s*<source>[^<]+</source>\s*<translation>[^<]+</translation>\s*</message>", s)
assert m, "no simple message found"
open(p, "w", encoding="utf-8").write(s[:m.start()] + s[m.end():])
PY
expect FAIL "a string missing only in Nynorsk" bash "$check" "$scratch/tree"

# a Bokmål entry marked unfinished
tree
sed -i '0,/<translation>[^<]/s//<translation type="unfinished">x/' "$scratch/tree/resources/translations/praksisplan_nb.ts"
expect FAIL "an unfinished Bokmål entry" bash "$check" "$scratch/tree"

# lupdate itself fails
tree
mkdir -p "$scratch/bin"
printf '#!/bin/sh\necho "lupdate: cannot parse" >&2\nexit 1\n' >"$scratch/bin/lupdate"
chmod +x "$scratch/bin/lupdate"
expect FAIL "lupdate fails" env PATH="$scratch/bin:$PATH" bash "$check" "$scratch/tree"

if [ $failures = 0 ]; then
    echo "4 passed, 0 failed: check-translations.sh fails where it must"
fi
[ $failures = 0 ]
