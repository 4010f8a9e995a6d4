"""Meeting ▸ Sent mail… (#17 point 5): the mails sent about the selected meeting, each
recipient accepted or refused with the reason (text and colour), rereading while open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTreeWidgetItem

from facilitator.formats.mail import MailSettings, RecipientResult, send_minutes
from facilitator.mailing.sent_log import record_sent
from facilitator.record.attendance import invite
from facilitator.record.people import PersonInput, add_person
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import ERROR, SUCCESS
from facilitator.ui.mail.sent_log_view import (
    EMPTY,
    KIND,
    RESULT,
    SENT,
    SUBJECT,
    VERSION,
    SentLogDialog,
)
from facilitator.ui.main_window import MainWindow
from facilitator.vocabulary import MailKind, Team

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def meeting(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting("Weekly smarketing", datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


@pytest.fixture
def window(show, db: Database, meeting: int, settings: QSettings) -> Iterator[MainWindow]:
    main = show(MainWindow(db, settings=settings))
    yield main
    main.close()


def texts(item: QTreeWidgetItem) -> list[str]:
    return [item.text(column) for column in (SENT, KIND, SUBJECT, VERSION, RESULT)]


def top(dialog: SentLogDialog) -> list[QTreeWidgetItem]:
    return [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]


def test_the_meeting_menu_opens_its_sent_mail_each_recipient_marked(
    qtbot, window, db, meeting
):
    record_sent(
        db, MailKind.PRE_READ, "Agenda — Weekly smarketing", [
            RecipientResult("ana@example.com", True),
        ],
        meeting_id=meeting, sent_at=NOON - timedelta(days=1),
    )
    record_sent(
        db, MailKind.MINUTES, "Minutes — Weekly smarketing — 2026-11-23", [
            RecipientResult("ana@example.com", True),
            RecipientResult("gone@example.com", False, "550 no such user"),
        ],
        meeting_id=meeting, minutes_version=2,
    )
    action = window.menus.sent_mail_action
    assert action.isEnabled()
    assert action in window.menuBar().actions()[2].menu().actions()  # the Meeting menu
    action.trigger()
    (dialog,) = window.findChildren(SentLogDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Sent mail — Weekly smarketing"
    assert not dialog.isModal()  # a mail can be sent while it is open

    minutes, agenda = top(dialog)
    noon = NOON.astimezone().strftime("%Y-%m-%d %H:%M")
    assert texts(minutes) == [
        noon, "Minutes", "Minutes — Weekly smarketing — 2026-11-23", "2",
        "1 accepted, 1 refused",
    ]
    assert minutes.foreground(RESULT).color() == ERROR.colour()
    ana, gone = (minutes.child(i) for i in range(minutes.childCount()))
    assert texts(ana) == ["", "", "ana@example.com", "", "✓ Accepted"]
    assert ana.foreground(RESULT).color() == SUCCESS.colour()
    assert texts(gone) == ["", "", "gone@example.com", "", "✗ REFUSED: 550 no such user"]
    assert gone.foreground(RESULT).color() == ERROR.colour()
    assert minutes.isExpanded()
    assert not dialog.tree.isColumnHidden(VERSION)
    assert texts(agenda)[1:] == [
        "Agenda (pre-read)", "Agenda — Weekly smarketing", "", "1 accepted",
    ]
    assert dialog.summary_label.text() == (
        "2 mails sent about this meeting, newest first; 1 with refused recipients "
        "(marked ✗ in red)."
    )

    action.trigger()  # brought forward, not opened twice
    assert window.findChildren(SentLogDialog) == [dialog]


def test_a_mail_sent_while_it_is_open_shows_up(qtbot, show, db, meeting):
    dialog = show(SentLogDialog(db, meeting))
    assert top(dialog) == []
    assert dialog.summary_label.text() == EMPTY

    invite(db, meeting, [
        add_person(db, PersonInput(name, f"{name.lower()}@example.com", Team.SALES))
        for name in ("Ana", "Bob")
    ])
    pytest.importorskip("aiosmtpd")
    from local_smtp import MailRecorder, running_smtp

    with running_smtp(MailRecorder(refuse="bob@example.com")) as controller:
        settings = MailSettings("127.0.0.1", controller.port, "none", "", "me@example.com")
        report = send_minutes(db, meeting, settings)
    record_sent(db, MailKind.MINUTES, "Minutes — Weekly smarketing — 2026-11-23",
                report.results, meeting_id=meeting, minutes_version=1)

    qtbot.waitUntil(lambda: len(top(dialog)) == 1, timeout=5000)
    (mail,) = top(dialog)
    assert mail.text(RESULT) == "1 accepted, 1 refused"
    assert [mail.child(i).text(RESULT) for i in range(mail.childCount())] == [
        "✓ Accepted", "✗ REFUSED: 550 no such user",
    ]
    dialog.close()
    assert not dialog.timer.isActive()  # closed, it asks the database nothing more


def test_a_mail_that_reached_nobody_and_any_script(qtbot, show, db, meeting):
    subject = "Compte rendu — Réunion 営業 فريق 🚀 <b>bold?</b>"
    record_sent(db, MailKind.FOLLOW_UP, subject, [
        RecipientResult("a@example.com", False, "cannot reach the mail server"),
        RecipientResult("b@example.com", False, "cannot reach the mail server"),
    ], meeting_id=meeting)
    dialog = show(SentLogDialog(db, meeting))
    (mail,) = top(dialog)
    assert mail.text(SUBJECT) == subject
    assert mail.text(KIND) == "Owner's follow-up"
    assert mail.text(RESULT) == "REFUSED (2)"
    assert mail.foreground(RESULT).color() == ERROR.colour()


def test_the_mail_settings_show_the_reminders_no_meeting_log_holds(qtbot, window, db, meeting):
    """facilitator remind's mails are about an owner's items from any meeting: File ▸ Mail
    settings… › Sent reminders… lists them, each owner marked accepted or refused."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog

    record_sent(db, MailKind.MINUTES, "Minutes — Weekly smarketing", [
        RecipientResult("ana@example.com", True),
    ], meeting_id=meeting)
    record_sent(db, MailKind.REMINDER, "Reminder: 2 action items overdue", [
        RecipientResult("ana@example.com", True),
    ], sent_at=NOON - timedelta(days=1))
    record_sent(db, MailKind.REMINDER, "Reminder: 1 action item due soon", [
        RecipientResult("bob@example.com", False, "550 no such user"),
    ])
    window.mail_settings_action.trigger()
    (settings_dialog,) = window.findChildren(MailSettingsDialog)
    qtbot.waitExposed(settings_dialog)
    button = settings_dialog.findChild(QPushButton, "sentRemindersButton")
    assert button.isVisible() and button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (dialog,) = settings_dialog.findChildren(SentLogDialog)
    qtbot.waitExposed(dialog)

    assert dialog.windowTitle() == "Sent reminders"
    soon, overdue = top(dialog)
    assert texts(soon)[1:] == ["Reminder", "Reminder: 1 action item due soon", "", "REFUSED"]
    assert texts(soon.child(0)) == ["", "", "bob@example.com", "", "✗ REFUSED: 550 no such user"]
    assert texts(overdue)[2:] == ["Reminder: 2 action items overdue", "", "1 accepted"]
    assert dialog.tree.isColumnHidden(VERSION)  # reminders have no version: no empty column
    assert dialog.summary_label.text() == (
        "2 reminders sent, newest first; 1 refused (marked ✗ in red)."
    )
    dialog.close()
    settings_dialog.reject()


def test_a_reminder_log_with_nothing_sent_says_so(qtbot, show, db):
    dialog = show(SentLogDialog(db, None))
    assert top(dialog) == []
    assert dialog.summary_label.text() == "No reminder has been sent yet."
