"""The moderator's whole workflow with the keyboard alone (issue #21, point 4): no mouse event.

From the main window on the demo database: File ▸ New meeting (Ctrl+N) from a template, the
Marketing and Sales presenters chosen in the agenda, Save; Run (Ctrl+R), start the clock, a
note, a dispute, an action item, the next items, End; then, back in the main window, Export
minutes as a PDF and Send minutes to a local SMTP server, its mail settings typed on the way.
Every key goes where the keyboard focus is, as on a real keyboard, and focus moves only by Tab,
mnemonics and the app's keys; a filter on the application fails the test if a mouse button or
wheel event arrives at all. What each step stored is read back from the database.

Two things a window manager does are done here by `activate_like_a_window_manager`, since
offscreen and a bare Xvfb have none: making a newly shown window active, and making the window
underneath active again when the active one closes. A modal box that blocks (a question, the
file dialog) is answered by keys from a timer, the way the test's own keys cannot reach it.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from fake_keyring import MemoryKeyring
from fake_time import FakeClock, FakeWall
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator import timesource
from facilitator.formats.mail import KEYRING_SERVICE, MailSettings, load_settings
from facilitator.mailing.sent_log import sent_mails
from facilitator.record.action_items import action_items_made_at
from facilitator.record.attendance import attendee_emails
from facilitator.record.disputes import disputes_raised_at
from facilitator.record.meetings import load_meeting
from facilitator.record.notes import notes_of
from facilitator.record.people import list_people
from facilitator.storage.database import Database
from facilitator.ui.console.capture_dialogs import ActionItemDialog, DisputeDialog
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog
from facilitator.ui.mail.send_dialog import SendDialog
from facilitator.ui.main_window import MainWindow
from facilitator.ui.planning.agenda_model import Column
from facilitator.ui.planning.carry_over_dialog import CarryOverDialog
from facilitator.ui.planning.new_meeting_dialog import NewMeetingDialog
from facilitator.vocabulary import DisputeCategory, MailKind, MeetingStatus, NoteKind, Team

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from local_smtp import LoginCheck, MailRecorder, running_smtp  # noqa: E402

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
USER = "moderator@example.com"
PASSWORD = "keys-Only-9"
DECISION = "Webinar leads go to Sales within one working day"
WINDOW_MANAGER_MS = 200
"""How long a shown window may take to become active before the test does what a window
manager would."""


# --- the keyboard ----------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    """A key goes where the keyboard focus is, as on a real keyboard."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def activate_like_a_window_manager(qtbot: QtBot, window: QWidget) -> None:
    """Make `window` active when no window is, as a window manager does when a window opens
    or when the one above it closes; never moves the focus inside it."""
    for _ in range(WINDOW_MANAGER_MS // 10):
        if window.isActiveWindow():
            return
        qtbot.wait(10)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def wait_for_dialog(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    """A window-modal dialog opened by a key (it does not block): once it has the keys."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    activate_like_a_window_manager(qtbot, dialog)
    return dialog


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """The dialog above `window` has closed: the keys are in `window` again."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() in (None, window))
    activate_like_a_window_manager(qtbot, window)


class Answering:
    """Answers with keys the box of `kind` that a key opens and that blocks (exec: a question,
    the file dialog): that key returns only once the box is closed, so the answer comes from a
    timer. `with Answering(QMessageBox, keys(...)) as box: press(...)`; `box.text` is what the
    box said. An answer that fails closes the box and fails the test on leaving."""

    def __init__(self, kind: type[QDialog], answer: Callable[[QDialog], None]) -> None:
        self.kind = kind
        self.answer = answer
        self.text: str | None = None
        self._error: BaseException | None = None
        self._waited = 0
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)

    def __enter__(self) -> Answering:
        self._timer.start()
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self._timer.stop()
        if self._error is not None:
            raise self._error
        if error is None:
            assert self.text is not None, f"no {self.kind.__name__} came up to answer"

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, self.kind) or not box.isVisible():
            return
        if not box.isActiveWindow():
            self._waited += self._timer.interval()
            if self._waited >= WINDOW_MANAGER_MS:
                box.activateWindow()  # what a window manager does for a new window
            return
        self._timer.stop()
        self.text = box.text() if isinstance(box, QMessageBox) else box.windowTitle()
        try:
            self.answer(box)
        except Exception as error:  # handed to the test when the with block ends
            self._error = error
            box.done(QDialog.DialogCode.Rejected)


Keys = tuple[Qt.Key, Qt.KeyboardModifier] | Qt.Key | str


def keys(*pressed: Keys) -> Callable[[QDialog], None]:
    """An answer made of key presses and typed text, each where the focus is then."""

    def answer(_box: QDialog) -> None:
        for one in pressed:
            target = QApplication.focusWidget()
            assert target is not None
            if isinstance(one, str):
                QTest.keyClicks(target, one)
            elif isinstance(one, tuple):
                QTest.keyClick(target, one[0], one[1])
            else:
                QTest.keyClick(target, one)

    return answer


def press_until(qtbot: QtBot, key: Qt.Key, done: Callable[[], bool], most: int = 10) -> None:
    """Press `key` until `done`, as a user steps through a list or a row."""
    for _ in range(most):
        if done():
            return
        press(qtbot, key)
    assert done(), f"{most} presses of {key!r} did not get there"


def tab_to(qtbot: QtBot, found: Callable[[QWidget], bool], most: int = 20) -> QWidget:
    """Tab on until the focus is on the widget `found` names, as a keyboard user would."""
    for _ in range(most):
        if found(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the widget; the focus is on {focused()!r}")


# --- the world around the app ----------------------------------------------------------------


@pytest.fixture
def smtp(memory_keyring: MemoryKeyring) -> Iterator[tuple[MailRecorder, Controller]]:
    """A local SMTP server with a login, and an empty keyring: the app has no mail set up."""
    handler = MailRecorder()
    with running_smtp(handler, LoginCheck(USER, PASSWORD)) as controller:
        yield handler, controller


@pytest.fixture
def qt_dialogs() -> Iterator[None]:
    """Qt's own file dialog, the same on every platform, typed into like any other window."""
    app = QCoreApplication.instance()
    assert app is not None
    before = app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    yield
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)


@pytest.fixture
def main_window(
    show: Callable[..., MainWindow],
    demo: Database,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    fake_clock: FakeClock,
) -> Iterator[MainWindow]:
    """The main window on the demo database, holding the keys; its consoles run on the fake
    clock."""
    monkeypatch.setattr(timesource, "_clock", fake_clock)
    window = show(MainWindow(demo, settings=settings), active=True)
    yield window
    window.close()


class MouseWatch(QObject):
    """Counts every mouse button and wheel event the application sees."""

    KINDS = (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    )

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in self.KINDS:
            self.seen.append(f"{event.type().name} on {watched!r}")
        return False


@pytest.fixture
def no_mouse() -> Iterator[None]:
    """The test fails if any mouse button or wheel event reaches the app."""
    app = QCoreApplication.instance()
    assert app is not None
    watch = MouseWatch()
    app.installEventFilter(watch)
    yield
    app.removeEventFilter(watch)
    assert watch.seen == []


def person_id(db: Database, name: str) -> int:
    return next(person.id for person in list_people(db) if person.name == name)


# --- the workflow ----------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: the path's completions
def test_the_whole_moderator_workflow_by_keyboard_alone(
    qtbot: QtBot,
    main_window: MainWindow,
    demo: Database,
    fake_clock: FakeClock,
    wall: FakeWall,
    tmp_path: Path,
    smtp: tuple[MailRecorder, Controller],
    qt_dialogs: None,
    no_mouse: None,
    memory_keyring: MemoryKeyring,
) -> None:
    window = main_window
    handler, controller = smtp

    # File ▸ New meeting (Ctrl+N), Alt+T to the template, the campaign check-in, Create.
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_for_dialog(qtbot, NewMeetingDialog)
    assert isinstance(dialog, NewMeetingDialog)
    press(qtbot, Qt.Key.Key_T, ALT)
    assert focused() is dialog.template_box
    press_until(qtbot, Qt.Key.Key_Down, lambda: dialog.template_key == "builtin:campaign")
    title = dialog.findChild(QWidget, "titleEdit").text()
    with qtbot.waitSignal(window.meeting_created) as created:
        press(qtbot, Qt.Key.Key_Return)
        # The series offers what its last meeting left: not now (Escape).
        carry = wait_for_dialog(qtbot, CarryOverDialog)
        assert focused() is carry.findChild(QWidget, "offersList")
        press(qtbot, Qt.Key.Key_Escape)
    meeting_id = created.args[0]
    back_to(qtbot, window)
    meeting = load_meeting(demo, meeting_id)
    assert (meeting.title, meeting.status) == (title, MeetingStatus.PLANNED)
    assert [item.presenter_team for item in meeting.items] == [
        Team.MARKETING, None, Team.SALES, None,
    ]  # fmt: skip
    assert all(item.presenter_id is None for item in meeting.items)

    # The new meeting is selected in the list; Tab goes on through its details to its agenda
    # (leaving the list, not walking its cells to other meetings). Marketing's and Sales'
    # presenters by typing their names in the Presenter cells, then Save (Ctrl+S).
    assert focused() is window.meeting_table
    assert window.current_meeting_id == meeting_id
    agenda = window.editor.agenda
    tab_to(qtbot, lambda widget: widget is agenda.view)
    assert window.current_meeting_id == meeting_id
    view = agenda.view
    press_until(qtbot, Qt.Key.Key_Right, lambda: view.currentIndex().column() == Column.PRESENTER)
    for row, name in ((0, "Tomás Novák"), (2, "Priya Raman")):
        press_until(qtbot, Qt.Key.Key_Down, lambda row=row: view.currentIndex().row() == row)
        press(qtbot, Qt.Key.Key_F2)
        type_text(qtbot, name[:3])
        with qtbot.waitSignal(agenda.planChanged):
            press(qtbot, Qt.Key.Key_Return)
    assert window.editor.has_unsaved_changes()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert not window.editor.has_unsaved_changes()
    items = load_meeting(demo, meeting_id).items
    assert [item.presenter_name for item in items] == ["Tomás Novák", None, "Priya Raman", None]
    assert items[0].presenter_id == person_id(demo, "Tomás Novák")
    assert items[2].presenter_id == person_id(demo, "Priya Raman")

    # Meeting ▸ Run meeting (Ctrl+R): the console opens with the keys in its note field.
    press(qtbot, Qt.Key.Key_R, CTRL)
    console = window.findChild(ConsoleWindow)
    assert console is not None
    qtbot.waitExposed(console)
    activate_like_a_window_manager(qtbot, console)
    assert focused() is console.note_input

    # Ctrl+Space starts the clock; planned for another day, it asks to move it to today: Enter.
    with Answering(QMessageBox, keys(Qt.Key.Key_Return)) as moving:
        press(qtbot, Qt.Key.Key_Space, CTRL)
    assert moving.text is not None and "move it to today" in moving.text
    meeting = load_meeting(demo, meeting_id)
    assert meeting.status is MeetingStatus.RUNNING
    assert meeting.scheduled_at.astimezone().date() == wall.now.astimezone().date()
    assert meeting.items[0].actual_start is not None

    # A decision typed in the note field; Enter files it.
    back_to(qtbot, console)
    qtbot.waitUntil(lambda: focused() is console.note_input)
    fake_clock.advance(90)
    type_text(qtbot, f"!{DECISION}")
    press(qtbot, Qt.Key.Key_Return)
    (note,) = notes_of(demo, meeting_id)
    assert (note.kind, note.text) == (NoteKind.DECISION, DECISION)
    assert note.item_id == meeting.items[0].id

    # Ctrl+D: a dispute, each field reached by Tab, a choice typed in each box; Ctrl+Enter.
    press(qtbot, Qt.Key.Key_D, CTRL)
    dispute = wait_for_dialog(qtbot, DisputeDialog)
    assert isinstance(dispute, DisputeDialog)
    assert focused() is dispute.title_edit
    type_text(qtbot, "Who follows up webinar leads")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dispute.category_box
    type_text(qtbot, "Sales")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dispute.team_box  # Sales, the first side
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dispute.person_box
    type_text(qtbot, "Priya")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dispute.sales_edit
    type_text(qtbot, "Marketing should qualify them first")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dispute.marketing_edit
    type_text(qtbot, "Sales should call within a day")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    back_to(qtbot, console)
    (raised,) = disputes_raised_at(demo, meeting_id)
    assert raised.title == "Who follows up webinar leads"
    assert raised.category is DisputeCategory.SALES_FOLLOW_UP
    assert (raised.raised_by_team, raised.raised_by_name) == (Team.SALES, "Priya Raman")
    assert raised.sales_position == "Marketing should qualify them first"
    assert raised.marketing_position == "Sales should call within a day"

    # Ctrl+T: an action item for Amara, found by typing her name in the Owner box.
    qtbot.waitUntil(lambda: focused() is console.note_input)
    press(qtbot, Qt.Key.Key_T, CTRL)
    action = wait_for_dialog(qtbot, ActionItemDialog)
    assert isinstance(action, ActionItemDialog)
    assert focused() is action.text_edit
    type_text(qtbot, "Draft the webinar follow-up script")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is action.owner_box
    type_text(qtbot, "Amara")
    due = action.due_date()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    back_to(qtbot, console)
    (made,) = action_items_made_at(demo, meeting_id)
    assert made.text == "Draft the webinar follow-up script"
    assert (made.owner_name, made.due_date) == ("Amara Nwosu", due)

    # Alt+→ moves on through the agenda, item by item.
    qtbot.waitUntil(lambda: focused() is console.note_input)
    for _ in range(3):
        fake_clock.advance(300)
        wall.advance(seconds=300)
        press(qtbot, Qt.Key.Key_Right, ALT)
    assert console.run.state().current_index == 3
    items = load_meeting(demo, meeting_id).items
    assert all(item.actual_end is not None for item in items[:3])
    assert items[3].actual_start is not None and items[3].actual_end is None

    # Ctrl+E ends it. No one was marked present, so End asks first: Tab to "End anyway", Space.
    fake_clock.advance(120)
    with Answering(QMessageBox, tab_to_button("End anyway")) as ending:
        press(qtbot, Qt.Key.Key_E, CTRL)
    assert ending.text is not None and "no attendance mark" in ending.text
    assert load_meeting(demo, meeting_id).status is MeetingStatus.ENDED

    # Ctrl+W closes the console; the main window has the keys again, on the ended meeting.
    back_to(qtbot, console)
    qtbot.waitUntil(lambda: focused() is console.note_input)
    press(qtbot, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: not console.isVisible())
    activate_like_a_window_manager(qtbot, window)
    assert window.current_meeting_id == meeting_id

    # File ▸ Export minutes (Ctrl+Shift+E): the file's path typed in Qt's save dialog.
    target = tmp_path / "campaign minutes.pdf"
    typed = keys((Qt.Key.Key_A, CTRL), str(target), Qt.Key.Key_Return)
    with Answering(QFileDialog, typed) as saving:
        press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    assert saving.text == "Export minutes"
    assert target.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Minutes saved to {target}"
    back_to(qtbot, window)

    # File ▸ Send minutes (Ctrl+Shift+M). Mail is not set up yet: Alt+M opens its settings,
    # each field reached by its label's letter; Enter saves them, the password to the keyring.
    press(qtbot, Qt.Key.Key_M, CTRL_SHIFT)
    sending = wait_for_dialog(qtbot, SendDialog)
    assert isinstance(sending, SendDialog)
    assert "not set up" in sending.mail_notice.text()
    assert not sending.send_button.isEnabled()
    press(qtbot, Qt.Key.Key_M, ALT)
    mail = wait_for_dialog(qtbot, MailSettingsDialog)
    assert isinstance(mail, MailSettingsDialog)
    for letter, field, text in (
        (Qt.Key.Key_H, mail.host_edit, "127.0.0.1"),
        (Qt.Key.Key_S, mail.security_combo, "None"),
        (Qt.Key.Key_O, mail.port_spin, str(controller.port)),
        (Qt.Key.Key_U, mail.user_edit, USER),
        (Qt.Key.Key_P, mail.password_edit, PASSWORD),
    ):
        press(qtbot, letter, ALT)
        assert field.isAncestorOf(focused()) or focused() is field
        if field is not mail.security_combo:  # a choice is typed, the rest typed over
            press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, text)
    assert mail.security == "none"
    press(qtbot, Qt.Key.Key_Return)
    back_to(qtbot, sending)
    assert load_settings() == MailSettings(
        host="127.0.0.1", port=controller.port, security="none", user=USER
    )
    assert memory_keyring.get_password(KEYRING_SERVICE, USER) == PASSWORD

    # Ctrl+Enter sends to the local server; Escape closes the dialog.
    assert sending.send_button.isEnabled()
    with qtbot.waitSignal(sending.sendingDone, timeout=30000):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    wanted = attendee_emails(demo, meeting_id)
    assert wanted
    minutes_mail = handler.delivered[0]
    assert minutes_mail.rcpt_tos == wanted
    message = email.message_from_bytes(minutes_mail.content, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(("plain",))
    assert body is not None
    summary = body.get_content()
    for recorded in (DECISION, raised.title, made.text):
        assert recorded in summary
    (pdf,) = message.iter_attachments()
    assert pdf.get_content().startswith(b"%PDF")
    (logged,) = sent_mails(demo, meeting_id=meeting_id, kind=MailKind.MINUTES)
    assert set(logged.accepted) == set(wanted) and not logged.refused
    assert logged.subject == sending.subject_edit.text()
    press(qtbot, Qt.Key.Key_Escape)
    back_to(qtbot, window)
    assert window.findChild(SendDialog) is None


def tab_to_button(label: str) -> Callable[[QDialog], None]:
    """An answer that Tabs through the box's buttons to `label` and presses Space on it."""

    def answer(box: QDialog) -> None:
        labels = [button.text() for button in box.findChildren(QAbstractButton)]
        for _ in range(len(labels) + 1):
            widget = QApplication.focusWidget()
            assert widget is not None
            if isinstance(widget, QAbstractButton) and widget.text() == label:
                QTest.keyClick(widget, Qt.Key.Key_Space)
                return
            QTest.keyClick(widget, Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {label} among {labels}")

    return answer
