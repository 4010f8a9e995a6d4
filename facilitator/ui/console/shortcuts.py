"""The console's keys, as its shortcuts line shows them and as Help lists them."""

from __future__ import annotations

SHORTCUTS_TEXT = (
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
    ("Ctrl+Space", "Start / pause / resume the clock"),
    ("Alt+Right", "Next item"),
    ("Alt+Left", "Previous item"),
    ("Ctrl+G", "Go to item: type its number, Enter (or double-click it in the agenda)"),
    ("Ctrl+Shift+S", "Correct start time: when the meeting really started"),
    ("Ctrl+=", "Extend the item by 1 min"),
    ("Ctrl+E", "End the meeting"),
    ("Ctrl+R", "Roll call: type part of an invitee's name to find them"),
    (
        "Alt+P / Alt+L / Alt+A",
        "Mark the invitee found present / late / absent (in the roll call; Ctrl+Z undoes)",
    ),
    ("Page Down / Page Up", "Next / previous item (presentation clicker)"),
    ("Ctrl+W", "Close the console"),
    ("F2 / Delete", "Edit / delete the selected note (in the notes list)"),
    ("Ctrl+P", "Park or unpark the selected note (in the notes list)"),
    ("Enter", "File the note being typed (in the note input)"),
    (
        "Ctrl+Return / Ctrl+Enter",
        "Tick the selected carried action item done / resolve the selected dispute, or open it "
        "again (in the review lists; typing there goes to the note field)",
    ),
    (
        "Ctrl+Z / Ctrl+Shift+Z",
        "Edit ▸ Undo / Redo the last note or review change (in a text field holding typing: "
        "that typing)",
    ),
    ("Ctrl+D", "New dispute raised in this meeting"),
    ("Ctrl+T", "New action item made in this meeting"),
    (
        "Ctrl+Shift+T / Ctrl+Shift+D",
        "Action item / dispute from the selected note, else the last one filed: its text "
        "prefilled, the note kept and linked",
    ),
    (
        "Ctrl+Shift+O",
        "Decision details: the owner, the goal that will show whether it worked and the review "
        "date of the selected decision note, else the last one filed",
    ),
    (
        "Enter / Return",
        "Open the selected dispute or action item for editing (in the This meeting list; "
        "double-click does it too)",
    ),
    ("Ctrl+M", "Metrics: enter this meeting's numbers against the goals"),
)
"""The console's keys as Help lists them; the console shows them as SHORTCUTS_TEXT."""
