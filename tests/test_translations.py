"""The catalogues are whole and match the code (issue #21 point 2).

Every text the windows show is marked for translation: no literal sentence reaches a label, a
button, a title, a tooltip or a message unmarked, and none is an f-string lupdate cannot read.
Every catalogue (the windows' .ts per area, the core's .po) holds what the code marks now, and
German and Spanish translate all of it.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "facilitator" / "ui"

_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

SHOWN_BY = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "showMessage",
    "addAction",
    "addMenu",
    "addTab",
    "addItem",
    "addItems",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "addRow",
    "setTabText",
    "setLabelText",
}
"""Methods whose text argument a user reads."""

MESSAGES = {"ask", "confirm", "warn", "refuse", "inform", "inform_markup"}
"""facilitator/ui/common/messages.py's boxes: their title and text arguments follow the parent."""

WIDGETS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QCommandLinkButton",
}
"""Classes whose first argument is the text they show."""

WORDS = re.compile(r"[A-Za-z]{2,}")


def _unmarked(node: ast.expr) -> bool:
    """A literal with words in it, or an f-string: text nobody can translate. A lowercase token
    with no space ('facilitator', 'smtp.example.com') is an example value, not a sentence."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and WORDS.search(str(v.value)) for v in node.values)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        technical = " " not in text and not text[:1].isupper()
        return bool(WORDS.search(text)) and not technical
    if isinstance(node, ast.List | ast.Tuple):
        return any(_unmarked(element) for element in node.elts)
    return False


def _called(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return ""


def _unmarked_texts(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _called(node)
        if name not in SHOWN_BY and name not in WIDGETS and name not in MESSAGES:
            continue
        if name in MESSAGES:
            texts = node.args[1:3]
        elif name in ("addRow", "addTab", "addAction", "addItem"):
            texts = node.args[:2]
        else:
            texts = node.args[:1]
        named = ("text", "title", "markup")
        texts = [*texts, *(k.value for k in node.keywords if k.arg in named)]
        for argument in texts:
            if _unmarked(argument):
                found.append(
                    f"{path.relative_to(ROOT)}:{node.lineno} {name}({ast.unparse(argument)[:60]})"
                )
    return found


def test_no_window_text_is_left_unmarked() -> None:
    unmarked = [line for path in sorted(UI.rglob("*.py")) for line in _unmarked_texts(path)]
    assert unmarked == []


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_catalogue_translates_everything(language: str) -> None:
    gaps = {
        name: texts
        for name, texts in translations.missing([]).items()
        if name.endswith(f"_{language}.ts") or name.endswith(f"_{language}.po")
    }
    assert {name: texts for name, texts in gaps.items() if texts} == {}


def _sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")
    }


@pytest.mark.parametrize("area", sorted(translations.areas()))
def test_each_window_catalogue_holds_what_the_code_marks(area: str, tmp_path: Path) -> None:
    committed = translations.ts_path(area, "de")
    fresh = tmp_path / committed.name
    if committed.exists():
        shutil.copy(committed, fresh)
    sources = [str(path) for path in translations.areas()[area]]
    translations._qt_tool(
        "lupdate", *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)
    )
    marked = _sources(fresh) if fresh.exists() else set()
    kept = _sources(committed) if committed.exists() else set()
    assert marked - kept == set(), "run: python3 scripts/translations.py update " + area
    assert kept - marked == set(), "run: python3 scripts/translations.py update " + area
