"""The agreements window (issue #18 point 1): each agreement with its history and the difference
between two versions; new versions and agreements are undoable; resolving a dispute of a
matching category offers a new version prefilled with the resolution."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from facilitator.agreements.register import list_agreements, record_version
from facilitator.agreements.standard import STANDARD_AGREEMENTS, ensure_standard_agreements
from facilitator.record.disputes import get_dispute, open_dispute
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.common.palette_colours import ERROR, SUCCESS
from facilitator.ui.history.disputes_view import DisputesWindow
from facilitator.ui.smarketing.agreements_version_dialog import VersionDialog
from facilitator.ui.smarketing.agreements_window import AgreementsDialog
from facilitator.vocabulary import DisputeCategory, DisputeStatus, Team

MONDAY = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)


@pytest.fixture
def window(show, db: Database, settings: QSettings) -> AgreementsDialog:
    return show(AgreementsDialog(db, settings=settings))


def _mql(db: Database) -> int:
    return next(a.id for a in list_agreements(db) if a.key == "mql_definition")


def _lines_with_colours(window: AgreementsDialog) -> list[tuple[str, QColor]]:
    block = window.diff_view.document().begin()
    lines = []
    while block.isValid():
        fragment = block.begin().fragment()
        lines.append((block.text(), fragment.charFormat().foreground().color()))
        block = block.next()
    return lines


def _open_dialog(qtbot, window) -> VersionDialog:
    qtbot.waitUntil(lambda: bool(window.findChildren(VersionDialog)))
    dialog = window.findChildren(VersionDialog)[-1]
    qtbot.waitExposed(dialog)
    return dialog


def test_the_window_shows_the_standard_agreements(window: AgreementsDialog) -> None:
    names = [window.agreement_list.item(i).text() for i in range(window.agreement_list.count())]
    assert names == [f"{spec.name}  (v1)" for spec in STANDARD_AGREEMENTS]
    assert window.title_label.text() == "MQL definition"
    assert window.text_view.toPlainText() == STANDARD_AGREEMENTS[0].text
    assert window.history_table.rowCount() == 1


def test_a_new_version_shows_in_the_history_and_its_difference_is_marked(
    qtbot, db: Database, window: AgreementsDialog, new_weekly_meeting
) -> None:
    meeting = new_weekly_meeting("Weekly smarketing", MONDAY)
    window.new_version_button.click()
    dialog = _open_dialog(qtbot, window)
    assert dialog.text_edit.toPlainText() == STANDARD_AGREEMENTS[0].text
    first_line = STANDARD_AGREEMENTS[0].text.splitlines()[0]
    dialog.text_edit.setPlainText(
        STANDARD_AGREEMENTS[0].text.replace(first_line, "An MQL asks for a <b>demo</b>,")
    )
    dialog.from_edit.setDate(QDate(2026, 12, 1))
    dialog.meeting_box.setCurrentIndex(dialog.meeting_box.findData(meeting))
    dialog.save()
    assert not dialog.isVisible()

    assert window.history_table.rowCount() == 2
    assert window.history_table.item(0, 0).text() == "2"
    assert window.history_table.item(0, 2).text().startswith("Weekly smarketing (")
    assert window.agreement_list.currentItem().text() == "MQL definition  (v2)"
    lines = _lines_with_colours(window)
    assert lines[0] == ("\N{MINUS SIGN} " + first_line, ERROR.colour())
    assert lines[1] == ("+ An MQL asks for a <b>demo</b>,", SUCCESS.colour())
    assert lines[2][0].startswith("  at a company")

    window.undo_stack.undo()
    assert window.history_table.rowCount() == 1
    assert len(list_agreements(db)[0].versions) == 1
    window.undo_stack.redo()
    assert window.history_table.rowCount() == 2


def test_a_refused_version_keeps_the_dialog_open_with_the_reason(
    qtbot, window: AgreementsDialog
) -> None:
    window.new_version_button.click()
    dialog = _open_dialog(qtbot, window)
    dialog.save()
    assert dialog.isVisible()
    assert "nothing would change" in dialog.problem_label.text()
    assert window.undo_stack.count() == 0
    dialog.reject()


def test_a_new_agreement_is_added_and_taken_back(
    qtbot, db: Database, window: AgreementsDialog
) -> None:
    window.new_agreement_button.click()
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.name_edit, "Event lead import")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData(DisputeCategory.OTHER))
    dialog.text_edit.setPlainText("Badge scans reach the CRM within 48 hours.")
    dialog.save()
    assert window.agreement_list.count() == len(STANDARD_AGREEMENTS) + 1
    assert list_agreements(db)[-1].category is DisputeCategory.OTHER
    window.undo_stack.undo()
    assert window.agreement_list.count() == len(STANDARD_AGREEMENTS)


def test_two_older_versions_are_compared_on_choice(
    qtbot, db: Database, settings: QSettings, show
) -> None:
    ensure_standard_agreements(db)
    mql = _mql(db)
    record_version(db, mql, "Score 60+.", date(2026, 11, 1))
    record_version(db, mql, "Score 60+.\nOr a demo request.", date(2026, 12, 1))
    window = show(AgreementsDialog(db, settings=settings))
    assert [text for text, _ in _lines_with_colours(window)] == [
        "  Score 60+.",
        "+ Or a demo request.",
    ]
    window.older_box.setCurrentIndex(0)
    texts = [text for text, _ in _lines_with_colours(window)]
    assert texts[-2:] == ["+ Score 60+.", "+ Or a demo request."]


def test_resolving_an_mql_dispute_offers_a_new_version_prefilled(
    qtbot, db: Database, settings: QSettings, show, new_weekly_meeting, monkeypatch
) -> None:
    ensure_standard_agreements(db)
    meeting = new_weekly_meeting("Weekly smarketing", MONDAY)
    dispute = open_dispute(
        db,
        meeting,
        title="What counts as an MQL",
        category=DisputeCategory.MQL_DEFINITION,
        raised_by_team=Team.SALES,
    )
    asked: list[str] = []

    def ask(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(messages, "ask", ask)
    window = show(DisputesWindow(db, settings=settings))
    window.resolution_edit.setPlainText("MQL = a demo request, or a score of 60+.")
    window.status_box.setCurrentIndex(window.status_box.findData(DisputeStatus.RESOLVED.value))
    window.meeting_box.setCurrentIndex(window.meeting_box.findData(meeting))
    window.settlement_box.setCurrentIndex(window.settlement_box.findText("Compromise"))
    window.save_button.click()
    assert get_dispute(db, dispute).status is DisputeStatus.RESOLVED
    assert asked == ["Record a new version of the MQL definition?"]

    dialog = _open_dialog(qtbot, window)
    assert dialog.text_edit.toPlainText() == "MQL = a demo request, or a score of 60+."
    assert dialog.agreement_box.currentText() == "MQL definition"
    assert dialog.led_by_label.text() == "Dispute resolved: What counts as an MQL"
    dialog.save()
    version = list_agreements(db)[0].current
    assert (version.number, version.dispute_id, version.meeting_id) == (2, dispute, meeting)

    window.undo_stack.undo()
    assert list_agreements(db)[0].current.number == 1
    assert get_dispute(db, dispute).status is DisputeStatus.RESOLVED


def test_a_dispute_of_a_category_no_agreement_follows_asks_nothing(
    qtbot, db: Database, settings: QSettings, show, new_weekly_meeting, monkeypatch
) -> None:
    ensure_standard_agreements(db)
    meeting = new_weekly_meeting("Weekly smarketing", MONDAY)
    dispute = open_dispute(
        db,
        meeting,
        title="Event leads late",
        category=DisputeCategory.OTHER,
        raised_by_team=Team.SALES,
    )
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda *args, **kwargs: asked.append(args[2]))
    window = show(DisputesWindow(db, settings=settings))
    window.resolution_edit.setPlainText("A 48-hour import checklist.")
    window.status_box.setCurrentIndex(window.status_box.findData(DisputeStatus.RESOLVED.value))
    window.meeting_box.setCurrentIndex(window.meeting_box.findData(meeting))
    window.settlement_box.setCurrentIndex(window.settlement_box.findText("Compromise"))
    window.save_button.click()
    assert get_dispute(db, dispute).status is DisputeStatus.RESOLVED
    assert asked == []
    assert not window.findChildren(VersionDialog)


def test_resolving_in_the_console_review_offers_a_new_version(
    qtbot, db: Database, show, carried_meeting, monkeypatch
) -> None:
    from review_keys import ctrl_enter_on

    from facilitator.ui.console.review_panel import ReviewPanel
    from facilitator.vocabulary import Settlement

    ensure_standard_agreements(db)
    carried = carried_meeting(disputes={"dispute": "MQL threshold"})
    asked: list[str] = []

    def ask(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(messages, "ask", ask)
    panel = show(ReviewPanel(db, carried["meeting"]), active=True)
    ctrl_enter_on(qtbot, panel.disputes_list)
    resolution = panel.resolution_dialog
    qtbot.keyClicks(resolution.resolution_edit, "Score 60 and up is an MQL")
    qtbot.mouseClick(
        resolution.settlement_buttons.buttons[Settlement.COMPROMISE], Qt.MouseButton.LeftButton
    )
    qtbot.keyClick(resolution.resolution_edit, Qt.Key.Key_Return)

    dialog = _open_dialog(qtbot, panel)
    assert asked == ["Record a new version of the MQL definition?"]
    assert dialog.text_edit.toPlainText() == "Score 60 and up is an MQL"
    dialog.save()
    version = list_agreements(db)[0].current
    assert (version.dispute_id, version.meeting_id) == (carried["dispute"], carried["meeting"])
    panel.undo_stack.undo()
    assert list_agreements(db)[0].current.number == 1


def test_the_main_window_opens_it_with_ctrl_shift_k(
    qtbot, show, db: Database, settings: QSettings
) -> None:
    from facilitator.ui.main_window import MainWindow

    main = show(MainWindow(db, settings=settings), active=True)
    qtbot.keyClick(
        main, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: "agreements" in main.menus.metrics_menu.dialogs)
    dialog = main.menus.metrics_menu.dialogs["agreements"]
    assert isinstance(dialog, AgreementsDialog) and dialog.isVisible()
    assert dialog.agreement_list.count() == len(STANDARD_AGREEMENTS)


def test_a_database_opened_in_the_app_is_given_the_standard_agreements(
    qapp, db_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from facilitator.storage.database import open_database
    from facilitator.ui.app import run

    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    assert run(db_path, is_default=False, argv=[]) == 0
    check = open_database(db_path)
    try:
        assert [a.key for a in list_agreements(check)] == [s.key for s in STANDARD_AGREEMENTS]
    finally:
        check.close()
