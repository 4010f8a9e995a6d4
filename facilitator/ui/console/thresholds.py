"""When the console's clock turns amber: the thresholds kept in the settings and their dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from facilitator.rules.clock import Thresholds

WARN_SECONDS_KEY = "clock/warn_seconds"
WARN_PERCENT_KEY = "clock/warn_percent"
DEFAULT_WARN_SECONDS = 60
DEFAULT_WARN_PERCENT = 20


def _setting_int(settings: QSettings, key: str, default: int, top: int) -> int:
    """A whole number from the settings, the default when missing or unreadable."""
    try:
        value = int(settings.value(key, default))
    except (TypeError, ValueError):
        return default
    return min(max(value, 0), top)


def thresholds_from(settings: QSettings) -> Thresholds:
    """The warning thresholds saved in the settings (DESIGN's defaults when none are)."""
    seconds = _setting_int(settings, WARN_SECONDS_KEY, DEFAULT_WARN_SECONDS, 3600)
    percent = _setting_int(settings, WARN_PERCENT_KEY, DEFAULT_WARN_PERCENT, 100)
    return Thresholds(warn_seconds=float(seconds), warn_fraction=percent / 100)


def save_thresholds(settings: QSettings, warn_seconds: int, warn_percent: int) -> Thresholds:
    """Keep the thresholds in the settings; returns them as the clock reads them."""
    settings.setValue(WARN_SECONDS_KEY, int(warn_seconds))
    settings.setValue(WARN_PERCENT_KEY, int(warn_percent))
    return thresholds_from(settings)


class ThresholdsDialog(QDialog):
    """When an item turns amber: seconds left or a share of the item, whichever comes first."""

    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Warning thresholds"))
        self.seconds_box = QSpinBox(
            objectName="warnSecondsBox",
            toolTip=self.tr("Warn when this many seconds of the item are left"),
        )
        self.seconds_box.setRange(0, 3600)
        self.seconds_box.setSuffix(" s")
        self.seconds_box.setValue(round(thresholds.warn_seconds))
        self.percent_box = QSpinBox(
            objectName="warnPercentBox",
            toolTip=self.tr("Warn when this share of the item's time is left"),
        )
        self.percent_box.setRange(0, 100)
        self.percent_box.setSuffix(" %")
        self.percent_box.setValue(round(thresholds.warn_fraction * 100))
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "An item turns amber when this much time is left, or this share of the "
                    "item, whichever comes first."
                ),
                wordWrap=True,
            )
        )
        form.addRow(self.tr("Seconds &left:"), self.seconds_box)
        form.addRow(self.tr("&Share of the item:"), self.percent_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            self.tr("Save the thresholds and colour the clock by them at once")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without changing the thresholds")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int, int]:
        """The seconds left and the share in percent, as chosen."""
        return self.seconds_box.value(), self.percent_box.value()
