"""Tooltips that show user text as typed.

Qt draws a tooltip as rich text when it looks like markup, so a meeting titled
`Q4 <b>review</b>` would show a bold "review" on hover. The text is escaped and wrapped as
rich text on purpose, which also keeps its line breaks and runs of spaces.

The html module (about 2 ms with its entity tables) loads at the first tooltip, not with the
main window before its first paint.
"""

from __future__ import annotations


def plain_tooltip(text: str) -> str:
    """The tooltip showing text exactly as typed; no tooltip for no text."""
    import html

    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
