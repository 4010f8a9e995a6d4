"""The app's message boxes show user text as typed: real boxes, answered by a click or a key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from fake_time import FakeClock
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator.record.meetings import load_meeting
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.vocabulary import MeetingStatus

Button = QMessageBox.StandardButton
TAGGED = "Q4 <b>x</b> <img src=x>"


@dataclass
class Seen:
    """What the box showed while it was open."""

    title: str = ""
    text: str = ""
    text_format: Qt.TextFormat | None = None
    icon: QMessageBox.Icon | None = None
    buttons: Button | None = None
    default: Button | None = None


def answer_when_shown(qtbot, press: Callable[[QMessageBox], None]) -> Seen:
    """Once the box is up (inside its exec()), note what it shows and answer it with `press`."""
    seen = Seen()

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.title, seen.text = box.windowTitle(), box.text()
        seen.text_format, seen.icon = box.textFormat(), box.icon()
        seen.buttons = box.standardButtons()
        default = box.defaultButton()
        seen.default = box.standardButton(default) if default is not None else None
        press(box)

    QTimer.singleShot(0, answer)
    return seen


def click(button: Button) -> Callable[[QMessageBox], None]:
    return lambda box: box.button(button).click()


@pytest.fixture
def parent(show) -> QWidget:
    return show(QWidget(), active=True)


def test_a_question_shows_tags_as_typed_and_answers_the_clicked_button(
    qtbot, parent: QWidget
) -> None:
    seen = answer_when_shown(qtbot, click(Button.Discard))

    answer = messages.ask(
        parent,
        f"Unsaved changes to {TAGGED}",
        f"Save your changes to “{TAGGED}”?",
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
    )

    assert answer == Button.Discard
    assert seen.text_format == Qt.TextFormat.PlainText
    assert seen.text == f"Save your changes to “{TAGGED}”?"
    assert seen.title == f"Unsaved changes to {TAGGED}"
    assert seen.icon == QMessageBox.Icon.Question
    assert seen.buttons == Button.Save | Button.Discard | Button.Cancel
    assert seen.default == Button.Save


def test_enter_takes_the_default_and_escape_the_safe_answer(qtbot, parent: QWidget) -> None:
    buttons = Button.Yes | Button.No

    answer_when_shown(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert messages.ask(parent, "End meeting", "End it now?", buttons, Button.No) == Button.No

    answer_when_shown(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert messages.ask(parent, "Resume meeting", "Carry on?", buttons, Button.Yes) == Button.Yes

    answer_when_shown(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert messages.ask(parent, "Resume meeting", "Carry on?", buttons, Button.Yes) == Button.No


@pytest.mark.parametrize("default_yes", [True, False])
def test_a_yes_or_no_question_is_yes_on_enter_only_where_yes_is_the_default(
    qtbot, parent: QWidget, default_yes: bool
) -> None:
    seen = answer_when_shown(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    said_yes = messages.confirm(
        parent, "Rebalance", "Shorten the items ahead?", default_yes=default_yes
    )
    assert said_yes is default_yes
    assert seen.buttons == Button.Yes | Button.No
    assert seen.default == (Button.Yes if default_yes else Button.No)

    answer_when_shown(qtbot, click(Button.Yes))
    assert messages.confirm(parent, "End meeting", "End it now?", default_yes=False) is True
    answer_when_shown(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert messages.confirm(parent, "Resume meeting", "Carry on?", default_yes=True) is False


@pytest.mark.parametrize(
    ("show_box", "icon"),
    [
        (messages.warn, QMessageBox.Icon.Warning),
        (messages.refuse, QMessageBox.Icon.Critical),
        (messages.inform, QMessageBox.Icon.Information),
    ],
)
def test_notices_show_tags_as_typed_with_their_icon_and_one_ok(
    qtbot, parent: QWidget, show_box: Callable[[QWidget, str, str], None], icon: QMessageBox.Icon
) -> None:
    error = f"The file “/tmp/{TAGGED}.pdf” could not be written."
    seen = answer_when_shown(qtbot, click(Button.Ok))

    show_box(parent, TAGGED, error)

    assert seen.text == error
    assert seen.title == TAGGED
    assert seen.text_format == Qt.TextFormat.PlainText
    assert seen.icon == icon
    assert seen.buttons == Button.Ok


def test_markup_only_where_the_app_asks_for_it(qtbot, parent: QWidget) -> None:
    seen = answer_when_shown(qtbot, click(Button.Ok))

    messages.inform_markup(parent, "Keyboard shortcuts", "<table><tr><td>Ctrl+N</td></tr></table>")

    assert seen.text_format == Qt.TextFormat.RichText


def test_a_closed_box_is_not_left_behind_on_its_parent(qtbot, parent: QWidget) -> None:
    answer_when_shown(qtbot, click(Button.Ok))
    messages.warn(parent, "Minutes not written", "That meeting no longer exists.")

    qtbot.waitUntil(lambda: parent.findChildren(QMessageBox) == [])


def test_the_console_asks_to_end_a_meeting_titled_with_tags_as_typed(
    qtbot,
    db: Database,
    open_console,
    new_weekly_meeting: Callable[..., int],
    fake_clock: FakeClock,
) -> None:
    title = "Q4 <b>review</b> & <i>plan</i>"
    meeting_id = new_weekly_meeting(title=title)
    console = open_console(meeting_id)
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    fake_clock.now += 30
    seen = answer_when_shown(qtbot, click(Button.Yes))

    qtbot.keyClick(console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert seen.title == "End meeting"
    assert seen.text.startswith(f"End “{title}” now?")
    assert seen.text_format == Qt.TextFormat.PlainText
    assert seen.default == Button.No
    assert load_meeting(db, meeting_id).status == MeetingStatus.ENDED
