"""In German, no English is left on the console and the presenter screen (issue #21 point 2).

The demo's next meeting is run by the keyboard on a fake clock, its presenter screen open with a
quick message on it, and at each moment (before the start, running, the warning, time-up, the
overrun, paused, the next item, the end) every text a visible widget shows is read: window
titles, labels, buttons, group boxes, tabs, tooltips, placeholders, accessible names and
descriptions, the items and headers of views and lists, the items of combo boxes, the menu bar's
entries and the status bar.

What counts as English is built from the catalogues, not guessed: a text is English when it is
the source of a message (translations/ui_*_de.ts, translations/*_de.po) whose German differs,
with its placeholders filled by anything. A short list of unmistakably English words catches
what no catalogue holds yet. What the demo's users typed (titles, names, notes) is their text,
not ours: every text the database holds is taken out before the words are looked for.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fake_time import FakeClock
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import String, Text, column, inspect, select, table

from facilitator.record.meetings import list_meetings
from facilitator.resource_folder import resource_folder
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.language import install_language
from facilitator.vocabulary import MeetingStatus

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "translations"

ENGLISH_WORDS = (
    r"\bthe\b",
    r"\band\b",
    r"\bof\b",
    r"\bwith\b",
    r"\bminutes?\b",
    r"\bleft\b",
    r"\b[Mm]eetings?\b",
    r"\bNotes\b",
    r"\bNext\b",
    r"\bPrevious\b",
    r"\b[Pp]aused\b",
    r"\bPAUSED\b",
    r"\bENDED\b",
    r"\bOVER\b",
    r"\bLEFT\b",
    r"\bTIME\b",
    r"\b[Nn]ot started\b",
    r"\bitems?\b",
    r"\bStarts\b",
    r"\bStarting\b",
    r"^Ran\b",
    r"^Start$",
)
"""Words no German text of ours holds, case as written ('Minute' and 'Start' are German too)."""

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d|%\(\w+\)[sdif]|%[sdif]")
LETTERS = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Shown:
    """One text on screen, where it stands and when it was read."""

    moment: str
    where: str
    text: str


# --- the English the catalogues know ------------------------------------------------------------


def _ts_pairs(path: Path) -> Iterator[tuple[str, str]]:
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        yield message.findtext("source") or "", forms[0] if forms else translation.text or ""


def _po_pairs(path: Path) -> Iterator[tuple[str, str]]:
    from babel.messages.pofile import read_po

    with path.open("rb") as file:
        catalog = read_po(file, locale="de")
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for number, source in enumerate(ids):
            yield source, strings[min(number, len(strings) - 1)] or ""


def _plain(text: str) -> str:
    """A text as the user reads it: mnemonic '&' gone, markup stripped, spaces folded."""
    if GuiQt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(.)", r"\1", text.replace("&&", "\0")).replace("\0", "&")
    return " ".join(text.split())


@dataclass
class English:
    """The English sources of every catalogue whose German differs: exact texts, and
    templates whose placeholders stand for anything."""

    exact: set[str]
    templates: dict[str, re.Pattern[str]]
    """Each source with placeholders, and the pattern its filled-in texts match."""

    @classmethod
    def from_catalogues(cls) -> English:
        pairs = [pair for path in sorted(CATALOGUES.glob("ui_*_de.ts")) for pair in _ts_pairs(path)]
        pairs += [pair for path in sorted(CATALOGUES.glob("*_de.po")) for pair in _po_pairs(path)]
        exact: set[str] = set()
        templates: dict[str, re.Pattern[str]] = {}
        for source, german in pairs:
            source, german = _plain(source), _plain(german)
            if not german or german == source or not LETTERS.search(source):
                continue
            literal = PLACEHOLDER.split(source)
            if len(literal) == 1:
                exact.add(source)
            elif LETTERS.search("".join(literal)):
                pattern = ".+?".join(re.escape(part) for part in literal)
                templates.setdefault(source, re.compile(pattern, re.DOTALL))
        return cls(exact, templates)

    def source_of(self, text: str) -> str | None:
        """The catalogue's English this text is, or None."""
        if text in self.exact:
            return text
        for source, template in self.templates.items():
            if template.fullmatch(text):
                return source
        return None


def _english_words(text: str) -> list[str]:
    return [word for word in ENGLISH_WORDS if re.search(word, text)]


# --- what the user typed -------------------------------------------------------------------


def typed_texts(db: Database) -> list[str]:
    """Every text the database holds (the demo's titles, names, notes, …), longest first."""
    found: set[str] = set()
    with db.read() as session:
        connection = session.connection()
        schema = inspect(connection)
        for name in schema.get_table_names():
            for column_info in schema.get_columns(name):
                if not isinstance(column_info["type"], String | Text):
                    continue
                values = select(column(column_info["name"])).select_from(table(name)).distinct()
                rows = connection.execute(values)
                found.update(str(value) for (value,) in rows if value and len(str(value)) > 2)
    return sorted(found, key=len, reverse=True)


def _without(text: str, typed: list[str]) -> str:
    """The text with what the user typed in it marked '…', so only our words remain."""
    for value in typed:
        if value in text:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", "…", text)
    return text


# --- what the windows show -----------------------------------------------------------------


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list model has one column (PySide makes its columnCount private)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    flat = isinstance(model, QAbstractListModel)
    for row in range(min(model.rowCount(parent), 200)):
        for number in range(_columns(model, parent)):
            index = model.index(row, number, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if not flat and number == 0 and depth < 3 and model.hasChildren(index):
                yield from _model_texts(model, index, depth + 1)


def _view_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for text in _model_texts(model, view.rootIndex()):
        yield "item", text
    headers = [
        (getattr(view, "horizontalHeader", lambda: None)(), Qt.Orientation.Horizontal),
        (getattr(view, "verticalHeader", lambda: None)(), Qt.Orientation.Vertical),
        (getattr(view, "header", lambda: None)(), Qt.Orientation.Horizontal),
    ]
    for header, orientation in headers:
        if not isinstance(header, QHeaderView) or not header.isVisible():
            continue
        count = _columns(model, QModelIndex()) if orientation == Qt.Orientation.Horizontal else 0
        count = count or (model.rowCount() if orientation == Qt.Orientation.Vertical else 0)
        for section in range(min(count, 200)):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield "header", value


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) pairs of one widget, as a user or a screen reader meets them."""
    yield "tooltip", widget.toolTip()
    yield "what's this", widget.whatsThis()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "combo item", widget.itemText(index)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tab tooltip", widget.tabToolTip(index)
    elif isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget)


def _action_texts(actions: list[QAction], path: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"{path} ▸ action", action.text()
        yield f"{path} ▸ action tooltip", action.toolTip() if action.toolTip() != _plain(
            action.text()
        ) else ""
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _action_texts(menu.actions(), f"{path} ▸ {_plain(action.text())}")


def shown_texts(window: QWidget, moment: str) -> list[Shown]:
    """Every non-empty text the window and its visible widgets show at this moment."""
    found = [Shown(moment, "window title", window.windowTitle())]
    if isinstance(window, QMainWindow):
        found += [
            Shown(moment, f"menu bar {what}", text)
            for what, text in _action_texts(window.menuBar().actions(), "menu")
        ]
        found.append(Shown(moment, "status bar", window.statusBar().currentMessage()))
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        found += [Shown(moment, f"{name} {what}", text) for what, text in _widget_texts(widget)]
    window_name = type(window).__name__
    return [
        Shown(s.moment, f"{window_name} ▸ {s.where}", _plain(s.text))
        for s in found
        if s.text and s.text.strip()
    ]


def english_left(shown: list[Shown], english: English, typed: list[str]) -> list[str]:
    """The texts that are still English, each once with the moments it was seen and why."""
    moments: dict[tuple[str, str], list[str]] = {}
    for item in shown:
        seen = moments.setdefault((item.where, item.text), [])
        if item.moment not in seen:
            seen.append(item.moment)
    left = []
    for (where, text), seen in moments.items():
        ours = _without(text, typed)
        if not LETTERS.search(ours):
            continue
        source = english.source_of(ours)
        if source is not None:
            why = f"the catalogue's English {source!r}"
        elif words := _english_words(ours):
            why = f"English words {' '.join(words)}"
        else:
            continue
        left.append(f"{where}: {text!r} is {why} [{', '.join(seen)}]")
    return left


# --- the run -------------------------------------------------------------------------------


def _qm_is_stale(qm: Path) -> bool:
    sources = list(CATALOGUES.glob("ui_*_de.ts")) + list(CATALOGUES.glob("*_de.po"))
    return not qm.exists() or any(path.stat().st_mtime > qm.stat().st_mtime for path in sources)


@pytest.fixture(scope="session")
def compiled() -> None:
    """The catalogues compiled where the app loads them, once per session (again when a
    catalogue changed since: a stale .qm would show English the catalogue translates)."""
    if _qm_is_stale(resource_folder() / "translations" / "facilitator_de.qm"):
        import importlib.util

        script = ROOT / "scripts" / "translations.py"
        spec = importlib.util.spec_from_file_location("translations", script)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.compile_catalogues(resource_folder())


@pytest.fixture
def german(compiled: None) -> Iterator[None]:
    """The app speaks German for one test, and English again after it, failed or not."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert install_language(app, "de") == "de", "the German catalogue did not load"
        yield
    finally:
        install_language(app, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _next_planned(db: Database) -> int:
    planned = [m for m in list_meetings(db) if m.status == MeetingStatus.PLANNED]
    return min(planned, key=lambda m: m.scheduled_at).id


def test_no_english_on_the_console_and_the_presenter_screen_in_german(
    german: None,
    demo: Database,
    open_console: Callable[..., Any],
    fake_clock: FakeClock,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(messages, "ask", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    for quiet in ("warn", "refuse", "inform", "inform_markup"):
        monkeypatch.setattr(messages, quiet, lambda *args, **kwargs: None)
    english = English.from_catalogues()
    typed = typed_texts(demo)
    console = open_console(_next_planned(demo))
    console.show_presenter(None)
    presenter = console.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    console.presenter_link.findChildren(QAbstractButton, "quickMessage")[0].click()
    assert presenter.message_label.isVisible()
    shown: list[Shown] = []

    def look(moment: str, seconds: float = 0.0) -> None:
        fake_clock.now += seconds
        console.refresh()
        QApplication.processEvents()
        shown.extend(shown_texts(console, moment) + shown_texts(presenter, moment))

    look("before the start")
    console.toggle_action.trigger()
    look("running", 10)
    planned = console.run.state().item_planned_seconds
    look("the warning", planned - 10 - 30)
    look("time-up", 32)
    look("the overrun", 60)
    console.toggle_action.trigger()
    look("paused", 5)
    console.toggle_action.trigger()
    console.next_action.trigger()
    look("the next item", 20)
    console.end_action.trigger()
    look("the end", 1)

    assert console.run.state().ended
    left = english_left(shown, english, typed)
    assert left == [], "English on the German screens:\n" + "\n".join(left)
