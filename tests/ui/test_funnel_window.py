"""Metrics ▸ Funnel…: a period's stage table per source, rates against the period before,
good and poor sources in words and colour, and Import CSV… that imports all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from facilitator.measures.metrics import ensure_default_goals
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import MISSED, SUCCESS
from facilitator.ui.smarketing.funnel_window import FunnelDialog

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def dialog(qtbot, show, db: Database, settings) -> FunnelDialog:
    ensure_default_goals(db)
    return show(FunnelDialog(db, settings=settings))


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _column(dialog: FunnelDialog, header: str) -> int:
    table = dialog.stages
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return heads.index(header)


def _row(dialog: FunnelDialog, source: str) -> int:
    rows = [dialog.stages.item(r, 0).text() for r in range(dialog.stages.rowCount())]
    return rows.index(source)


def test_an_import_shows_the_newest_period_with_sources_judged(
    qtbot, dialog: FunnelDialog, monkeypatch
):
    assert dialog.empty.isVisible() and dialog.stages.rowCount() == 0
    _choose(monkeypatch, DATA / "funnel_facilitator.csv")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Imported 5 rows for 2 periods from funnel_facilitator.csv."
    assert not dialog.empty.isVisible()
    assert dialog.period.currentText() == "November 2026"
    assert [dialog.period.itemText(i) for i in range(dialog.period.count())] == [
        "November 2026",
        "October 2026",
    ]
    verdict = _column(dialog, "Verdict")
    webinars, demos = _row(dialog, "Webinars"), _row(dialog, "Website demo requests")
    assert dialog.stages.item(webinars, verdict).text() == "Poor leads"
    assert dialog.stages.item(webinars, verdict).foreground().color() == MISSED.colour()
    assert dialog.stages.item(demos, verdict).text() == "Good leads"
    assert dialog.stages.item(demos, verdict).foreground().color() == SUCCESS.colour()
    assert dialog.stages.item(_row(dialog, "Partner referrals"), verdict).text() == (
        "Too few to judge"
    )
    assert dialog.stages.item(_row(dialog, "All sources"), _column(dialog, "Leads")).text() == "532"
    assert "Webinars brings poor leads" in dialog.verdicts.text()
    assert "Too few leads to judge: Partner referrals." in dialog.verdicts.text()
    rates = {
        dialog.rates.item(r, 0).text(): dialog.rates.item(r, 3).text()
        for r in range(dialog.rates.rowCount())
    }
    assert rates["MQL → SQL"] == "▼ 6.6 points"
    goals = {dialog.goals.item(r, 0).text(): dialog.goals.item(r, 3).text() for r in range(2)}
    assert goals == {
        "MQLs delivered": "Missed",
        "Followed-up leads that become opportunities": "Met",
    }

    dialog.period.setCurrentIndex(1)
    assert dialog.card is not None and dialog.card.label == "October 2026"
    assert dialog.rates.item(0, 2).text() == "—"


def test_a_bad_file_lists_its_lines_and_imports_nothing_and_undo_takes_an_import_back(
    qtbot, dialog: FunnelDialog, monkeypatch, tmp_path: Path
):
    _choose(monkeypatch, DATA / "funnel_facilitator.csv")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Create Date,Original Source,Lifecycle Stage\n"
        "2026-11-02,Paid Search,Lead\n"
        "soon,Paid Search,Lead\n",
        encoding="utf-8",
    )
    dialog.format.setCurrentIndex(dialog.format.findData("hubspot"))
    _choose(monkeypatch, bad)
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    assert dialog.message.text() == (
        "Nothing from bad.csv was imported:\nline 3: “soon” is not a date"
    )
    assert dialog.period.count() == 2
    assert dialog.undo_stack.count() == 1

    good = tmp_path / "november.csv"
    good.write_text(
        "Create Date,Original Source,Lifecycle Stage\n2026-11-02,Paid Search,Lead\n",
        encoding="utf-8",
    )
    _choose(monkeypatch, good)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [dialog.stages.item(r, 0).text() for r in range(dialog.stages.rowCount())] == [
        "Paid Search",
        "All sources",
    ]
    dialog.undo_action.trigger()
    assert dialog.period.currentText() == "November 2026"
    assert [dialog.stages.item(r, 0).text() for r in range(dialog.stages.rowCount())] == [
        "Partner referrals",
        "Webinars",
        "Website demo requests",
        "All sources",
    ]
    dialog.undo_action.trigger()
    assert dialog.period.count() == 0 and dialog.empty.isVisible()


def test_ctrl_shift_u_opens_the_funnel_from_the_main_window(qtbot, show, db: Database, settings):
    from facilitator.ui.main_window import MainWindow

    window = show(MainWindow(db, settings=settings), active=True)
    menu = window.metrics_menu
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_U, shortcut)
    funnel = menu.dialogs["funnel"]
    assert isinstance(funnel, FunnelDialog)
    qtbot.waitExposed(funnel)
    funnel.close()
    qtbot.waitUntil(lambda: "funnel" not in menu.dialogs)
    window.close()
