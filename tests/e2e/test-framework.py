# SPDX-License-Identifier: GPL-3.0-or-later
"""The framework grid, driven as a person would through the accessibility tree:
with a plan prepared on disk (FORMAT.md) and chosen as the current plan, select
cells by their accessible names, mark Now and In two years, add an initiative,
restart, and find all three again."""
import json
import os
import re

import sfg_e2e
from sfg_e2e import App, E2EError, wait_for

PERSON_ID = '6b1f0f5e-2d4c-4b8e-9a57-0c3d2e1f4a6b'
PLAN_ID = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4'
EARLIER_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'
SETTINGS_GROUP = 'io/github/scopeforgrowth/ScopeForGrowth'


def content_positions():
    """(title, category title, impact) of the nine positions, from tests/data/content.md."""
    path = os.path.join(os.environ.get('SFG_SOURCE_DIR', '.'), 'tests', 'data', 'content.md')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    columns = dict(re.findall(r'^\| `(depth|breadth|stretch)` \| ([^|]+?) \|', text, re.M))
    positions = []
    for title, category, impact in re.findall(r'^\*\*(.+?)\*\* \((depth|breadth|stretch), (\d)\)$',
                                              text, re.M):
        positions.append((title, columns[category], int(impact)))
    if len(positions) != 9:
        raise E2EError('content.md lists %d positions' % len(positions))
    return positions


def write_json(path, value):
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(value, f, indent=2)
    os.chmod(path, 0o600)


def plan(plan_id, date, current, created):
    return {
        'version': 1, 'id': plan_id, 'person-id': PERSON_ID,
        'header': {'name': 'Sam Jones', 'role': 'Senior analyst', 'team': 'Workforce intelligence',
                   'line-manager': 'Priya Shah'},
        'date': date, 'current-position': current, 'aspiration': None,
        'status': 'draft', 'objectives': [], 'actions': [], 'revision': 1,
        'created': created, 'modified': created,
    }


def prepare_plan():
    """A person, an earlier plan and the plan to fill in, written as the
    application writes them, and the current plan remembered in GSettings."""
    write_json(sfg_e2e.data_path('people.json'), {'version': 1, 'people': [
        {'id': PERSON_ID, 'name': 'Sam Jones', 'role': 'Senior analyst',
         'team': 'Workforce intelligence', 'line-manager': 'Priya Shah'}]})
    write_json(sfg_e2e.data_path('plans', EARLIER_ID + '.json'),
               plan(EARLIER_ID, '2024-03-20', 'depth-1', '2024-03-20T10:00:00Z'))
    write_json(sfg_e2e.data_path('plans', PLAN_ID + '.json'),
               plan(PLAN_ID, '2025-03-30', None, '2025-03-30T10:00:00Z'))
    settings = os.path.join(os.environ['XDG_CONFIG_HOME'], 'glib-2.0', 'settings', 'keyfile')
    os.makedirs(os.path.dirname(settings), exist_ok=True)
    with open(settings, 'w', encoding='utf-8') as f:
        f.write("[%s]\ncurrent-plan='%s'\nlast-view='framework'\n" % (SETTINGS_GROUP, PLAN_ID))


def cell_name(title, category, impact):
    return '%s, %s, impact %d of 3' % (title, category, impact)


def find_cell(app, title, category, impact):
    """A cell by its accessible name, whatever states follow it."""
    return app.find(sfg_e2e.TOGGLE_BUTTON,
                    re.compile('^' + re.escape(cell_name(title, category, impact))))


def name_of(app, acc):
    try:
        return acc.name
    except Exception:  # noqa: BLE001 - the tree changes under us
        return ''


def wait_name(app, acc, pattern, what):
    return wait_for(lambda: re.search(pattern, name_of(app, acc)), what, 10)


def select(app, cell):
    app.click(cell)
    wait_for(lambda: 'pressed' in app.states(cell) or 'checked' in app.states(cell),
             'the cell selected', 10)


def press(app, name):
    """A button, once it can be used (the selection it depends on may still be on its way)."""
    button = app.find('push button', name)
    wait_for(lambda: 'sensitive' in app.states(button), '“%s” usable' % name, 10)
    app.click(button)


def read_plan():
    with open(sfg_e2e.data_path('plans', PLAN_ID + '.json'), encoding='utf-8') as f:
        return json.load(f)


def test_every_cell_is_a_named_button():
    prepare_plan()
    app = App()
    for title, category, impact in content_positions():
        cell = find_cell(app, title, category, impact)
        if not sfg_e2e.TOGGLE_BUTTON.search(cell.getRoleName()):
            raise E2EError('%s is a %s' % (title, cell.getRoleName()))
    # The earlier plan's position is part of its cell's name, with its date.
    developing = find_cell(app, 'Developing specialist', 'Depth', 1)
    wait_name(app, developing, r'position in the plan of 20 March 2024$',
              'the earlier plan in “Developing specialist”')
    app.find('label', re.compile('^Placing: Sam Jones — 30.March.2025$'))
    app.quit()


def test_mark_add_restart():
    prepare_plan()
    app = App()

    core = find_cell(app, 'Core contributor', 'Depth', 2)
    select(app, core)
    press(app, 'Mark as the current position')
    wait_name(app, core, r'^Core contributor, Depth, impact 2 of 3, current position$',
              'Core contributor named the current position')

    emerging = find_cell(app, 'Emerging influencer', 'Stretch/Complexity', 2)
    select(app, emerging)
    press(app, 'Mark as the aspiration in two years')
    wait_name(app, emerging, r', aspiration in two years$', 'Emerging influencer named the aspiration')

    press(app, 'Add to plan: Acting up opportunities')
    wait_for(lambda: app.find_all('push button', 'Added to the plan: Acting up opportunities'),
             'the initiative shown as added', 10)

    app.quit()

    saved = read_plan()
    if saved.get('current-position') != 'depth-2' or saved.get('aspiration') != 'stretch-2':
        raise E2EError('positions on disk: %r, %r'
                       % (saved.get('current-position'), saved.get('aspiration')))
    actions = [a for a in saved.get('actions', []) if a.get('initiative-id') == 'stretch-2.3']
    if len(actions) != 1 or actions[0].get('initiative-text') != 'Acting up opportunities':
        raise E2EError('actions on disk: %r' % saved.get('actions'))

    app = app.restart()
    core = find_cell(app, 'Core contributor', 'Depth', 2)
    wait_name(app, core, r', current position$', 'Core contributor still the current position')
    emerging = find_cell(app, 'Emerging influencer', 'Stretch/Complexity', 2)
    wait_name(app, emerging, r', aspiration in two years$', 'the aspiration still marked')
    select(app, emerging)
    added = app.find('push button', 'Added to the plan: Acting up opportunities')
    if 'sensitive' in app.states(added):
        raise E2EError('an added initiative can be added again')
    app.quit()


def test_keys_consolidate():
    prepare_plan()
    app = App()
    core = find_cell(app, 'Core contributor', 'Depth', 2)
    app.mouse_click(core)
    wait_for(lambda: 'focused' in app.states(core), 'the keyboard on Core contributor', 10)
    app.key('n')
    wait_name(app, core, r', current position$', 'N marks Now')
    app.key('c')
    wait_name(app, core, r', current position, staying to consolidate in two years$',
              'C marks staying to consolidate')
    app.key('Right')
    breadth = find_cell(app, 'All-rounder', 'Breadth', 2)
    wait_for(lambda: 'focused' in app.states(breadth), 'Right moves to All-rounder', 10)
    app.key('Up')
    versatile = find_cell(app, 'Versatile contributor', 'Breadth', 3)
    wait_for(lambda: 'focused' in app.states(versatile), 'Up moves to Versatile contributor', 10)
    app.quit()
    if read_plan().get('aspiration') != 'consolidate':
        raise E2EError('“consolidate” was not saved')


if __name__ == '__main__':
    raise SystemExit(sfg_e2e.run_tests([
        test_every_cell_is_a_named_button,
        test_mark_add_restart,
        test_keys_consolidate,
    ]))
