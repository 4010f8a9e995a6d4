"""Choosing a CSV file to import, starting in the folder the last import of its kind came from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_csv(parent: QWidget, settings: QSettings, folder_key: str, title: str) -> Path | None:
    """The CSV file the user picks (None if they cancel); its folder is remembered under
    folder_key, so the next import of that kind opens there."""
    folder = str(settings.value(folder_key, "") or "")
    kinds = QCoreApplication.translate("choose_csv", "CSV files (*.csv);;All files (*)")
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, kinds)
    if not name:
        return None
    settings.setValue(folder_key, str(Path(name).parent))
    return Path(name)
