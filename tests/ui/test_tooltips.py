"""Tooltips show user text as typed: Qt would draw a title like `Q4 <b>review</b>` as markup."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, QSettings
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip

from facilitator.record.disputes import open_dispute
from facilitator.storage.database import Database
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.history.disputes_view import DisputesWindow
from facilitator.ui.main_window import MainWindow
from facilitator.ui.planning.meeting_list_model import MeetingListModel
from facilitator.vocabulary import DisputeCategory, Team

TAGGED = "Q4 <b>review</b> & <img src=x>"


def as_shown(tooltip: str) -> str:
    """The text a tooltip puts on screen: Qt draws it as rich text when it looks like markup."""
    if not QtGui.Qt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def hover(view: QAbstractItemView, index: QModelIndex) -> str:
    """Rest the mouse on a cell: the tooltip Qt shows for it."""
    viewport = view.viewport()
    view.scrollTo(index)
    position = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, position, viewport.mapToGlobal(position))
    QApplication.sendEvent(viewport, event)
    shown = QToolTip.text()
    QToolTip.hideText()
    return shown


@pytest.mark.parametrize(
    "text",
    [TAGGED, "<img src=x>", "a &amp; b", "line one\nline two   spaced", "שלום 会议 🎉 مرحبا"],
)
def test_a_tooltip_shows_its_text_as_typed(qapp, text: str) -> None:
    assert as_shown(plain_tooltip(text)) == text


def test_no_text_makes_no_tooltip() -> None:
    assert plain_tooltip("") == ""


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen tooltip
def test_the_meeting_list_shows_a_tagged_title_as_typed_on_hover(
    show, db: Database, settings: QSettings, new_weekly_meeting: Callable[..., int]
) -> None:
    new_weekly_meeting(title=TAGGED)
    window = show(MainWindow(db, settings=settings))
    table = window.meeting_table

    tooltip = hover(table, table.model().index(0, MeetingListModel.TITLE))

    assert as_shown(tooltip) == TAGGED


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen tooltip
def test_the_disputes_table_shows_a_tagged_title_as_typed_on_hover(
    show, db: Database, settings: QSettings, meeting_id: int
) -> None:
    open_dispute(
        db,
        meeting_id,
        title=TAGGED,
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
    )
    window = show(DisputesWindow(db, settings=settings))
    table = window.table

    tooltip = hover(table, table.model().index(0, 0))

    assert as_shown(tooltip) == TAGGED
