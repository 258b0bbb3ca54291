# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the real scope-for-growth binary through the accessibility tree.

Run by /usr/bin/python3 under tests/headless-run (own Xvfb, session bus with
the accessibility bus, isolated XDG folders). A test file defines functions
that take no arguments and calls run_tests([...]), which prints TAP.

    app = App()                      # starts $SFG_BINARY, waits for its window
    tab = app.find('page tab', 'Plan')
    app.click(tab)
    entry = app.find('text', 'Your name')
    app.type_into(entry, 'Ada')
    app.key('<Control>q'); app.wait_exit()   # or app.quit()
    app = app.restart()
"""
import os
import re
import subprocess
import sys
import threading
import time
import traceback

try:
    import pyatspi
    from dogtail import config as dogtail_config
    dogtail_config.checkForA11y = False
    dogtail_config.logDebugToStdOut = False
    dogtail_config.logDebugToFile = False
    from dogtail import rawinput
    HAVE_ATSPI = True
except Exception as e:  # noqa: BLE001 - any import problem means "cannot run"
    HAVE_ATSPI = False
    IMPORT_ERROR = str(e)

BINARY = os.environ.get('SFG_BINARY', 'scope-for-growth')
DATA_DIR = os.path.join(os.environ.get('XDG_DATA_HOME', ''), 'scope-for-growth')
TIMEOUT = float(os.environ.get('SFG_E2E_TIMEOUT', '20'))
BAD_STDERR = re.compile(r'(WARNING|CRITICAL|ERROR)\b|Gtk-|Adwaita-|GLib-GObject')
# at-spi2-core 2.52 renamed the role "push button" to "button"; asking for either
# by name finds both (a pattern is matched as it is).  A GtkToggleButton is a push
# button on GTK 4.8 and a toggle button from GTK 4.10: find those with TOGGLE_BUTTON.
ROLE_ALIASES = {'button': 'push button'}
TOGGLE_BUTTON = re.compile(r'^(push |toggle )?button$')


class E2EError(AssertionError):
    pass


class Skip(Exception):
    """Raise with the reason to report a test as skipped."""


def wait_for(predicate, what, timeout=TIMEOUT):
    """Poll predicate() until it returns something truthy; return that."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except Exception:  # noqa: BLE001 - the tree changes under us
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise E2EError('timed out waiting for ' + what)
        time.sleep(0.1)


def role_of(acc):
    role = acc.getRoleName()
    return ROLE_ALIASES.get(role, role)


def name_of(acc):
    """The accessible name.  GTK 4.18 leaves a menu item's name empty and only
    points at its label (labelled-by), whose text is the name a person hears."""
    name = acc.name or ''
    if name or acc.getRoleName() != 'menu item':
        return name
    for relation in acc.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            texts = [relation.getTarget(i).queryText() for i in range(relation.getNTargets())]
            return ' '.join(t.getText(0, t.characterCount) for t in texts)
    return ''


def describe(acc):
    try:
        return '%s “%s”' % (acc.getRoleName(), acc.name)
    except Exception:  # noqa: BLE001
        return '<gone>'


class App:
    running = []  # killed by run_tests() after each test, whatever happened

    def __init__(self, args=(), env=None):
        App.running.append(self)
        self.args = list(args)
        self.env = env
        self.stderr_lines = []
        run_env = dict(os.environ)
        run_env.pop('NO_AT_BRIDGE', None)
        run_env.pop('GTK_A11Y', None)
        if env:
            run_env.update(env)
        self.run_env = run_env
        self.proc = subprocess.Popen([BINARY] + self.args, env=run_env,
                                     stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
        self._reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._reader.start()
        self.app = wait_for(self._find_app, 'the application on the accessibility bus')
        self.window = wait_for(self._find_window, 'the main window')

    def _read_stderr(self):
        for line in self.proc.stderr:
            self.stderr_lines.append(line)
            sys.stderr.write('app: ' + line)

    def _find_app(self):
        if self.proc.poll() is not None:
            raise E2EError('the application exited with %d' % self.proc.returncode)
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is None:
                continue
            try:
                if app.get_process_id() == self.proc.pid:
                    return app
            except Exception:  # noqa: BLE001
                continue
        return None

    def _find_window(self):
        for child in self.app:
            if child is not None and child.getRoleName() in ('frame', 'window') \
                    and child.name == 'Scope for Growth':
                return child
        return None

    # ---- finding ----
    def find_all(self, role=None, name=None, root=None, showing=True):
        """Every descendant with this role and name (name may be a compiled regex)."""
        root = root or self.window

        def matches(acc):
            if acc is None:
                return False
            if role is not None:
                if hasattr(role, 'search'):
                    if not role.search(acc.getRoleName()):
                        return False
                elif role_of(acc) != ROLE_ALIASES.get(role, role):
                    return False
            if name is not None:
                if hasattr(name, 'search'):
                    if not name.search(name_of(acc)):
                        return False
                elif name_of(acc) != name:
                    return False
            # GTK 4.8 sets "showing" only on windows: "visible" is what it has
            # (and hidden stack pages still say visible).
            if showing and not acc.getState().contains(pyatspi.STATE_VISIBLE):
                return False
            return True
        return pyatspi.utils.findAllDescendants(root, matches)

    def find(self, role=None, name=None, root=None, showing=True, timeout=TIMEOUT):
        """The first matching descendant, waiting for it to appear."""
        return wait_for(lambda: (self.find_all(role, name, root, showing) or [None])[0],
                        '%s “%s”' % (role, name), timeout)

    def find_in_app(self, role=None, name=None, timeout=TIMEOUT):
        """Like find(), across all the app's windows (dialogs, shortcuts, about)."""
        def look():
            for window in self.app:
                if window is None:
                    continue
                found = self.find_all(role, name, root=window, showing=True)
                if found:
                    return found[0]
            return None
        return wait_for(look, '%s “%s” in any window' % (role, name), timeout)

    def windows(self):
        return [w for w in self.app if w is not None]

    # ---- acting ----
    def click(self, acc):
        """Activate a control the way a screen-reader user would (its first action)."""
        action = acc.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ('click', 'press', 'activate', 'toggle'):
                action.doAction(i)
                return
        if action.nActions > 0:
            action.doAction(0)
            return
        self.mouse_click(acc)

    def mouse_click(self, acc):
        comp = acc.queryComponent()
        # Desktop coordinates make GTK 4 warn; under Xvfb with no window manager
        # the main window sits at the origin, so window coordinates are screen ones.
        x, y, w, h = comp.getExtents(pyatspi.WINDOW_COORDS)
        pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, 'b1c')
        time.sleep(0.2)

    def focus(self, acc):
        """Component.grabFocus fails on GTK 4.8: focus by clicking the centre."""
        self.mouse_click(acc)
        wait_for(lambda: acc.getState().contains(pyatspi.STATE_FOCUSED),
                 'focus on ' + describe(acc), 5)

    def type_into(self, acc, text):
        """Type text into a text field as keystrokes."""
        self.focus(acc)
        rawinput.typeText(text)
        time.sleep(0.2)

    def insert_text(self, acc, text):
        """Insert text through the EditableText interface (fast, for long text)."""
        editable = acc.queryEditableText()
        editable.insertText(acc.queryText().characterCount, text, len(text))

    @staticmethod
    def text_of(acc):
        t = acc.queryText()
        return t.getText(0, t.characterCount)

    @staticmethod
    def key(combo):
        """A key or combination: 'Return', '<Control>q', '<Control>2'."""
        if combo.startswith('<'):
            rawinput.keyCombo(combo)
        else:
            rawinput.pressKey(combo)
        time.sleep(0.2)

    @staticmethod
    def states(acc):
        return {pyatspi.stateToString(s) for s in acc.getState().getStates()}

    def activate(self):
        """Give the main window the keyboard back after a dialog closed, as a window
        manager would.  Xvfb runs none, and GTK 4.18 then leaves no window active
        (GTK 4.8 gave the keyboard back to the parent): a second launch has the
        running instance present its window."""
        subprocess.run([BINARY] + self.args, env=self.run_env, capture_output=True, timeout=20)
        wait_for(lambda: 'active' in self.states(self.window), 'the main window active', 10)

    # ---- ending ----
    def wait_exit(self, timeout=TIMEOUT):
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise E2EError('the application did not quit')
        self._reader.join(5)
        return self.proc.returncode

    def quit(self):
        """Ctrl+Q; assert a clean exit and that stderr held no warnings."""
        self.key('<Control>q')
        rc = self.wait_exit()
        if rc != 0:
            raise E2EError('the application exited with %d' % rc)
        self.assert_clean_stderr()

    def assert_clean_stderr(self):
        bad = [line for line in self.stderr_lines if BAD_STDERR.search(line)]
        if bad:
            raise E2EError('stderr holds warnings:\n' + ''.join(bad))

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def restart(self):
        """Start the application again (after quit())."""
        return App(self.args, self.env)


def data_path(*parts):
    return os.path.join(DATA_DIR, *parts)


def run_tests(tests):
    """Run test functions, printing TAP. Exits non-zero on failure."""
    if not HAVE_ATSPI:
        print('1..0 # SKIP pyatspi or dogtail is not installed (%s)' % IMPORT_ERROR)
        return 0
    print('1..%d' % len(tests))
    failed = 0
    for number, test in enumerate(tests, 1):
        name = test.__name__
        try:
            test()
        except Skip as skip:
            print('ok %d - %s # SKIP %s' % (number, name, skip))
        except Exception:  # noqa: BLE001 - report every failure as TAP
            failed += 1
            print('not ok %d - %s' % (number, name))
            for line in traceback.format_exc().splitlines():
                print('# ' + line)
        else:
            print('ok %d - %s' % (number, name))
        finally:
            for app in App.running:
                app.kill()
            App.running.clear()
        sys.stdout.flush()
    return 1 if failed else 0
