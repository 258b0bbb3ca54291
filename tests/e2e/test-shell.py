# SPDX-License-Identifier: GPL-3.0-or-later
"""The application shell, driven as a person would through the accessibility tree."""
import re
import sys
import time

import sfg_e2e
from sfg_e2e import App, E2EError, wait_for

VIEWS = ('Journal', 'Framework', 'Plan')


def selected(app, acc):
    return 'selected' in app.states(acc)


def test_view_tabs_select_views():
    app = App()
    tabs = {title: app.find('page tab', title) for title in VIEWS}
    for title in ('Plan', 'Framework', 'Journal'):
        app.click(tabs[title])
        wait_for(lambda: selected(app, tabs[title]), title + ' tab selected', 5)
        for other in VIEWS:
            if other != title and selected(app, tabs[other]):
                raise E2EError(other + ' is still selected')
    app.quit()


def test_ctrl_number_switches_views():
    app = App()
    tabs = {title: app.find('page tab', title) for title in VIEWS}
    app.mouse_click(app.window)
    for number, title in ((3, 'Plan'), (2, 'Framework'), (1, 'Journal')):
        app.key('<Control>%d' % number)
        wait_for(lambda: selected(app, tabs[title]), title + ' selected by Ctrl+%d' % number, 5)
    app.quit()


def test_shortcuts_and_about_windows():
    app = App()
    # A push button on GTK 4.8, a toggle button on newer GTK.
    menu = app.find(re.compile('^(push|toggle) button$'), 'Main Menu')
    app.click(menu)
    item = app.find_in_app(None, 'Keyboard Shortcuts')
    app.click(item)
    shortcuts = wait_for(lambda: [w for w in app.windows() if w.name == 'Keyboard Shortcuts'],
                         'the shortcuts window')[0]
    app.key('Escape')
    wait_for(lambda: not [w for w in app.windows() if w.name == 'Keyboard Shortcuts'
                          and 'showing' in app.states(w)], 'the shortcuts window to close')
    del shortcuts

    app.click(menu)
    item = app.find_in_app(None, 'About Scope for Growth')
    app.click(item)
    wait_for(lambda: [w for w in app.windows() if w.name == 'About Scope for Growth'
                      and 'showing' in app.states(w)], 'the About window')
    app.key('Escape')
    wait_for(lambda: not [w for w in app.windows() if w.name == 'About Scope for Growth'
                          and 'showing' in app.states(w)], 'the About window to close')
    app.quit()


def test_second_launch_presents_first_window():
    app = App()
    import subprocess
    second = subprocess.run([sfg_e2e.BINARY], capture_output=True, text=True, timeout=20)
    if second.returncode != 0:
        raise E2EError('the second launch failed: ' + second.stderr)
    time.sleep(0.5)
    frames = [w for w in app.windows() if w.name == 'Scope for Growth']
    if len(frames) != 1:
        raise E2EError('expected one main window, found %d' % len(frames))
    app.quit()


def test_help_without_viewer_says_so():
    import re
    import shutil
    if shutil.which('yelp'):
        raise sfg_e2e.Skip('a help viewer (yelp) is installed, so F1 opens it')
    app = App()
    app.mouse_click(app.window)
    app.key('F1')
    app.find('label', re.compile('no help viewer is installed'))
    app.quit()


sys.exit(sfg_e2e.run_tests([
    test_help_without_viewer_says_so,
    test_view_tabs_select_views,
    test_ctrl_number_switches_views,
    test_shortcuts_and_about_windows,
    test_second_launch_presents_first_window,
]))
