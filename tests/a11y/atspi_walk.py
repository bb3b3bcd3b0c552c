#!/usr/bin/env python3
"""Walks Praksisplan's accessible tree over AT-SPI, as a screen reader reads it, on every page.

Usage: atspi_walk.py PRAKSISPLAN PLAN  (run inside a D-Bus session with an AT-SPI bus: see run-atspi.sh)

Starts the program on the plan, opens each page through the View menu (its menu items' AT-SPI "Press" action) and
checks that every control a person can Tab to has a name (a combo box on Linux is named by its label, so it needs
one), and that the planner's timeline exposes its site rows and their placements with names. Prints what fails and
exits 1; 0 when everything passes. Stops the program it started (by its PID) in every case.
"""

import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

STARTUP_SECONDS = 60
PAGE_SECONDS = 20
# Containers whose items are cells and rows, named by their headers and data: checked as one control.
# Qt gives a tree's items the AT-SPI role "table cell"; "tree item" is accepted too.
ITEM_ROLES = {pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_TABLE_CELL}
FOCUS_EVENTS = []
ITEM_CONTAINERS = {
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TREE,
}


def log(*args):
    print('atspi:', *args, flush=True)


def states(obj):
    try:
        return obj.getState()
    except Exception:
        return None


def children(obj):
    try:
        return [obj.getChildAtIndex(i) for i in range(obj.childCount)]
    except Exception:
        return []


def labelled(obj):
    try:
        for relation in obj.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets() > 0:
                return True
    except Exception:
        pass
    return False


def describe(obj):
    try:
        return '%s "%s"' % (obj.getRoleName(), obj.name)
    except Exception:
        return '(gone)'


def find(obj, match, depth=0, limit=40):
    """The first showing descendant (depth first) for which match(obj) is true."""
    if obj is None or depth > limit:
        return None
    try:
        if match(obj):
            return obj
    except Exception:
        return None
    for child in children(obj):
        s = states(child)
        if s is None or not s.contains(pyatspi.STATE_SHOWING) and child.getRole() != pyatspi.ROLE_MENU:
            continue
        found = find(child, match, depth + 1, limit)
        if found is not None:
            return found
    return None


def wait_for(what, timeout, probe):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = probe()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(0.25)
    raise TimeoutError('timed out waiting for ' + what)


def focusable_problems(obj, path, out):
    """Every showing, enabled, focusable control under obj without a name."""
    s = states(obj)
    if s is None or not s.contains(pyatspi.STATE_SHOWING):
        return
    role = obj.getRole()
    if role == pyatspi.ROLE_MENU_BAR:
        return  # menus are read through their own items
    if s.contains(pyatspi.STATE_FOCUSABLE) and s.contains(pyatspi.STATE_ENABLED):
        name = (obj.name or '').strip()
        if role == pyatspi.ROLE_COMBO_BOX:
            # its name is its current text: only a label says what it is for
            if not labelled(obj):
                out.append('%s / %s: a combo box without a label' % (path, describe(obj)))
        elif not name and not labelled(obj):
            out.append('%s / %s: no name' % (path, describe(obj)))
    if role in ITEM_CONTAINERS:
        return
    for child in children(obj):
        focusable_problems(child, path, out)


def dump(obj, depth=0, limit=12):
    """Prints the showing tree under obj (ATSPI_DUMP=1), for finding what a failure is about."""
    s = states(obj)
    if s is None or depth > limit:
        return
    flags = ''.join(c for c, st in (('F', pyatspi.STATE_FOCUSABLE), ('S', pyatspi.STATE_SHOWING),
                                    ('f', pyatspi.STATE_FOCUSED)) if s.contains(st))
    print('  ' * depth + '%s [%s]%s' % (describe(obj), flags, ' labelled' if labelled(obj) else ''), flush=True)
    if not s.contains(pyatspi.STATE_SHOWING) or obj.getRole() in ITEM_CONTAINERS - {pyatspi.ROLE_TREE}:
        return
    for child in children(obj)[:30]:
        dump(child, depth + 1, limit)


def on_focus(event):
    try:
        if event.detail1:
            FOCUS_EVENTS.append(event.source.name or '')
    except Exception:
        pass


def pump(seconds, until):
    """Runs the GLib main loop (which delivers AT-SPI events) until until() or the time is up."""
    deadline = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < deadline and not until():
        while context.pending():
            context.iteration(False)
        time.sleep(0.05)
    return until()


def check_planner(frame, out):
    tree = wait_for('the planner timeline', PAGE_SECONDS, lambda: find(
        frame, lambda o: o.getRole() == pyatspi.ROLE_TREE and o.name == 'Planner timeline'))
    rows = wait_for('site rows in the planner', PAGE_SECONDS, lambda: children(tree))
    placements = 0
    first = None
    for row in rows:
        if row.getRole() not in ITEM_ROLES or 'capacity' not in row.name:
            out.append('planner: a site row is %s' % describe(row))
            continue
        for item in children(row):
            if item.getRole() not in ITEM_ROLES or 'week' not in item.name or ', ' not in item.name:
                out.append('planner: a placement is %s' % describe(item))
            else:
                placements += 1
                first = first or item
    log('planner: %d site rows, %d placements' % (len(rows), placements))
    if first is None:
        out.append('planner: no placement is exposed')
        return
    # choosing a placement (its SetFocus action, as a screen reader's "focus this" does) makes it the focused
    # item, and the screen reader hears of it through a focus event
    action = first.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if 'SetFocus' not in names:
        out.append('planner: a placement has no SetFocus action (%s)' % names)
        return
    del FOCUS_EVENTS[:]
    action.doAction(names.index('SetFocus'))
    name = first.name
    if not pump(PAGE_SECONDS, lambda: name in FOCUS_EVENTS):
        out.append('planner: no focus event for "%s" (heard %s)' % (name, FOCUS_EVENTS[-5:]))
    elif not first.getState().contains(pyatspi.STATE_FOCUSED):
        out.append('planner: "%s" had a focus event but is not focused' % name)
    else:
        log('planner: heard the focus move to "%s"' % name)


def main():
    app_path, plan = sys.argv[1], sys.argv[2]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON='1', QT_ACCESSIBILITY='1', QT_QPA_PLATFORM='xcb')
    proc = subprocess.Popen([app_path, plan], env=env)
    problems = []
    try:
        pyatspi.setTimeout(10000, 15000)
        pyatspi.Registry.registerEventListener(on_focus, 'object:state-changed:focused')

        def application():
            for app in pyatspi.Registry.getDesktop(0):
                if app is not None and app.get_process_id() == proc.pid:
                    return app
            return None

        app = wait_for('the program on the accessibility bus', STARTUP_SECONDS, application)
        frame = wait_for('the main window', STARTUP_SECONDS, lambda: next(
            (w for w in children(app) if w.getRole() == pyatspi.ROLE_FRAME and 'demo' in (w.name or '')), None))
        # without a window manager nothing activates the window: give it the X input focus (xdotool), so that
        # keyboard focus, and the focus events a screen reader follows, exist
        subprocess.run(['sh', '-c', 'for w in $(xdotool search --pid %d); do xdotool windowfocus "$w"; done'
                        % proc.pid], check=False, timeout=20, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        view = wait_for('the View menu', PAGE_SECONDS, lambda: find(
            frame, lambda o: o.getRole() in (pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM) and o.name == 'View'))
        menu_items = wait_for('the View menu items', PAGE_SECONDS, lambda: [
            i for m in children(view) for i in (children(m) if m.getRole() != pyatspi.ROLE_MENU_ITEM else [m])
            if i.getRole() in (pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM) and i.name])
        pages = [i for i in menu_items if i.getRole() == pyatspi.ROLE_MENU_ITEM][:12]
        if len(pages) != 12:
            problems.append('the View menu has %d page items, not 12' % len(pages))
        sidebar = find(frame, lambda o: o.getRole() == pyatspi.ROLE_LIST and o.name == 'Pages')
        for item in pages:
            page = item.name
            action = item.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
            if 'Press' not in names:
                problems.append('%s: the menu item has no Press action (%s)' % (page, names))
                continue
            action.doAction(names.index('Press'))
            if sidebar is not None:
                def selected():
                    for row in children(sidebar):
                        s = states(row)
                        if s is not None and s.contains(pyatspi.STATE_SELECTED) and page in (row.name or ''):
                            return True
                    return False
                wait_for('the page ' + page, PAGE_SECONDS, selected)
            time.sleep(1.0)  # the page fills itself
            if os.environ.get('ATSPI_DUMP'):
                dump(frame)
            found = []
            focusable_problems(frame, page, found)
            if page == 'Planner':
                check_planner(frame, found)
            log('%s: %s' % (page, 'ok' if not found else '%d problem(s)' % len(found)))
            problems.extend(found)
    except TimeoutError as e:
        problems.append(str(e))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for p in problems:
        log('FAIL', p)
    log('passed' if not problems else '%d problem(s)' % len(problems))
    return 0 if not problems else 1


if __name__ == '__main__':
    sys.exit(main())
