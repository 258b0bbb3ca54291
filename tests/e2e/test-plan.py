# SPDX-License-Identifier: GPL-3.0-or-later
"""The Aspirational Development Plan, driven as a person would through the
accessibility tree: add a person, create a plan, add two actions, set one
Done, place the current position on the framework, mark the plan as agreed,
quit, start again and find all of it, with the plan agreed and frozen."""
import glob
import json
import re
import sys

import sfg_e2e
from sfg_e2e import App, E2EError, wait_for

PERSON = 'Sam Jones'
MANAGER = 'Priya Shah'
ACTION_1 = 'Mentor two junior analysts'
ACTION_2 = 'Shadow the chief nurse at a board meeting'

# What a screen reader says for the actions list's add button, by GTK version.
ADD_ACTION = ('Add an action', 'Add Action')


def show_plan_view(app):
    app.click(app.find('page tab', 'Plan'))
    wait_for(lambda: 'selected' in app.states(app.find('page tab', 'Plan')),
             'the plan view to be shown', 5)


def dialog(app, title):
    return wait_for(lambda: [w for w in app.windows() if w.name == title],
                    'the “%s” dialog' % title, 10)[0]


def button(app, label, root=None):
    """A button by its label, or by any of a tuple of labels.  GTK 4.8 names a
    mnemonic button “_Label Label”; GTK 4.18 names a button with an
    AdwButtonContent after the label it shows (“New Plan”, “Add Action”) rather
    than its accessible label (“New plan”, “Add an action”)."""
    labels = label if isinstance(label, tuple) else (label,)
    pattern = re.compile('|'.join('^{0}( |$)|[ _]{0}$'.format(re.escape(text)) for text in labels),
                         re.IGNORECASE)
    return app.find('push button', pattern, root=root)


def press(app, label, root=None):
    found = button(app, label, root)
    wait_for(lambda: 'sensitive' in app.states(found), '“%s” usable' % (label,), 10)
    app.click(found)


def fill_in(app, acc, text):
    app.insert_text(acc, text)
    wait_for(lambda: app.text_of(acc) == text, 'the text “%s”' % text, 10)


def add_person(app):
    press(app, 'Add person')
    window = dialog(app, 'Add Person')
    fill_in(app, app.find('text', 'Name', root=window), PERSON)
    fill_in(app, app.find('text', 'Line manager', root=window), MANAGER)
    press(app, 'Add', root=window)
    wait_for(lambda: not [w for w in app.windows() if w.name == 'Add Person'],
             'the dialog to close', 10)
    app.activate()


def status_of(app, number):
    return app.find('combo box', 'Status of action %d' % number)


def choose_status(app, number, index):
    """Set an action's status with the keyboard, as a person would: from its
    description, Tab to the status (owner and target date come first), open
    it and pick the item at @index. (A drop-down scrolled out of sight cannot
    be opened through the accessibility tree without GTK 4.8 misplacing it.)"""
    description = app.find('text', 'Description of action %d' % number)
    wait_for(lambda: 'focused' in app.states(description),
             'the keyboard in the description of action %d' % number, 10)
    status = app.find('combo box', 'Status of action %d' % number)
    for _ in range(3):
        app.key('Tab')
    wait_for(lambda: 'focused' in app.states(status.getChildAtIndex(0)),
             'the keyboard on the status of action %d' % number, 10)
    app.key('space')
    wait_for(lambda: app.find_all('list item', root=status), 'the list of statuses', 10)
    app.key('Home')
    for _ in range(index):
        app.key('Down')
    app.key('Return')


def plan_files():
    return glob.glob(sfg_e2e.data_path('plans', '*.json'))


def place_current_position(app):
    """The framework view places the plan on the grid (the editor shows it)."""
    press(app, 'Place on the Framework…')
    wait_for(lambda: 'selected' in app.states(app.find('page tab', 'Framework')),
             'the framework view to be shown', 10)
    cell = app.find(sfg_e2e.TOGGLE_BUTTON, re.compile(r'^Core contributor, Depth, impact 2 of 3'))
    app.click(cell)
    wait_for(lambda: 'pressed' in app.states(cell) or 'checked' in app.states(cell),
             'the cell selected', 10)
    press(app, 'Mark as the current position')
    wait_for(lambda: re.search(', current position$', cell.name), 'the current position marked', 10)
    show_plan_view(app)


def test_plan_agreed_survives_a_restart():
    app = App()
    show_plan_view(app)
    add_person(app)
    press(app, 'New plan')
    app.find('label', 'Plan for %s' % PERSON)

    press(app, ADD_ACTION)
    fill_in(app, app.find('text', 'Description of action 1'), ACTION_1)
    press(app, ADD_ACTION)
    fill_in(app, app.find('text', 'Description of action 2'), ACTION_2)
    choose_status(app, 2, 2)   # Not started, In progress, Done
    wait_for(lambda: re.search('Done: 1', ' '.join(l.name for l in app.find_all('label'))),
             'the summary counting one action done', 10)

    # Agreement names what is missing: here, where the person is now.
    press(app, 'Mark as Agreed…')
    window = dialog(app, 'Mark Plan as Agreed?')
    app.find('label', re.compile('^It still needs a current position\\.'), root=window)
    if 'sensitive' in app.states(button(app, 'Mark as Agreed', root=window)):
        raise E2EError('an incomplete plan can be agreed')
    press(app, 'Cancel', root=window)

    place_current_position(app)
    press(app, 'Mark as Agreed…')
    window = dialog(app, 'Mark Plan as Agreed?')
    individual = app.find('text', 'Individual’s name', root=window)
    if app.text_of(individual) != PERSON:
        raise E2EError('the individual’s name is %r' % app.text_of(individual))
    press(app, 'Mark as Agreed', root=window)
    app.find('label', 'Agreed')
    wait_for(lambda: not [w for w in app.windows() if w.name == 'Mark Plan as Agreed?'],
             'the dialog to close', 10)
    app.activate()
    wait_for(lambda: 'sensitive' not in app.states(app.find('text', 'Description of action 1')),
             'the description frozen', 10)
    if 'sensitive' not in app.states(status_of(app, 1)):
        raise E2EError('the status of an agreed plan’s action cannot be changed')
    app.quit()

    files = plan_files()
    if len(files) != 1:
        raise E2EError('expected one plan file, found %r' % files)
    with open(files[0], encoding='utf-8') as f:
        saved = json.load(f)
    actions = saved.get('actions', [])
    if saved.get('status') != 'agreed' or saved.get('current-position') != 'depth-2' \
            or [a.get('description') for a in actions] != [ACTION_1, ACTION_2] \
            or [a.get('status') for a in actions] != ['not-started', 'done'] \
            or (saved.get('sign-off') or {}).get('manager-name') != MANAGER:
        raise E2EError('the file holds %r' % saved)

    # Started again, the plan is open where it was left, agreed and frozen.
    app = app.restart()
    show_plan_view(app)
    app.find('label', 'Plan for %s' % PERSON)
    app.find('label', 'Agreed')
    for number, text in ((1, ACTION_1), (2, ACTION_2)):
        area = app.find('text', 'Description of action %d' % number)
        wait_for(lambda: app.text_of(area) == text, 'action %d after restart' % number, 10)
        if 'sensitive' in app.states(area):
            raise E2EError('action %d can be edited in an agreed plan' % number)
    wait_for(lambda: re.search('Done: 1', ' '.join(l.name for l in app.find_all('label'))),
             'one action done after restart', 10)
    app.quit()


if __name__ == '__main__':
    sys.exit(sfg_e2e.run_tests([
        test_plan_agreed_survives_a_restart,
    ]))
