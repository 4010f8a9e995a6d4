"""Running the alignment baseline: its questions, the previous run beside them for comparison."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.language import _
from facilitator.measures.baseline import (
    QUESTIONS,
    SCALE_MAX,
    SCALE_MIN,
    AnswerKind,
    BaselineRefused,
    BaselineView,
    Question,
    compare,
    format_answer,
    list_baselines,
    save_baseline,
)
from facilitator.neutrality.lead_quality import (
    CONVERSION_ANSWER,
    FOLLOW_UP_ANSWER,
    lead_quality_targets,
    read_lead_quality,
)
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import MISSED, tint

GEOMETRY_KEY = "baseline/geometry"


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class BaselineDialog(QDialog):
    """Answer each question; Save stores the run with today's date and this meeting, if any."""

    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        meeting_id: int | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alignment baseline"))
        self._db = db
        self._meeting_id = meeting_id
        self._settings = settings if settings is not None else QSettings()
        self.runs = list_baselines(db)
        self.inputs: dict[str, QComboBox | QSpinBox] = {}
        self.previous_labels: dict[str, QLabel] = {}
        self._build()
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def _input(self, question: Question, previous: Any) -> QComboBox | QSpinBox:
        if question.kind is AnswerKind.CHOICE:
            box = QComboBox(objectName=f"answer_{question.key}")
            for choice in question.choices:
                box.addItem(_(choice), choice)
            if previous in question.choices:
                box.setCurrentIndex(question.choices.index(previous))
            return box
        spin = QSpinBox(objectName=f"answer_{question.key}")
        if question.kind is AnswerKind.SCALE:
            spin.setRange(SCALE_MIN, SCALE_MAX)
            spin.setSuffix(self.tr(" of {top}").format(top=SCALE_MAX))
        else:
            spin.setRange(0, 100)
            spin.setSuffix(" %")
        if isinstance(previous, int | float) and not isinstance(previous, bool):
            spin.setValue(round(previous))
        return spin

    def _build(self) -> None:
        previous = self.runs[-1] if self.runs else None
        intro = (
            self.tr("The first run: later runs are read against it.")
            if previous is None
            else self.tr("Previous run: {when}. Its answers are filled in to start from.").format(
                when=self._when(previous)
            )
        )
        grid = QGridLayout()
        grid.addWidget(_plain(self.tr("Question")), 0, 0)
        grid.addWidget(_plain(self.tr("Now")), 0, 1)
        grid.addWidget(_plain(self.tr("Previous run")), 0, 2)
        for row, question in enumerate(QUESTIONS, start=1):
            before = previous.answers.get(question.key) if previous else None
            field = self._input(question, before)
            label = _plain(_(question.text))
            label.setBuddy(field)
            shown = _plain(format_answer(question, before), f"previous_{question.key}")
            field.setAccessibleDescription(
                self.tr("Your answer now; the previous run answered {answer}").format(
                    answer=format_answer(question, before)
                )
                if previous is not None
                else self.tr("Your answer now; this first run is what later runs are read against")
            )
            self.inputs[question.key] = field
            self.previous_labels[question.key] = shown
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(shown, row, 2)
        self.lead_quality = _plain(name="leadQuality")
        self._targets = lead_quality_targets(self._db, timesource.today())
        for key in (FOLLOW_UP_ANSWER, CONVERSION_ANSWER):
            spin = self.inputs[key]
            if isinstance(spin, QSpinBox):
                spin.valueChanged.connect(self._read_lead_quality)
        self._read_lead_quality()
        self.message = _plain(name="baselineMessage")
        self.comparison = _plain(name="baselineComparison")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(
            self.tr("Store these answers as a run of today, with the selected meeting")
        )
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close the baseline; answers not saved are dropped")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(intro, "baselineIntro"))
        layout.addLayout(grid)
        layout.addWidget(self.lead_quality)
        layout.addWidget(self.comparison)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        first = next(iter(self.inputs.values()))
        first.setFocus()

    def _read_lead_quality(self) -> None:
        """Follow-up against conversion as answered now: the lead-quality signal, in words."""
        reading = read_lead_quality(self.answers(), self._targets)
        self.lead_quality.setText(reading.text if reading is not None else "")
        tint(self.lead_quality, MISSED if reading is not None and reading.signal else None)

    def _when(self, run: BaselineView) -> str:
        day = QLocale().toString(run.taken_at.astimezone().date(), "dd MMM yyyy")
        if not run.meeting_title:
            return day
        return self.tr("{day} at “{meeting}”").format(day=day, meeting=run.meeting_title)

    def answers(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, field in self.inputs.items():
            values[key] = field.currentData() if isinstance(field, QComboBox) else field.value()
        return values

    def save(self) -> int | None:
        """Store the run; then show how it compares with the first one."""
        try:
            run_id = save_baseline(self._db, self.answers(), meeting_id=self._meeting_id)
        except BaselineRefused as refused:
            self.message.setText(self.tr("Not saved — {reason}").format(reason=refused))
            return None
        self.runs = list_baselines(self._db)
        self.message.setText(
            self.tr("Saved the run of {when}.").format(when=self._when(self.runs[-1]))
        )
        self.comparison.setText(self.comparison_text())
        self.save_button.setEnabled(False)
        self.saved.emit(run_id)
        return run_id

    def comparison_text(self) -> str:
        """The latest run against the first, one line per question that moved."""
        if len(self.runs) < 2:
            return self.tr("This is the first run; the next one will be compared with it.")
        first, latest = self.runs[0], self.runs[-1]
        lines = [self.tr("Since the first run ({when}):").format(when=self._when(first))]
        directions = {"better": self.tr("better"), "worse": self.tr("worse")}
        for change in compare(first, latest):
            if change.direction in directions:
                before = format_answer(change.question, change.before)
                after = format_answer(change.question, change.after)
                lines.append(
                    f"{_(change.question.text)} {before} → {after} ({directions[change.direction]})"
                )
        if len(lines) == 1:
            lines.append(self.tr("no answer has changed."))
        return "\n".join(lines)

    def done(self, result: int) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
