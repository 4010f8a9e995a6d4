"""Importing a funnel CSV as one undoable edit: undo puts back the periods' rows it replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.funnel.crm_exports import ExportFormat
from facilitator.funnel.csv_import import Imported, import_funnel, replace_periods
from facilitator.measures.metrics_import import ImportRefused
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, Tell

SHOWN_PROBLEMS = 10


class ImportFunnelCommand(EditCommand):
    """A CRM export imported through the core; redo writes its rows again, undo the old ones."""

    refusals = (ImportRefused,)

    def __init__(self, db: Database, path: Path, fmt: ExportFormat, tell: Tell) -> None:
        super().__init__(
            QCoreApplication.translate("ImportFunnelCommand", "Import {file}").format(
                file=path.name
            ),
            QCoreApplication.translate("ImportFunnelCommand", "import"),
            tell,
        )
        self._db, self._path, self._format = db, path, fmt
        self.imported: Imported | None = None

    def apply(self) -> None:
        if self.imported is None:
            self.imported = import_funnel(self._db, self._path, self._format)
        else:
            replace_periods(self._db, self.imported.starts, self.imported.entries)

    def revert(self) -> None:
        assert self.imported is not None
        replace_periods(self._db, self.imported.starts, self.imported.replaced)

    def describe(self, error: Exception) -> str:
        """A refused file says line by line why nothing of it was imported."""
        if self.imported is None and isinstance(error, ImportRefused):
            lines = "\n".join(str(p) for p in error.problems[:SHOWN_PROBLEMS])
            more = len(error.problems) - SHOWN_PROBLEMS
            extra = (
                "\n"
                + QCoreApplication.translate("ImportFunnelCommand", "… and {count} more").format(
                    count=more
                )
                if more > 0
                else ""
            )
            nothing = QCoreApplication.translate(
                "ImportFunnelCommand", "Nothing from {file} was imported:"
            )
            return f"{nothing.format(file=self._path.name)}\n{lines}{extra}"
        return str(error)
