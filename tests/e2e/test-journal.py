# SPDX-License-Identifier: GPL-3.0-or-later
"""The journal, driven as a person would through the accessibility tree:
answers typed into two sections survive quitting and starting again, in a
private file."""
import glob
import json
import os
import re
import stat
import sys

import sfg_e2e
from sfg_e2e import App, E2EError, wait_for
from dogtail import rawinput

WELLBEING_2 = 'What do I find most rewarding and energising?'
CURRENT_ROLE_3 = 'What is my current level of fulfilment and what three things would increase it?'
ANSWER_1 = 'Seeing patients go home well'
ANSWER_2 = 'About six out of ten: more coaching'


def show_journal(app):
    app.click(app.find('page tab', 'Journal'))
    wait_for(lambda: 'selected' in app.states(app.find('page tab', 'Journal')),
             'the journal to be shown', 5)


def go_to_section(app, title, downs):
    """Click the section in the section list (which puts the keyboard in its
    first answer), then Alt+Down to the question wanted."""
    row = app.find('list item', re.compile('^' + re.escape(title) + ', '))
    app.mouse_click(row)
    for _ in range(downs):
        app.key('<Alt>Down')


def answer_area(app, question):
    return app.find('text', question)


def type_answer(app, question, section, downs, text):
    area = answer_area(app, question)
    go_to_section(app, section, downs)
    wait_for(lambda: 'focused' in app.states(area), 'the keyboard in “%s”' % question, 5)
    rawinput.typeText(text)
    wait_for(lambda: app.text_of(area) == text, 'the typed answer in “%s”' % question, 10)


def journal_files():
    return glob.glob(sfg_e2e.data_path('journals', '*.json'))


def test_answers_survive_a_restart():
    app = App()
    show_journal(app)
    if journal_files():
        raise E2EError('a journal file was written before anything was typed')

    type_answer(app, WELLBEING_2, 'Health and well-being', 1, ANSWER_1)
    type_answer(app, CURRENT_ROLE_3, 'Current role', 2, ANSWER_2)
    # The section list counts them.
    wait_for(lambda: [r for r in app.find_all('list item')
                      if r.name == 'Current role, 1 of 7 answered'], 'Current role counted', 5)
    app.quit()

    files = journal_files()
    if len(files) != 1:
        raise E2EError('expected one journal file, found %r' % files)
    mode = stat.S_IMODE(os.stat(files[0]).st_mode)
    if mode != 0o600:
        raise E2EError('the journal file is %o, not 600' % mode)
    with open(files[0], encoding='utf-8') as f:
        saved = json.load(f)
    answers = saved.get('answers', {})
    if answers.get('wellbeing.2') != ANSWER_1 or answers.get('current-role.3') != ANSWER_2:
        raise E2EError('the file holds %r' % answers)

    app = app.restart()
    show_journal(app)
    for question, text in ((WELLBEING_2, ANSWER_1), (CURRENT_ROLE_3, ANSWER_2)):
        area = answer_area(app, question)
        wait_for(lambda: app.text_of(area) == text, 'the answer to “%s” after restart' % question, 10)
    app.quit()


def test_privacy_is_explained():
    app = App()
    show_journal(app)
    app.find('label', 'Private — only on this computer')
    app.find('label', re.compile('never included in a plan, an export or a plan printout'))
    app.quit()


if __name__ == '__main__':
    sys.exit(sfg_e2e.run_tests([
        test_answers_survive_a_restart,
        test_privacy_is_explained,
    ]))
