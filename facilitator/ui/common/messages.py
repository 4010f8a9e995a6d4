"""The app's message boxes: questions, warnings and notices that show their text as typed.

QMessageBox's static functions (question, warning, …) guess rich text from the text itself, so
a meeting titled `Q4 <b>review</b>` or an error quoting a file name with `<` would be drawn as
markup. These build the box with plain text instead; the ui calls them through the module
(`messages.ask(...)`), which also lets tests answer a box without showing it.

Callers pass titles and texts already translated; the standard buttons (Yes, No, OK, Cancel)
speak the app's language through Qt's own catalogue, installed with ours (ui.language).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def _show(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
    labels: Mapping[Button, str] | None = None,
    *,
    rich: bool = False,
) -> Button:
    """Build the box, run it modally, and say which standard button closed it; its text is
    plain unless `rich`.

    Like Qt's static functions, a box closed without a button (no Escape button to stand in)
    answers Cancel; the box is deleted afterwards, not left as a child of parent. Qt is named
    here, not at the top: the main window imports this module before its first paint, and
    PySide6 builds the Qt namespace's enums on first use (about 25 ms, see facilitator/ui/app.py).
    """
    from PySide6.QtCore import Qt

    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    for button, label in (labels or {}).items():
        box.button(button).setText(label)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    try:
        box.exec()
        clicked = box.clickedButton()
        return box.standardButton(clicked) if clicked is not None else Button.Cancel
    finally:
        box.deleteLater()


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
    labels: Mapping[Button, str] | None = None,
) -> Button:
    """A question with the given buttons; the answer is the standard button the user chose.

    `labels` words buttons for this question ("End anyway" on Yes); the answer stays the button.
    """
    return _show(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        buttons,
        default,
        labels,
    )


def confirm(parent: QWidget | None, title: str, text: str, *, default_yes: bool) -> bool:
    """A Yes/No question through ask(); True when the user says Yes. Enter gives Yes only where
    `default_yes`: where a yes cannot be taken back, the default is No."""
    default = Button.Yes if default_yes else Button.No
    return ask(parent, title, text, Button.Yes | Button.No, default) == Button.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Something the user asked for was not done (a file not written, a template refused)."""
    _show(parent, QMessageBox.Icon.Warning, title, text, Button.Ok, Button.Ok)


def refuse(parent: QWidget | None, title: str, text: str) -> None:
    """The app cannot go on with this (a database it will not open)."""
    _show(
        parent,
        QMessageBox.Icon.Critical,
        title,
        text,
        Button.Ok,
        Button.Ok,
    )


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A notice that needs no decision (there is no next meeting to put in a calendar)."""
    _show(
        parent,
        QMessageBox.Icon.Information,
        title,
        text,
        Button.Ok,
        Button.Ok,
    )


def inform_markup(parent: QWidget | None, title: str, markup: str) -> None:
    """A notice the app lays out as HTML (a table of shortcuts).

    Only for markup the app builds itself, with every text from the user, a file or the system
    passed through html.escape first.
    """
    _show(
        parent,
        QMessageBox.Icon.Information,
        title,
        markup,
        Button.Ok,
        Button.Ok,
        rich=True,
    )
