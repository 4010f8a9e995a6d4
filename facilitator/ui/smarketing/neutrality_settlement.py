"""Which way a dispute was settled, asked wherever one is resolved: the neutrality report counts
the answers, so resolving without one is refused. Escalating needs no answer (it is one)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QRadioButton, QWidget

from facilitator.vocabulary import DisputeStatus, Settlement

RESOLVED_WAYS = (Settlement.TOWARDS_SALES, Settlement.TOWARDS_MARKETING, Settlement.COMPROMISE)
"""The settlements a resolved dispute can have; ESCALATED comes with escalating."""
CHOOSE_A_WAY = QT_TRANSLATE_NOOP("SettlementButtons", "Say which way it was settled.")
"""Marked for translation; the words shown are choose_a_way()'s."""
_MNEMONICS = {
    Settlement.TOWARDS_SALES: QT_TRANSLATE_NOOP("SettlementButtons", "Towards &Sales"),
    Settlement.TOWARDS_MARKETING: QT_TRANSLATE_NOOP("SettlementButtons", "Towards &Marketing"),
    Settlement.COMPROMISE: QT_TRANSLATE_NOOP("SettlementButtons", "&Compromise"),
}
_MEANINGS = {
    Settlement.TOWARDS_SALES: QT_TRANSLATE_NOOP(
        "SettlementButtons", "The dispute was settled the way Sales asked"
    ),
    Settlement.TOWARDS_MARKETING: QT_TRANSLATE_NOOP(
        "SettlementButtons", "The dispute was settled the way Marketing asked"
    ),
    Settlement.COMPROMISE: QT_TRANSLATE_NOOP(
        "SettlementButtons", "Both teams gave ground: neither side's way was taken whole"
    ),
}


def choose_a_way() -> str:
    """CHOOSE_A_WAY in the app's language, for a resolution refused without a way."""
    return QCoreApplication.translate("SettlementButtons", CHOOSE_A_WAY)


class SettlementButtons(QWidget):
    """One radio button per way, none checked until the moderator says (Alt+S, Alt+M, Alt+C)."""

    def __init__(self, settlement: Settlement | None = None, parent: QWidget | None = None):
        super().__init__(parent, objectName="settlementButtons")
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Settlement, QRadioButton] = {}
        for way in RESOLVED_WAYS:
            button = QRadioButton(
                self.tr(_MNEMONICS[way]),
                objectName=f"settled_{way.value}",
                toolTip=self.tr(_MEANINGS[way]),
            )
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[way] = button
        layout.addStretch(1)
        if settlement in self.buttons:
            self.buttons[settlement].setChecked(True)

    def settlement(self) -> Settlement | None:
        return next((way for way, button in self.buttons.items() if button.isChecked()), None)


class SettlementBox(QComboBox):
    """The way a resolved dispute was settled, beside its status; blank until chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            objectName="settlementBox",
            toolTip=self.tr("Which way the resolved dispute was settled"),
        )
        self.addItem("—", None)
        for way in Settlement:
            self.addItem(way.label, way.value)
        self.setEnabled(False)  # until the status beside it says resolved (follow)

    def settlement(self) -> Settlement | None:
        value = self.currentData()
        return Settlement(value) if value is not None else None

    def set_settlement(self, settlement: Settlement | None) -> None:
        self.setCurrentIndex(max(self.findData(settlement.value if settlement else None), 0))

    def follow(self, status: DisputeStatus) -> None:
        """Only a resolved dispute is settled a chosen way; escalating is a way of its own."""
        resolved = status is DisputeStatus.RESOLVED
        self.setEnabled(resolved)
        if not resolved:
            escalated = status is DisputeStatus.ESCALATED
            self.set_settlement(Settlement.ESCALATED if escalated else None)
