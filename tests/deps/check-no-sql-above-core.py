#!/usr/bin/env python3
"""Fails when SQL text appears in ui/ or app/: every statement lives in core (issue 16, docs/architecture.md).

SQL text is a string literal holding a statement keyword followed by a space (SELECT, INSERT, UPDATE, DELETE,
WITH) at its start, or FROM / JOIN anywhere in it. ALLOWED lists the files whose statements have not moved to
core yet; it only shrinks: a file on it that no longer holds SQL is an error too, so the list stays honest.

  check-no-sql-above-core.py SOURCE_DIR
"""
import pathlib
import re
import sys

# Not moved yet (issue 16, in slices). Remove a file here when its SQL moves to core.
ALLOWED = set()  # every file has moved; keep it empty

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\s|\b(FROM|JOIN)\s")
COMMENT = re.compile(r"//[^\n]*")


def sql_lines(path):
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = COMMENT.sub("", line) if '"' not in line.split("//")[0] else line
        for literal in LITERAL.findall(code):
            if SQL.search(literal):
                found.append((number, line.strip()))
                break
    return found


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    failed = False
    for folder in ("ui", "app"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in (".cpp", ".h") or not path.is_file():
                continue
            name = path.relative_to(root).as_posix()
            found = sql_lines(path)
            if found and name not in ALLOWED:
                failed = True
                for number, line in found:
                    print(f"{name}:{number}: SQL text above core (move it to core, e.g. core/storage/Listings): {line}")
            elif not found and name in ALLOWED:
                failed = True
                print(f"{name}: holds no SQL any more; take it off ALLOWED in {pathlib.Path(__file__).name}")
    for name in sorted(ALLOWED):
        if not (root / name).is_file():
            failed = True
            print(f"{name}: on ALLOWED but not there; take it off")
    if failed:
        return 1
    print(f"no SQL text in ui/ or app/ outside the {len(ALLOWED)} files not moved yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
