"""The win/loss window's undoable edits: a deal added, changed or deleted, a reason added.

Each redo() calls the core; each undo() its inverse: delete_deal for an added deal, the deal's
fields as they were for a change, the same fields again (under a new id) for a deletion, and
remove_reason for a reason no deal names yet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.decisions.deals import (
    DealDraft,
    DealRefused,
    add_deal,
    add_reason,
    delete_deal,
    remove_reason,
    update_deal,
)
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, Tell
from facilitator.vocabulary import DealOutcome


class AddDeal(EditCommand):
    refusals = (DealRefused,)

    def __init__(self, db: Database, draft: DealDraft, tell: Tell) -> None:
        super().__init__(
            QCoreApplication.translate("AddDeal", "Add deal {name}").format(
                name=draft.name.strip()
            ),
            QCoreApplication.translate("AddDeal", "new deal"),
            tell,
        )
        self._db, self._draft = db, draft
        self.deal_id: int | None = None

    def apply(self) -> None:
        self.deal_id = add_deal(self._db, self._draft)

    def revert(self) -> None:
        assert self.deal_id is not None
        delete_deal(self._db, self.deal_id)


class ChangeDeal(EditCommand):
    refusals = (DealRefused,)

    def __init__(
        self, db: Database, deal_id: int, before: DealDraft, after: DealDraft, tell: Tell
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ChangeDeal", "Change deal {name}").format(name=before.name),
            QCoreApplication.translate("ChangeDeal", "deal change"),
            tell,
        )
        self._db, self.deal_id = db, deal_id
        self._before, self._after = before, after

    def apply(self) -> None:
        update_deal(self._db, self.deal_id, self._after)

    def revert(self) -> None:
        update_deal(self._db, self.deal_id, self._before)


class DeleteDeal(EditCommand):
    refusals = (DealRefused,)

    def __init__(self, db: Database, deal_id: int, before: DealDraft, tell: Tell) -> None:
        super().__init__(
            QCoreApplication.translate("DeleteDeal", "Delete deal {name}").format(name=before.name),
            QCoreApplication.translate("DeleteDeal", "delete deal"),
            tell,
        )
        self._db, self.deal_id, self._before = db, deal_id, before

    def apply(self) -> None:
        delete_deal(self._db, self.deal_id)

    def revert(self) -> None:
        self.deal_id = add_deal(self._db, self._before)


class AddReason(EditCommand):
    refusals = (DealRefused,)

    def __init__(self, db: Database, outcome: DealOutcome, name: str, tell: Tell) -> None:
        super().__init__(
            QCoreApplication.translate("AddReason", "Add reason {name}").format(name=name.strip()),
            QCoreApplication.translate("AddReason", "new reason"),
            tell,
        )
        self._db, self._outcome, self._name = db, outcome, name
        self.reason_id: int | None = None

    def apply(self) -> None:
        self.reason_id = add_reason(self._db, self._outcome, self._name)

    def revert(self) -> None:
        assert self.reason_id is not None
        remove_reason(self._db, self.reason_id)
