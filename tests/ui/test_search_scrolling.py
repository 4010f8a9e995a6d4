"""The rest of a long result list as the moderator scrolls: the panel shows a first page and
fetches the next one when its list is scrolled to the end, until every hit is shown, in the
order a full search gives."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractSlider

from facilitator.record.meetings import load_meeting
from facilitator.record.notes import add_note
from facilitator.record.search import DEFAULT_LIMIT, search
from facilitator.storage.database import Database
from facilitator.ui.history.search_panel import SearchPanel
from facilitator.vocabulary import ItemKind, NoteKind

MORE = 5


def _panel(qtbot, db: Database) -> SearchPanel:
    panel = SearchPanel(db)
    qtbot.addWidget(panel)
    panel.resize(540, 420)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _search(qtbot, panel: SearchPanel, query: str) -> None:
    qtbot.keyClicks(panel.field, query)
    qtbot.waitUntil(lambda: not panel.is_waiting() and bool(panel.hits()))


def _to_the_end(qtbot, panel: SearchPanel) -> None:
    """The results' scroll bar taken to its end, as by dragging it or the mouse wheel, once
    the list has laid out the rows it was given (the user sees them before scrolling)."""
    bar = panel.results.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > bar.value())
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)


def test_scrolling_to_the_end_fetches_the_next_page_until_all_are_shown(
    qtbot, db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    meeting_id = new_weekly_meeting()
    item = next(i.id for i in load_meeting(db, meeting_id).items if i.kind is ItemKind.PRESENTATION)
    for number in range(2 * DEFAULT_LIMIT + MORE):
        add_note(db, meeting_id, item, NoteKind.NOTE, f"Budget line {number}", 1)
    panel = _panel(qtbot, db)
    _search(qtbot, panel, "budget")
    assert len(panel.hits()) == DEFAULT_LIMIT

    _to_the_end(qtbot, panel)
    qtbot.waitUntil(lambda: len(panel.hits()) == 2 * DEFAULT_LIMIT)
    assert panel.message_label.text() == (
        f"The first {2 * DEFAULT_LIMIT} results; add a word to narrow them down."
    )
    _to_the_end(qtbot, panel)
    qtbot.waitUntil(lambda: len(panel.hits()) == 2 * DEFAULT_LIMIT + MORE)
    assert panel.hits() == search(db, "budget", limit=None)
    assert panel.message_label.text() == f"{2 * DEFAULT_LIMIT + MORE} results"
    panel.results.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)
    _to_the_end(qtbot, panel)
    assert len(panel.hits()) == 2 * DEFAULT_LIMIT + MORE


def test_a_short_list_and_a_new_query_fetch_nothing_more(
    qtbot, db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    meeting_id = new_weekly_meeting()
    item = next(i.id for i in load_meeting(db, meeting_id).items if i.kind is ItemKind.PRESENTATION)
    for number in range(DEFAULT_LIMIT + MORE):
        add_note(db, meeting_id, item, NoteKind.NOTE, f"Budget line {number}", 1)
    for number in range(30):
        add_note(db, meeting_id, item, NoteKind.NOTE, f"Forecast line {number}", 1)
    panel = _panel(qtbot, db)
    _search(qtbot, panel, "forecast")
    _to_the_end(qtbot, panel)
    assert panel.results.verticalScrollBar().value() > 0
    assert len(panel.hits()) == 30
    panel.field.clear()
    _search(qtbot, panel, "budget")
    assert len(panel.hits()) == DEFAULT_LIMIT
    assert {hit.snippet.split()[0] for hit in panel.hits()} == {"Budget"}
