"""The console's keys, as its shortcuts line shows them and as Help lists them.

The words are marked for translation and kept in English here (the tests compare them); the
console shows shortcuts_text() and Help can list console_shortcuts(), both in the language
spoken. The keys themselves are the same in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ConsoleShortcuts"

SHORTCUTS_TEXT = QT_TRANSLATE_NOOP(
    "ConsoleShortcuts",
    "Ctrl+Space start / pause / resume  ·  Alt+→ / Page Down next  ·  "
    "Alt+← / Page Up previous  ·  Ctrl+G go to item  ·  Ctrl+Shift+S correct start  ·  "
    "Ctrl+= +1 min  ·  Ctrl+E end  ·  Ctrl+R roll call (Alt+P / Alt+L / Alt+A mark)  ·  "
    "Ctrl+D dispute  ·  "
    "Ctrl+T action item  ·  Ctrl+Shift+T / Ctrl+Shift+D action item / dispute from the note  ·  "
    "Ctrl+Shift+O decision's owner, goal, review date  ·  "
    "Ctrl+M metrics  ·  Ctrl+W close  ·  This meeting list: Enter edits  ·  "
    "Notes list: F2 edit, Del delete, Ctrl+P park  ·  "
    "Review lists: Ctrl+Enter ticks / resolves  ·  "
    "Ctrl+Z / Ctrl+Shift+Z undo / redo the last note or review change  ·  "
    "Typing in a list goes to the note field"
)

CONSOLE_SHORTCUTS = (
    (
        "Ctrl+Space",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Start / pause / resume the clock"
        ),
    ),
    (
        "Alt+Right",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Next item"
        ),
    ),
    (
        "Alt+Left",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Previous item"
        ),
    ),
    (
        "Ctrl+G",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Go to item: type its number, Enter (or double-click it in the agenda)"
        ),
    ),
    (
        "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Correct start time: when the meeting really started"
        ),
    ),
    (
        "Ctrl+=",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Extend the item by 1 min"
        ),
    ),
    (
        "Ctrl+E",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "End the meeting"
        ),
    ),
    (
        "Ctrl+R",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Roll call: type part of an invitee's name to find them"
        ),
    ),
    (
        "Alt+P / Alt+L / Alt+A",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Mark the invitee found present / late / absent (in the roll call; "
            "Ctrl+Z undoes)"
        ),
    ),
    (
        "Page Down / Page Up",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Next / previous item (presentation clicker)"
        ),
    ),
    (
        "Ctrl+W",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Close the console"
        ),
    ),
    (
        "F2 / Delete",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Edit / delete the selected note (in the notes list)"
        ),
    ),
    (
        "Ctrl+P",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Park or unpark the selected note (in the notes list)"
        ),
    ),
    (
        "Enter",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "File the note being typed (in the note input)"
        ),
    ),
    (
        "Ctrl+Return / Ctrl+Enter",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Tick the selected carried action item done / resolve the selected "
            "dispute, or open it again (in the review lists; typing there goes to the note "
            "field)"
        ),
    ),
    (
        "Ctrl+Z / Ctrl+Shift+Z",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Edit ▸ Undo / Redo the last note or review change (in a text field "
            "holding typing: that typing)"
        ),
    ),
    (
        "Ctrl+D",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "New dispute raised in this meeting"
        ),
    ),
    (
        "Ctrl+T",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "New action item made in this meeting"
        ),
    ),
    (
        "Ctrl+Shift+T / Ctrl+Shift+D",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Action item / dispute from the selected note, else the last one "
            "filed: its text prefilled, the note kept and linked"
        ),
    ),
    (
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Decision details: the owner, the goal that will show whether it worked and "
            "the review date of the selected decision note, else the last one filed"
        ),
    ),
    (
        "Enter / Return",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Open the selected dispute or action item for editing (in the This meeting "
            "list; double-click does it too)"
        ),
    ),
    (
        "Ctrl+M",
        QT_TRANSLATE_NOOP(
            "ConsoleShortcuts",
            "Metrics: enter this meeting's numbers against the goals"
        ),
    ),
)
"""The console's keys as Help lists them; the console shows them as SHORTCUTS_TEXT."""


def shortcuts_text() -> str:
    """The shortcuts line in the language spoken."""
    return QCoreApplication.translate(CONTEXT, SHORTCUTS_TEXT)


def console_shortcuts() -> list[tuple[str, str]]:
    """The keys and what each does, the words in the language spoken."""
    return [(keys, QCoreApplication.translate(CONTEXT, what)) for keys, what in CONSOLE_SHORTCUTS]
