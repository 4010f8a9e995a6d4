"""Recording a new version of an agreement, or a new agreement: the text, the day it takes
effect, the meeting that agreed it and the decision or resolved dispute that led to it.

Each is an undoable edit on the opener's stack (the agreements window's, the disputes window's
or the console's), so a version recorded by mistake is taken back with Undo. Resolving a
dispute whose category an agreement follows offers the dialog, prefilled with the resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.agreements.register import (
    MAX_AGREEMENT_NAME,
    AgreementNotFound,
    AgreementRefused,
    AgreementView,
    add_agreement,
    agreements_for_category,
    record_version,
    remove_agreement,
    remove_version,
)
from facilitator.record.disputes import DisputeView, dispute_history
from facilitator.record.meetings import list_meetings
from facilitator.record.notes import notes_of
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.common.commands import EditCommand, Tell, push_edit
from facilitator.vocabulary import DisputeCategory, DisputeStatus, MeetingStatus, NoteKind

Links = dict[str, int | None]
"""meeting_id, note_id and dispute_id of a version: what agreed it and what led to it."""


class RecordVersion(EditCommand):
    refusals = (AgreementRefused, AgreementNotFound)

    def __init__(
        self,
        db: Database,
        agreement: AgreementView,
        text: str,
        effective_from: date,
        links: Links,
        tell: Tell,
        done: Callable[[], None],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RecordVersion", "New version of “{name}”").format(
                name=agreement.name
            ),
            QCoreApplication.translate("RecordVersion", "agreement version"),
            tell,
        )
        self._db, self._agreement_id, self._done = db, agreement.id, done
        self._text, self._from, self._links = text, effective_from, links
        self.version_id = 0

    def apply(self) -> None:
        self.version_id = record_version(
            self._db, self._agreement_id, self._text, self._from, **self._links
        )

    def revert(self) -> None:
        remove_version(self._db, self.version_id)

    def shown(self) -> None:
        self._done()


class AddAgreement(EditCommand):
    refusals = (AgreementRefused,)

    def __init__(
        self,
        db: Database,
        name: str,
        category: DisputeCategory | None,
        text: str,
        effective_from: date,
        links: Links,
        tell: Tell,
        done: Callable[[], None],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AddAgreement", "New agreement “{name}”").format(name=name),
            QCoreApplication.translate("AddAgreement", "new agreement"),
            tell,
        )
        self._db, self._done = db, done
        self._name, self._category, self._text = name, category, text
        self._from, self._links = effective_from, links
        self.agreement_id = 0

    def apply(self) -> None:
        self.agreement_id = add_agreement(
            self._db,
            self._name,
            self._text,
            self._from,
            category=self._category,
            **self._links,
        )

    def revert(self) -> None:
        remove_agreement(self._db, self.agreement_id)

    def shown(self) -> None:
        self._done()


class VersionDialog(QDialog):
    """One new version of a chosen agreement, or (`agreements` empty) a new agreement."""

    def __init__(
        self,
        db: Database,
        stack: QUndoStack,
        parent: QWidget | None,
        *,
        agreements: list[AgreementView],
        text: str = "",
        links: Links | None = None,
        led_by: str = "",
        done: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._db, self._stack, self._done = db, stack, done
        self._agreements = agreements
        self._links: Links = {"meeting_id": None, "note_id": None, "dispute_id": None}
        self._links.update(links or {})
        new = not agreements
        self.setWindowTitle(
            self.tr("New agreement") if new else self.tr("New version of an agreement")
        )
        self.name_edit = QLineEdit(objectName="agreementName")
        self.name_edit.setMaxLength(MAX_AGREEMENT_NAME)
        self.category_box = QComboBox(objectName="agreementCategory")
        self.category_box.addItem(self.tr("No dispute category"), None)
        for category in DisputeCategory:
            self.category_box.addItem(category.label, category)
        self.agreement_box = QComboBox(objectName="agreementChoice")
        for agreement in agreements:
            self.agreement_box.addItem(agreement.name, agreement.id)
        self.text_edit = QPlainTextEdit(objectName="versionText")
        self.text_edit.setTabChangesFocus(True)
        self.from_edit = QDateEdit(objectName="versionFrom")
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat("d MMM yyyy")
        today = timesource.today()
        self.from_edit.setDate(QDate(today.year, today.month, today.day))
        self.meeting_box = QComboBox(objectName="versionMeeting")
        self.decision_box = QComboBox(objectName="versionDecision")
        self.led_by_label = QLabel(led_by, objectName="versionLedBy")
        self.led_by_label.setTextFormat(Qt.TextFormat.PlainText)
        self.led_by_label.setWordWrap(True)
        self.problem_label = QLabel(objectName="versionProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Record it; Undo in the window that opened this takes it back")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without recording anything")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        if new:
            form.addRow(self.tr("&Name:"), self.name_edit)
            form.addRow(self.tr("Dispute &category:"), self.category_box)
        else:
            form.addRow(self.tr("&Agreement:"), self.agreement_box)
        form.addRow(self.tr("&Text:"), self.text_edit)
        form.addRow(self.tr("In force &from:"), self.from_edit)
        form.addRow(self.tr("Agreed at &meeting:"), self.meeting_box)
        form.addRow(self.tr("&Decision:"), self.decision_box)
        if led_by:
            form.addRow(self.tr("Led to by:"), self.led_by_label)
        self._describe()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.resize(620, 460)

        self._fill_meetings()
        self.meeting_box.currentIndexChanged.connect(self._fill_decisions)
        self._fill_decisions()
        self.agreement_box.currentIndexChanged.connect(self._take_current_text)
        if text:
            self.text_edit.setPlainText(text)
        else:
            self._take_current_text()

    def _describe(self) -> None:
        """What each field is for, for a screen reader and as a tooltip."""
        for widget, text in (
            (self.name_edit, self.tr("A short name for the agreement")),
            (self.category_box, self.tr("The kind of dispute this agreement settles, if any")),
            (self.agreement_box, self.tr("The agreement that gets a new version")),
            (self.text_edit, self.tr("The whole text of the agreement as it will read")),
            (self.from_edit, self.tr("The day this version takes effect")),
            (self.meeting_box, self.tr("The meeting at which it was agreed")),
            (self.decision_box, self.tr("The decision note of that meeting that led to it")),
        ):
            widget.setToolTip(text)

    def _fill_meetings(self) -> None:
        self.meeting_box.addItem(self.tr("No meeting"), None)
        for meeting in list_meetings(self._db):  # newest first
            if meeting.status is MeetingStatus.CANCELLED:
                continue
            day = meeting.scheduled_at.astimezone().date().isoformat()
            self.meeting_box.addItem(f"{day}  {meeting.title}", meeting.id)
        wanted = self.meeting_box.findData(self._links["meeting_id"])
        self.meeting_box.setCurrentIndex(max(wanted, 0))

    def _fill_decisions(self) -> None:
        """The chosen meeting's decision notes, one of which may have led to the version."""
        self.decision_box.clear()
        self.decision_box.addItem(self.tr("No decision note"), None)
        meeting_id = self.meeting_box.currentData()
        if isinstance(meeting_id, int):
            for note in notes_of(self._db, meeting_id):
                if note.kind is NoteKind.DECISION:
                    self.decision_box.addItem(" ".join(note.text.split())[:90], note.id)
        wanted = self.decision_box.findData(self._links["note_id"])
        self.decision_box.setCurrentIndex(max(wanted, 0))
        self.decision_box.setEnabled(self.decision_box.count() > 1)

    def _take_current_text(self) -> None:
        """A new version starts from the current text, so the change is all that is typed."""
        chosen = self._chosen()
        if chosen is not None:
            self.text_edit.setPlainText(chosen.current.text)

    def _chosen(self) -> AgreementView | None:
        wanted = self.agreement_box.currentData()
        return next((a for a in self._agreements if a.id == wanted), None)

    def save(self) -> None:
        day = self.from_edit.date().toPython()
        assert isinstance(day, date)
        links = dict(
            self._links,
            meeting_id=self.meeting_box.currentData(),
            note_id=self.decision_box.currentData(),
        )
        text = self.text_edit.toPlainText()
        chosen = self._chosen()
        command: EditCommand
        if chosen is None:
            category = self.category_box.currentData()
            command = AddAgreement(
                self._db,
                self.name_edit.text(),
                category,
                text,
                day,
                links,
                self.problem_label.setText,
                self._done,
            )
        else:
            command = RecordVersion(
                self._db, chosen, text, day, links, self.problem_label.setText, self._done
            )
        if push_edit(self._stack, command):
            self.accept()


def _named(name: str) -> str:
    """'MQL definition', 'lead-scoring standard': a name inside an English sentence."""
    keep = name[:2].isupper()
    return name if keep else name[:1].lower() + name[1:]


def offer_if_resolved(
    parent: QWidget,
    db: Database,
    stack: QUndoStack,
    before: DisputeView | None,
    after: DisputeView | None,
) -> VersionDialog | None:
    """After a dispute was saved: when that resolved it, offer a new version (at the meeting
    it was resolved at)."""
    if before is None or after is None or before.status is DisputeStatus.RESOLVED:
        return None
    if after.status is not DisputeStatus.RESOLVED:
        return None
    settled = [e for e in dispute_history(db, after.id) if e.status_after is DisputeStatus.RESOLVED]
    meeting_id = settled[-1].meeting_id if settled else None
    return offer_new_version(parent, db, stack, after, after.resolution, meeting_id)


def offer_new_version(
    parent: QWidget,
    db: Database,
    stack: QUndoStack,
    dispute: DisputeView,
    resolution: str,
    meeting_id: int | None,
) -> VersionDialog | None:
    """After a dispute was resolved: ask whether the agreement its category follows changes,
    and open the version dialog prefilled with the resolution when it does."""
    category = dispute.category
    matching = agreements_for_category(db, category)
    if not matching:
        return None
    if len(matching) == 1:
        question = QCoreApplication.translate(
            "VersionDialog", "Record a new version of the {agreement}?"
        ).format(agreement=_named(matching[0].name), name=matching[0].name)
    else:
        question = QCoreApplication.translate(
            "VersionDialog", "Record a new version of an agreement on {category}?"
        ).format(category=category.label)
    answer = messages.ask(
        parent,
        QCoreApplication.translate("VersionDialog", "Agreements"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    dialog = VersionDialog(
        db,
        stack,
        parent,
        agreements=matching,
        text=resolution,
        links={"meeting_id": meeting_id, "dispute_id": dispute.id},
        led_by=QCoreApplication.translate("VersionDialog", "Dispute resolved: {title}").format(
            title=" ".join(dispute.title.split())
        ),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
