"""The windows' first sizes fit what they show: found by looking at the window gallery
(scripts/window_gallery.py), kept here so a later change does not cramp them again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from facilitator.record.carry_over import carry_over_into
from facilitator.record.meetings import list_meetings
from facilitator.record.next_meeting import NewMeeting
from facilitator.rules.agenda import PlannedItem
from facilitator.storage.database import Database
from facilitator.ui.history.disputes_view import DisputesWindow
from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog
from facilitator.ui.mail.send_dialog import SendDialog
from facilitator.ui.planning.carry_over_dialog import CarryOverDialog
from facilitator.vocabulary import ItemKind, MeetingStatus, Team

Show = Callable[..., QWidget]


def latest_ended(db: Database) -> int:
    ended = [m for m in list_meetings(db) if m.status == MeetingStatus.ENDED]
    return max(ended, key=lambda m: m.scheduled_at).id


def test_disputes_table_shows_every_column_and_readable_titles(
    qtbot, show: Show, demo: Database, settings: QSettings
) -> None:
    window = show(DisputesWindow(demo, settings=settings))
    table = window.table
    first = table.visualItemRect(table.item(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.waitUntil(lambda: window.history_list.count() > 0)
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnWidth(0) >= 180  # two lines of about 25 characters


def test_send_dialog_shows_every_recipient_column(
    show: Show, demo: Database, settings: QSettings, tmp_path: Path
) -> None:
    dialog = show(SendDialog(demo, latest_ended(demo), settings=settings, mail_path=tmp_path / "m"))
    assert dialog.recipients.rowCount() > 0
    assert not dialog.recipients.horizontalScrollBar().isVisible()


def test_mail_settings_placeholders_can_be_read_whole(
    show: Show, settings: QSettings, tmp_path: Path
) -> None:
    dialog = show(MailSettingsDialog(settings=settings, path=tmp_path / "mail.json"))
    for edit in (dialog.host_edit, dialog.sender_edit, dialog.password_edit):
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert needed < edit.width() - 8, edit.objectName()


def test_carry_over_offers_fit_without_an_empty_box(
    show: Show, demo: Database, settings: QSettings
) -> None:
    planned = [m for m in list_meetings(demo) if m.status == MeetingStatus.PLANNED]
    meeting_id = min(planned, key=lambda m: m.scheduled_at).id
    offers = (
        PlannedItem("DACH webinar plan", ItemKind.DISCUSSION, 600, Team.MARKETING),
        PlannedItem("Reason codes for recycled leads", ItemKind.DISCUSSION, 300, Team.SALES),
    )
    carried = replace(carry_over_into(demo, meeting_id), offered=offers)
    dialog = show(CarryOverDialog(demo, NewMeeting(meeting_id, carried)))
    offers_list = dialog.offers_list
    last = offers_list.visualItemRect(offers_list.item(offers_list.count() - 1))
    assert offers_list.viewport().rect().contains(last)
    assert offers_list.viewport().height() < last.bottom() + 5 * last.height()  # was ~12 rows
    for row in range(offers_list.count()):
        item_rect = offers_list.visualItemRect(offers_list.item(row))
        text = offers_list.item(row).text()
        assert offers_list.fontMetrics().horizontalAdvance(text) < item_rect.width(), text
