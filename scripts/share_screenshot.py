"""Take docs/share-dialog.png and docs/presenter-shared-1280x720.png: Presenter screen ▸ Share
on the local network… while sharing, and the presenter screen with the view's address and QR
code in its corner.

Run under a display server (`xvfb-run -a -s "-screen 0 1366x768x24" python3
scripts/share_screenshot.py`). The meeting is planned in a temporary database and shared on
127.0.0.1, so no address of the machine shows; the tokens are this run's own.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDeadlineTimer, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.record.meetings import create_meeting  # noqa: E402
from facilitator.record.templates import builtin_template  # noqa: E402
from facilitator.storage.database import open_database  # noqa: E402
from facilitator.ui.common.app_fonts import register_fallback_fonts  # noqa: E402


def settle(app: QApplication, milliseconds: int = 400) -> None:
    deadline = QDeadlineTimer(milliseconds)
    while not deadline.hasExpired():
        app.processEvents()


def main() -> None:
    app = QApplication(sys.argv[:1])
    register_fallback_fonts()
    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "share.sqlite")
    plan = builtin_template("weekly").plan
    when = datetime.now(UTC) + timedelta(minutes=5)
    meeting_id = create_meeting(db, plan, title="Weekly smarketing", scheduled_at=when)
    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    from facilitator.ui.console.console import ConsoleWindow

    console = ConsoleWindow(db, meeting_id, settings=settings)
    console.resize(1366, 768)
    console.show()
    dialog = console.sharing.open_dialog()
    dialog.address_box.setCurrentIndex(dialog.address_box.findData("127.0.0.1"))
    dialog.start_button.click()
    console.show_presenter(None)
    console.presenter.resize(1280, 720)
    console.refresh()
    settle(app)
    dialog.grab().save(str(ROOT / "docs" / "share-dialog.png"))
    console.presenter.grab().save(str(ROOT / "docs" / "presenter-shared-1280x720.png"))
    console.close()
    db.close()


if __name__ == "__main__":
    main()
