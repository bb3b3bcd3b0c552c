#!/usr/bin/env bash
# Fails when a translatable string is missing from the catalogues, when a Bokmål or Nynorsk entry is unfinished,
# or when a user-visible text in the interface code is not wrapped in tr().
# usage: check-translations.sh SOURCE_DIR
set -uo pipefail
src=$(cd "${1:?usage: check-translations.sh SOURCE_DIR}" && pwd)
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0

# 1. lupdate on a copy of each catalogue must succeed and find nothing new (Bokmål and Nynorsk each: a string
#    missing from only one of them fails too)
find "$src/core" "$src/ui" "$src/app" -name '*.cpp' -o -name '*.h' >"$scratch/sources"
if [ ! -s "$scratch/sources" ]; then
    echo "FAIL: no sources found under $src/core, $src/ui, $src/app"
    exit 1
fi
for lang in nb nn; do
    cp "$src/resources/translations/praksisplan_$lang.ts" "$scratch/$lang.ts"
    if ! "$lupdate" -no-obsolete -locations none -I "$src/core" -I "$src/ui" "@$scratch/sources" \
        -ts "$scratch/$lang.ts" >"$scratch/lupdate-$lang.log" 2>&1; then
        echo "FAIL: lupdate failed on praksisplan_$lang.ts:"
        tail -n 20 "$scratch/lupdate-$lang.log"
        status=1
        continue
    fi
    if ! grep -q '([0-9]* new' "$scratch/lupdate-$lang.log"; then
        echo "FAIL: lupdate said nothing about praksisplan_$lang.ts:"
        tail -n 20 "$scratch/lupdate-$lang.log"
        status=1
        continue
    fi
    new=$(grep -o '([0-9]* new' "$scratch/lupdate-$lang.log" | grep -o '[0-9]*' | head -n 1)
    if [ "${new:-0}" != 0 ]; then
        echo "FAIL: $new translatable string(s) are not in resources/translations/praksisplan_$lang.ts:"
        diff <(grep -o '<source>.*</source>' "$src/resources/translations/praksisplan_$lang.ts" | sort -u) \
             <(grep -o '<source>.*</source>' "$scratch/$lang.ts" | sort -u) | grep '^>' | head -n 40
        echo "Run: cmake --build build --target update_translations, then translate them."
        status=1
    fi
done

# 2. every Bokmål and Nynorsk entry is finished
for lang in nb nn; do
    n=$(grep -c 'type="unfinished"' "$src/resources/translations/praksisplan_$lang.ts")
    if [ "$n" != 0 ]; then
        echo "FAIL: praksisplan_$lang.ts has $n unfinished entries, e.g.:"
        grep -B3 'type="unfinished"' "$src/resources/translations/praksisplan_$lang.ts" | grep '<source>' | head -n 10
        status=1
    fi
done

# 3. no user-visible literal that bypasses tr() in the interface code
pattern='(setText|setWindowTitle|setToolTip|setStatusTip|setPlaceholderText|setLabelText|setTitle|addAction|addTab|setHeaderLabels|QLabel|QPushButton|QCheckBox|QGroupBox|QAction)\(\s*QStringLiteral\("[^"%]*[A-Za-zæøåÆØÅ]{3}'
if grep -rnE "$pattern" "$src/ui" "$src/app/desktop" >"$scratch/literals"; then
    echo "FAIL: user-visible text not wrapped in tr():"
    head -n 20 "$scratch/literals"
    status=1
fi

if [ $status = 0 ]; then
    echo "1 passed, 0 failed: every string is translated into Bokmål and Nynorsk"
fi
exit $status
