"""The language the windows speak: chosen in Settings, or the system's, loaded once at start.

Qt's translators are installed on the application (our catalogue and Qt's own, so standard
buttons such as Cancel speak the same language), QLocale's default is set so dates and numbers
read the local way, and the core (minutes, vocabulary) is told the same language through
facilitator.language. A change in Settings takes effect at the next start: windows already
built keep the words they were made with.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from facilitator.language import ENVIRONMENT, set_language, supported
from facilitator.resource_folder import resource_folder

SETTING = "language"
"""The Settings key: a code of LANGUAGES, or empty for the system's language."""

_installed: list[QTranslator] = []


def system_choice() -> str:
    """The shipped language the system's locale asks for (first of its UI languages we have)."""
    for name in QLocale.system().uiLanguages():
        found = supported(name)
        if found:
            return found
    return "en"


def chosen_language(settings: QSettings) -> str:
    """$FACILITATOR_LANGUAGE first, then the Settings choice, then the system's."""
    return (
        supported(os.environ.get(ENVIRONMENT))
        or supported(str(settings.value(SETTING, "") or ""))
        or system_choice()
    )


def install_language(app: QCoreApplication, code: str) -> str:
    """Make the app speak `code` from now on; returns the code in use (English when the
    catalogue for `code` cannot be loaded)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = supported(code) or "en"
    if code != "en":
        ours = QTranslator(app)
        if not ours.load(f"facilitator_{code}", str(resource_folder() / "translations")):
            code = "en"
        else:
            from PySide6.QtCore import QLibraryInfo  # a class PySide6 makes on first use

            qt_own = QTranslator(app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{code}", folder):
                _installed.append(qt_own)
            _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    set_language(code)
    return code
