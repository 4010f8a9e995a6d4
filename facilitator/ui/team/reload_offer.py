"""The refusal of an edit made from an older read, with the choice the moderator needs next:
see the other moderator's change now, or keep their own text on screen to copy or compare."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.messages import confirm

TITLE = QT_TRANSLATE_NOOP("ReloadOffer", "Changed by someone else")


def offer_reload(parent: QWidget | None, refusal: str) -> bool:
    """Whether to reload; Yes is the default, since an edit can only be made again on top."""
    question = QCoreApplication.translate(
        "ReloadOffer",
        "Reload now? Yes shows their change in place of what you typed here; "
        "No keeps your text on screen, not saved.",
    )
    return confirm(
        parent,
        QCoreApplication.translate("ReloadOffer", TITLE),
        f"{refusal}\n\n{question}",
        default_yes=True,
    )
