#!/usr/bin/env python3
"""The dependency audit: everything the build uses and the programs load must come from scripts/setup.sh.

usage: check-dependencies.py --source SRC --build BUILD [--setup SETUP_SH] [--verbose]

Finds, in a finished build:
  - the shared libraries the two programs and the test executables load (readelf -d for what each names,
    ldd for the whole tree), and the Qt plugins they need at run time (sqlite driver, platform plugins
    xcb and offscreen, the svg image format and icon engine, and whatever the programs load when started:
    QT_DEBUG_PLUGINS);
  - what the build read and ran: every system header the compiler included (ninja -t deps), every library
    named on a link line (-lz is libz.so from zlib1g-dev), the CMake package files and pkg-config files it
    read, the compiler, ninja, ccache and the Qt tools (moc, rcc, uic, lrelease);
  - the programs and Python modules the tests run (pdftotext, glpsol, openpyxl, ...);
maps every file to its Debian package (dpkg's file lists, as dpkg -S does) and fails when a package is neither
in setup.sh's list nor pulled in (Depends, Pre-Depends, recursively, first installed alternative) by a package
that is, nor part of every Debian system (Essential or Priority required, as debootstrap --variant=minbase
installs), nor git or ca-certificates (what a new user has to clone the repository).
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BASELINE = {"git", "ca-certificates"}
# Plugins the programs need whether or not this machine's start shows them: the SQLite driver (every plan), the
# platforms a user has (xcb) and the tests use (offscreen), and the SVG image format and icon engine (icons).
REQUIRED_PLUGINS = [
    "sqldrivers/libqsqlite.so",
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "imageformats/libqsvg.so",
    "iconengines/libqsvgicon.so",
]


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace", **kw)


class Dpkg:
    """The installed packages: who owns which file, and what each depends on."""

    def __init__(self):
        self.owner = {}
        for lst in glob.glob("/var/lib/dpkg/info/*.list"):
            pkg = os.path.basename(lst)[: -len(".list")].split(":")[0]
            with open(lst, errors="replace") as f:
                for line in f:
                    path = line.rstrip("\n")
                    if path and not os.path.isdir(path):
                        self.owner.setdefault(path, pkg)
        fmt = "${Package}\\t${db:Status-Status}\\t${Essential}\\t${Priority}\\t${Pre-Depends}, ${Depends}\\t${Provides}\\n"
        out = run(["dpkg-query", "-W", "-f", fmt]).stdout
        self.depends, self.installed, self.given, self.provided_by = {}, set(), set(), {}
        for line in out.splitlines():
            name, status, essential, priority, deps, provides = (line.split("\t") + [""] * 6)[:6]
            if status != "installed":
                continue
            self.installed.add(name)
            if essential == "yes" or priority == "required":
                self.given.add(name)
            self.depends[name] = [c.strip() for c in deps.split(",") if c.strip()]
            for p in provides.split(","):
                p = re.sub(r"\(.*\)", "", p).strip().split(":")[0]
                if p:
                    self.provided_by.setdefault(p, []).append(name)

    def package_of(self, path):
        """The package that installed a file (following usr-merge aliases and symbolic links), or None."""
        candidates = [path, os.path.realpath(path)]
        for p in list(candidates):
            for a, b in (("/usr/lib/", "/lib/"), ("/lib/", "/usr/lib/"), ("/usr/bin/", "/bin/"), ("/bin/", "/usr/bin/"),
                         ("/usr/sbin/", "/sbin/"), ("/sbin/", "/usr/sbin/"), ("/lib64/", "/usr/lib64/")):
                if p.startswith(a):
                    candidates.append(b + p[len(a):])
        for p in candidates:
            if p in self.owner:
                return self.owner[p]
        return None

    def resolve(self, clause):
        """The installed package that satisfies one dependency clause ("a (>= 1) | b:any"), first alternative first."""
        for alt in clause.split("|"):
            name = re.sub(r"\(.*?\)|\[.*?\]|<.*?>", "", alt).strip().split(":")[0]
            if name in self.installed:
                return name
            for p in self.provided_by.get(name, []):
                if p in self.installed:
                    return p
        return None

    def closure(self, roots):
        """Every installed package the roots pull in, each with the chain that brings it: {package: [root, ..., package]}."""
        chain = {}
        todo = []
        for r in roots:
            if r in self.installed and r not in chain:
                chain[r] = [r]
                todo.append(r)
        while todo:
            pkg = todo.pop(0)
            for clause in self.depends.get(pkg, []):
                dep = self.resolve(clause)
                if dep and dep not in chain:
                    chain[dep] = chain[pkg] + [dep]
                    todo.append(dep)
        return chain


def is_elf(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def programs_and_tests(build):
    files = [os.path.join(build, "app", n) for n in ("praksisplan", "praksisplan-cli")]
    for f in sorted(glob.glob(os.path.join(build, "tests", "**", "*"), recursive=True)):
        if os.path.isfile(f) and os.access(f, os.X_OK) and is_elf(f) and "/CMakeFiles/" not in f:
            files.append(f)
    return [f for f in files if os.path.isfile(f)]


def needed(path):
    out = run(["readelf", "-d", path]).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def ldd(path):
    """Every library the dynamic loader maps for a file: {soname: path}; a missing one maps to None."""
    env = dict(os.environ, LD_LIBRARY_PATH="")
    out = run(["ldd", path], env=env).stdout
    libs = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+) => (not found|(\S+) \(0x)", line)
        if m:
            libs[m.group(1)] = m.group(3)
            continue
        m = re.match(r"\s*(/\S+) \(0x", line)
        if m:
            libs[os.path.basename(m.group(1))] = m.group(1)
    return libs


def ninja_build_files(build):
    """The system files the build read or ran, from build.ninja, the ninja deps log and CMakeCache."""
    found = {}  # path -> why
    if not os.path.exists(os.path.join(build, "build.ninja")):
        print(f"note: {build} is not a Ninja build (scripts/build.sh makes one): the build's own files are not checked")
        return found
    text = open(os.path.join(build, "build.ninja"), errors="replace").read()
    text_joined = text.replace("$\n", " ")
    # CMake files read at configure time (the build.ninja rule's inputs)
    for line in text_joined.splitlines():
        if line.startswith("build build.ninja") and "RERUN_CMAKE" in line:
            for tok in re.split(r"(?<!\$) ", line):
                tok = tok.replace("$ ", " ")
                if tok.startswith("/usr/") and os.path.isfile(tok):
                    found.setdefault(tok, "read by cmake")
    # link lines: absolute library paths and -lNAME
    cxx = cmake_cache(build).get("CMAKE_CXX_COMPILER", "c++")
    for m in re.finditer(r"^\s*LINK_LIBRARIES = (.*)$", text_joined, re.M):
        for tok in m.group(1).split():
            if tok.startswith("/") and re.search(r"\.(so[.0-9]*|a)$", tok) and not tok.startswith(build):
                found.setdefault(tok, "linked")
            elif tok.startswith("-l"):
                name = tok[2:]
                for ext in (".so", ".a"):
                    p = run([cxx, f"-print-file-name=lib{name}{ext}"]).stdout.strip()
                    if p.startswith("/") and os.path.exists(p):
                        found.setdefault(os.path.normpath(p), f"linked as {tok}")
                        break
                else:
                    found.setdefault(f"-l{name}", f"linked as {tok}, but no lib{name}.so is found")
    # programs the build runs (compiler, Qt's tools, gzip, ...): absolute paths in the build rules
    for tok in set(re.findall(r"(/usr/[A-Za-z0-9_.+/-]+)", text_joined)):
        if os.path.isfile(tok) and os.access(tok, os.X_OK) and not re.search(r"\.so[.0-9]*$", tok):
            found.setdefault(tok, "run by the build")
    for info in glob.glob(os.path.join(build, "**", "AutogenInfo.json"), recursive=True):
        data = json.load(open(info))
        for key in ("MOC_EXECUTABLE", "UIC_EXECUTABLE", "RCC_EXECUTABLE"):
            if data.get(key):
                found.setdefault(data[key], "run by the build (AUTOGEN)")
    for key in ("CMAKE_CXX_COMPILER", "CMAKE_MAKE_PROGRAM", "CCACHE_PROGRAM", "CMAKE_COMMAND", "PKG_CONFIG_EXECUTABLE"):
        p = cmake_cache(build).get(key)
        if p and os.path.isabs(p) and os.path.exists(p):
            found.setdefault(p, f"the build's {key}")
    # pkg-config modules the build asked for
    pc_modules = []
    for key, value in cmake_cache(build).items():
        if key.startswith("__pkg_config_arguments_"):
            pc_modules += [re.split(r"[<>=]", v)[0] for v in value.split(";")
                           if v and v.upper() not in ("REQUIRED", "QUIET", "IMPORTED_TARGET", "GLOBAL",
                                                      "NO_CMAKE_PATH", "NO_CMAKE_ENVIRONMENT_PATH")]
    if pc_modules:
        out = run(["pkg-config", "--path"] + pc_modules).stdout.split()
        for p in out:
            found.setdefault(p, "pkg-config module")
    # every system header the compiler included
    deps = run(["ninja", "-C", build, "-t", "deps"]).stdout
    for line in deps.splitlines():
        p = line.strip()
        if p.startswith("/usr/") and not p.startswith(build):
            found.setdefault(os.path.normpath(p), "included by the compiler")
    return found


_cache = {}


def cmake_cache(build):
    if build not in _cache:
        values = {}
        with open(os.path.join(build, "CMakeCache.txt"), errors="replace") as f:
            for line in f:
                m = re.match(r"^([A-Za-z_0-9]+):[A-Z]+=(.*)$", line.rstrip("\n"))
                if m:
                    values[m.group(1)] = m.group(2)
        _cache[build] = values
    return _cache[build]


def qt_plugin_dir():
    for tool in ("qtpaths6", "/usr/lib/qt6/bin/qtpaths6", "qtpaths"):
        exe = shutil.which(tool)
        if exe:
            out = run([exe, "--plugin-dir"]).stdout.strip()
            if out:
                return out
    for tool in ("qmake6", "/usr/lib/qt6/bin/qmake"):
        exe = shutil.which(tool)
        if exe:
            out = run([exe, "-query", "QT_INSTALL_PLUGINS"]).stdout.strip()
            if out:
                return out
    return None


def loaded_plugins(build):
    """The Qt plugins the programs load when started: the CLI making a plan, the desktop program showing it."""
    loaded = set()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_DEBUG_PLUGINS="1", QT_QPA_PLATFORM="offscreen", HOME=tmp,
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_RUNTIME_DIR=tmp, LC_ALL="C.UTF-8")
        plan = os.path.join(tmp, "p.praksisplan")
        outputs = []
        for cmd in ([os.path.join(build, "app", "praksisplan-cli"), "--db", plan, "init"],
                    [os.path.join(build, "app", "praksisplan"), "--screenshot", os.path.join(tmp, "s.png"), plan]):
            try:
                r = run(cmd, env=env, timeout=120)
                outputs.append(r.stdout + r.stderr)
            except subprocess.TimeoutExpired as e:  # what it loaded until then still counts
                outputs.append(str(e.stdout or "") + str(e.stderr or ""))
        for text in outputs:
            for m in re.finditer(r'"([^"]+\.so)" loaded library|[Ll]oaded library "([^"]+\.so)"', text):
                loaded.add(m.group(1) or m.group(2))
    return loaded


def test_tools(source):
    """Programs and Python modules the tests and the scripts ctest runs use, found in their sources."""
    tools, modules = {}, {}
    srcs = [f for ext in ("cpp", "h", "py") for f in glob.glob(os.path.join(source, "tests", "**", f"*.{ext}"), recursive=True)
            if not f.endswith("/check-dependencies.py")]
    for path in srcs:
        text = open(path, errors="replace").read()
        rel = os.path.relpath(path, source)
        for m in re.finditer(r'(?:findExecutable|\.start|QProcess::execute)\(\s*(?:QStringLiteral\(|u)"([^"]+)"', text):
            tools.setdefault(m.group(1), rel)
        for m in re.finditer(r"^\s*import ([A-Za-z0-9_., ]+)$", text, re.M):
            for mod in m.group(1).split(","):
                modules.setdefault(mod.strip(), rel)
        for m in re.finditer(r"^\s*from ([A-Za-z0-9_.]+) import ", text, re.M):
            modules.setdefault(m.group(1), rel)
    # the scripts ctest runs and the README's scripts; not fresh-machine-test.sh, which runs on the host and
    # installs what it needs there (debootstrap) itself
    scripts = glob.glob(os.path.join(source, "tests", "**", "*.sh"), recursive=True) + \
        glob.glob(os.path.join(source, "packaging", "**", "*.sh"), recursive=True) + \
        [s for s in glob.glob(os.path.join(source, "scripts", "*.sh")) if not s.endswith("/fresh-machine-test.sh")]
    for path in scripts:
        for tool in script_commands(path):
            tools.setdefault(tool, os.path.relpath(path, source))
    # shell scripts among the tools (xvfb-run needs xauth, which xvfb only recommends): what they run, too
    for tool, where in list(tools.items()):
        exe = shutil.which(tool)
        if exe and is_shell_script(exe):
            for inner in script_commands(exe):
                tools.setdefault(inner, f"{tool} (run by {where})")
    return tools, modules


_COMMAND = re.compile(r"(?:^|[|;&]\s*|\$\(\s*|\b(?:if|then|do|else|!|timeout\s+\d+|command -v|exec)\s+)"
                      r"([A-Za-z][A-Za-z0-9+_.-]*)(?=\s|$|\))")


def script_commands(path):
    """The words in command position in a shell script (what it runs, with some shell words that run nothing)."""
    found = []
    for line in open(path, errors="replace"):
        line = line.strip()
        if line.startswith("#"):
            continue
        line = re.sub(r"\s#.*$", "", line)
        found += _COMMAND.findall(line)
    return found


def is_shell_script(path):
    try:
        with open(path, "rb") as f:
            first = f.readline(200)
        return first.startswith(b"#!") and re.search(rb"\b(ba|da)?sh\b", first) is not None
    except OSError:
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    ap.add_argument("--build", required=True)
    ap.add_argument("--setup", help="the setup script to read the list from (default SRC/scripts/setup.sh)")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    source, build = os.path.realpath(args.source), os.path.realpath(args.build)
    setup = args.setup or os.path.join(source, "scripts", "setup.sh")

    listed = run(["bash", setup, "--list"]).stdout.split()
    if not listed:
        print(f"FAIL: {setup} --list printed no packages")
        return 1
    dpkg = Dpkg()
    chain = dpkg.closure(listed)
    for g in dpkg.closure(dpkg.given | BASELINE):
        chain.setdefault(g, ["(every Debian system)", g])
    problems = []
    not_installed = [p for p in listed if p not in dpkg.installed]
    for p in not_installed:
        problems.append(f"{p} is in setup.sh but not installed: run scripts/setup.sh")

    checked = {}  # package -> [what needs it]

    def need(path, why):
        pkg = dpkg.package_of(path) if path.startswith("/") else None
        if pkg is None:
            if path.startswith("-l") or not os.path.exists(path):
                problems.append(f"{why}: {path} is not on this machine")
            else:
                problems.append(f"{why}: {path} belongs to no Debian package (installed by hand?)")
            return
        checked.setdefault(pkg, []).append(f"{path} ({why})")

    # 1. what the programs and the tests load
    elves = programs_and_tests(build)
    if not any(e.endswith("/app/praksisplan") for e in elves) or not any(e.endswith("/app/praksisplan-cli") for e in elves):
        print(f"FAIL: {build}/app/praksisplan and praksisplan-cli must be built first")
        return 1
    direct = set()
    for exe in elves:
        names = needed(exe)
        direct.update(names)
        libs = ldd(exe)
        if exe.endswith(("/app/praksisplan", "/app/praksisplan-cli")):
            print(f"{os.path.relpath(exe, build)} links " + ", ".join(
                f"{n} ({dpkg.package_of(libs[n]) if libs.get(n) else 'NOT FOUND'})" for n in names))
        for soname, path in libs.items():
            if path is None:
                problems.append(f"{os.path.relpath(exe, build)} needs {soname}, which is not found")
            elif not path.startswith(build):
                need(path, "loaded by the programs" if "/app/" in exe else "loaded by the tests")
    # 2. the Qt plugins they load
    plugin_dir = qt_plugin_dir()
    plugins = set(loaded_plugins(build))
    if plugin_dir:
        for rel in REQUIRED_PLUGINS:
            p = os.path.join(plugin_dir, rel)
            if os.path.exists(p):
                plugins.add(p)
            else:
                problems.append(f"the Qt plugin {rel} is missing (looked in {plugin_dir})")
    else:
        problems.append("Qt's plugin folder is unknown (no qtpaths6 or qmake6)")
    for plugin in sorted(plugins):
        need(plugin, "Qt plugin")
        for soname, path in ldd(plugin).items():
            if path is None:
                problems.append(f"the Qt plugin {plugin} needs {soname}, which is not found")
            else:
                need(path, f"loaded by the Qt plugin {os.path.basename(plugin)}")
    # 3. what the build read and ran
    for path, why in sorted(ninja_build_files(build).items()):
        need(path, why)
    # 4. what the tests run
    tools, modules = test_tools(source)
    for tool, where in sorted(tools.items()):
        # the first on PATH that a package installed (a hand-installed one earlier on PATH does not hide it)
        exes = [tool] if os.path.isabs(tool) else [os.path.join(d, tool) for d in os.environ.get("PATH", "").split(":") if d]
        exes = [e for e in exes if os.path.isfile(e) and os.access(e, os.X_OK) and not e.startswith((build, source))]
        if exes:
            need(next((e for e in exes if dpkg.package_of(e)), exes[0]), f"run by {where}")
    # the Python the tests start (they name /usr/bin/python3: not another one first on PATH)
    pythons = [t for t in tools if os.path.basename(t).startswith("python3") and os.path.isabs(t)]
    python = pythons[0] if pythons else shutil.which("python3")
    for mod, where in sorted(modules.items()):
        if python and mod not in sys.builtin_module_names:
            r = run([python, "-c", f"import {mod}, sys; print(getattr({mod}, '__file__', '') or '')"])
            if r.returncode != 0:
                problems.append(f"the Python module {mod} ({where}) cannot be imported")
            elif r.stdout.strip():
                need(r.stdout.strip(), f"Python module {mod} imported by {where}")

    missing = {p: why for p, why in checked.items() if p not in chain}
    for pkg in sorted(missing):
        why = missing[pkg]
        problems.append(f"{pkg} is needed but neither in setup.sh nor pulled in by a package it lists: "
                        f"{why[0]}" + (f" and {len(why) - 1} more" if len(why) > 1 else ""))

    dev = sorted(p for p in checked if p.endswith("-dev"))
    print(f"setup.sh lists {len(listed)} packages, which pull in {len(chain)} with every Debian system's own")
    print(f"checked {len(elves)} executables ({len(direct)} libraries named directly), {len(plugins)} Qt plugins, "
          f"{len(tools)} tools and {len(modules)} Python modules the tests use; they come from {len(checked)} packages, "
          f"{len(dev)} of them -dev")
    if args.verbose:
        for plugin in sorted(plugins):
            print(f"  plugin {plugin}")
        for pkg in sorted(checked):
            via = " <- ".join(reversed(chain[pkg])) if pkg in chain else "NOT PULLED IN"
            print(f"  {pkg}: {via}; e.g. {checked[pkg][0]}")
    if problems:
        for p in problems:
            print(f"FAIL: {p}")
        print("Add the package to scripts/setup.sh (then scripts/fresh-machine-test.sh proves it on a new machine).")
        print(f"0 passed, 1 failed: {len(problems)} dependency problem(s)")
        return 1
    print("1 passed, 0 failed: everything the build uses and the programs load comes from setup.sh")
    return 0


if __name__ == "__main__":
    sys.exit(main())
