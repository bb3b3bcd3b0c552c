#!/usr/bin/env bash
# Mutation test: plants each one-line bug of tests/mutation/mutations.txt in a scratch copy of the tree, rebuilds
# only what depends on the changed file, runs the tests the entry names and lists the mutations no test caught.
# Exit status 0 only when every mutation is caught (and every entry still applies to the code).
#
# usage: scripts/mutation-test.sh [--only REGEX] [--list] [--jobs N] [--keep-going]
#   --only REGEX   run only the entries whose name matches REGEX
#   --list         print the entries and check that each still applies; build and run nothing
#   --jobs N       ninja -j N (default 2)
# The scratch copy lives in build-mutation/ (MUTATION_DIR to change it): it is kept between runs, so a second run
# rebuilds only what changed; its build shares ccache with build/ (same relative layout under ccache's base_dir).
# Not part of ctest or CI: run it on demand, e.g. after changing a test or the code a mutation names.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
export MUTATION_REPO="$repo"
export MUTATION_DIR="${MUTATION_DIR:-$repo/build-mutation}"
exec python3 - "$@" <<'PY'
import argparse, os, re, shutil, signal, subprocess, sys, time

# killed (SIGTERM, Ctrl+C): leave through the finally below, so the mutated file is put back
signal.signal(signal.SIGTERM, lambda *_: sys.exit(130))

repo = os.environ["MUTATION_REPO"]
root = os.environ["MUTATION_DIR"]
src = os.path.join(root, "src")
build = os.path.join(src, "build")
listfile = os.path.join(repo, "tests", "mutation", "mutations.txt")

ap = argparse.ArgumentParser(prog="mutation-test.sh")
ap.add_argument("--only", default="")
ap.add_argument("--list", action="store_true")
ap.add_argument("--jobs", type=int, default=2)
args = ap.parse_args()

def log(*a):
    print(*a, flush=True)

# --- the list --------------------------------------------------------------------------------------------------
entries, cur = [], {}
keys = ("name", "file", "find", "replace", "tests", "why")
with open(listfile, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                entries.append(cur)
            cur = {}
            continue
        m = re.match(r"^(\w+):(?: (.*))?$", line)
        if not m or m.group(1) not in keys:
            sys.exit(f"{listfile}:{number}: expected one of {', '.join(k + ':' for k in keys)}")
        cur[m.group(1)] = (m.group(2) or "").strip()
        cur.setdefault("line", number)
if cur:
    entries.append(cur)
for e in entries:
    missing = [k for k in keys if k not in e]
    if missing:
        sys.exit(f"{listfile}:{e['line']}: entry lacks {', '.join(missing)}")
names = [e["name"] for e in entries]
if len(set(names)) != len(names):
    sys.exit(f"{listfile}: two entries share a name")
if args.only:
    entries = [e for e in entries if re.search(args.only, e["name"])]
if not entries:
    sys.exit("no entry selected")

# --- the scratch copy: only files whose content differs are written (so only their dependents rebuild) ---------
def tracked():
    out = subprocess.run(["git", "-C", repo, "ls-files", "-co", "--exclude-standard", "-z"],
                         check=True, capture_output=True).stdout
    return [p for p in out.decode().split("\0") if p and os.path.isfile(os.path.join(repo, p))]

def sync():
    files = set(tracked())
    copied = 0
    for p in files:
        a, b = os.path.join(repo, p), os.path.join(src, p)
        with open(a, "rb") as f:
            data = f.read()
        try:
            with open(b, "rb") as f:
                same = f.read() == data
        except OSError:
            same = False
        if not same:
            os.makedirs(os.path.dirname(b), exist_ok=True)
            with open(b, "wb") as f:
                f.write(data)
            shutil.copymode(a, b)
            copied += 1
    for dirpath, dirnames, filenames in os.walk(src):
        if dirpath == src and "build" in dirnames:
            dirnames.remove("build")
        for n in filenames:
            rel = os.path.relpath(os.path.join(dirpath, n), src)
            if rel not in files:
                os.remove(os.path.join(dirpath, n))
    return copied

def applies(e):
    with open(os.path.join(repo, e["file"]), encoding="utf-8") as f:
        n = f.read().count(e["find"])
    return n

stale = [e for e in entries if applies(e) != 1]
for e in stale:
    log(f"STALE  {e['name']}: the text to replace occurs {applies(e)} times in {e['file']} (expected once)")
if args.list:
    for e in entries:
        log(f"{e['name']:32} {e['file']}  [{e['tests']}]")
    sys.exit(1 if stale else 0)
entries = [e for e in entries if e not in stale]

os.makedirs(src, exist_ok=True)
log(f"scratch copy: {src} ({sync()} files written)")
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
if not os.path.exists(os.path.join(build, "build.ninja")):
    subprocess.run(["cmake", "-S", src, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
                    "-DPRAKSIS_BUILD_BENCHMARKS=OFF"], check=True, stdout=subprocess.DEVNULL)

def tests_of(regex):
    out = subprocess.run(["ctest", "-N", "-R", regex], cwd=build, check=True, capture_output=True, text=True).stdout
    return re.findall(r"Test\s+#\d+: (\S+)", out)

def targets_of(tests):
    return sorted({t.replace("/", "_") for t in tests if not t.startswith("i18n/")} | {"praksisplan-cli"})

def ninja(targets):
    r = subprocess.run(["ninja", "-C", build, f"-j{args.jobs}", *targets], capture_output=True, text=True)
    return r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]

def ctest(regex):
    r = subprocess.run(["ctest", "-R", regex, "--timeout", "600", "--output-on-failure"], cwd=build, env=env,
                       capture_output=True, text=True, stdin=subprocess.DEVNULL)
    failed = re.findall(r"^\s*\d+ - (\S+) \(", r.stdout, re.M)
    return r.returncode == 0, failed, r.stdout

# --- baseline: the unchanged tree must build and pass, or nothing below means anything -------------------------
regexes = sorted({e["tests"] for e in entries})
for e in entries:
    if not tests_of(e["tests"]):
        sys.exit(f"{e['name']}: no test matches {e['tests']}")
all_tests = sorted({t for r in regexes for t in tests_of(r)})
ok, out = ninja(targets_of(all_tests))
if not ok:
    sys.exit("the unchanged tree does not build:\n" + out)
baseline = "|".join("^" + re.escape(t) + "$" for t in all_tests)
ok, failed, out = ctest(baseline)
if not ok:
    sys.exit("the unchanged tree fails tests, fix them first: " + " ".join(failed) + "\n" + out[-4000:])
log(f"baseline: {len(all_tests)} tests pass; {len(entries)} mutations to try")

# --- each mutation ---------------------------------------------------------------------------------------------
results = []
for e in entries:
    path = os.path.join(src, e["file"])
    with open(path, encoding="utf-8") as f:
        original = f.read()
    started = time.time()
    try:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original.replace(e["find"], e["replace"], 1))
        tests = tests_of(e["tests"])
        built, out = ninja(targets_of(tests))
        if not built:
            verdict, by = "NO-BUILD", []
            log(out)
        else:
            passed, by, _ = ctest(e["tests"])
            verdict = "survived" if passed else "killed"
    finally:
        with open(path, "w", encoding="utf-8") as f: # a new mtime: the next build recompiles the real file
            f.write(original)
    results.append((e, verdict, by))
    log(f"{verdict:8} {e['name']:32} {int(time.time() - started):4d} s  {' '.join(by)}")

survivors = [r for r in results if r[1] != "killed"]
log("")
log(f"{len(results) - len(survivors)} of {len(results)} mutations killed" + (f", {len(stale)} stale" if stale else ""))
for e, verdict, _ in survivors:
    log(f"{verdict.upper()}: {e['name']} ({e['file']}): {e['why']}")
sys.exit(1 if survivors or stale else 0)
PY
