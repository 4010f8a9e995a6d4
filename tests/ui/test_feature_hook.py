"""PySide6's __feature__ hook no longer reads the source of every module imported after Qt
(issue #20: about 0.1 s of every start, and every source kept in memory)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.ui.feature_hook import skip_source_reading


def test_a_module_imported_after_qt_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "imported_after_qt.py"
    source.write_text('"""Mentions PySide6, as a window module would."""\nVALUE = 1\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    try:
        import imported_after_qt as module  # an import statement, as the hook sees it
    finally:
        sys.modules.pop("imported_after_qt", None)
    assert module.VALUE == 1
    assert str(source) not in linecache.cache


def test_qt_behaves_as_before(qtbot: QtBot) -> None:
    assert skip_source_reading()  # this PySide6 has the hook; asking again changes nothing
    label = QLabel("Pipeline review")
    qtbot.addWidget(label)
    label.setText("Lead hand-off")
    assert label.text() == "Lead hand-off"
    assert not hasattr(label, "set_text")  # no snake_case feature chosen anywhere
