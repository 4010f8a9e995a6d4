"""Narrowing the meeting list by kind, date and status, remembered between sessions.

MeetingFilterProxy sits between the meeting list model and its table (the model sorts itself);
MeetingFilterBar is the row of choices above the table, with a label (placed by the window)
that says how many of the meetings are on show.

No signal of our own is emitted here: with PySide6 6.12 every emit() from Python takes a
reference from True that it never gave (the process aborts once they run out), so the bar
tells its count label directly.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.ui.planning.meeting_list_model import (
    DISPLAY_ROLE,
    KIND_ROLE,
    SORT_ROLE,
    MeetingListModel,
)
from facilitator.vocabulary import MeetingKind, MeetingStatus

if TYPE_CHECKING:
    # The bar is in the main window's first frame, which names no Qt (facilitator/ui/app.py):
    # its labels get their text format by name, the proxy's defaults are numbers.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDateEdit

KIND_KEY = "meetingFilter/kind"
STATUS_KEY = "meetingFilter/status"
PERIOD_KEY = "meetingFilter/period"
FROM_KEY = "meetingFilter/from"
TO_KEY = "meetingFilter/to"
ISO_DATE = "yyyy-MM-dd"

_ModelIndex = QModelIndex | QPersistentModelIndex


class Period(StrEnum):
    """The date windows offered; CUSTOM uses the from/to dates the moderator picks."""

    ANY = "any"
    UPCOMING = "upcoming"
    LAST_30_DAYS = "last_30_days"
    LAST_3_MONTHS = "last_3_months"
    LAST_12_MONTHS = "last_12_months"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return QCoreApplication.translate("MeetingFilterBar", _PERIOD_LABELS[self])


_PERIOD_LABELS = {
    Period.ANY: QT_TRANSLATE_NOOP("MeetingFilterBar", "Any date"),
    Period.UPCOMING: QT_TRANSLATE_NOOP("MeetingFilterBar", "Upcoming"),
    Period.LAST_30_DAYS: QT_TRANSLATE_NOOP("MeetingFilterBar", "Last 30 days"),
    Period.LAST_3_MONTHS: QT_TRANSLATE_NOOP("MeetingFilterBar", "Last 3 months"),
    Period.LAST_12_MONTHS: QT_TRANSLATE_NOOP("MeetingFilterBar", "Last 12 months"),
    Period.CUSTOM: QT_TRANSLATE_NOOP("MeetingFilterBar", "From… to…"),
}


def months_before(day: date, months: int) -> date:
    """The same day of the month, months earlier (the month's last day when it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def period_range(
    period: Period, today: date, start: date | None = None, end: date | None = None
) -> tuple[date | None, date | None]:
    """The first and last day (inclusive, None: open) a period covers, seen from today."""
    if period is Period.UPCOMING:
        return (today, None)
    if period is Period.LAST_30_DAYS:
        return (today - timedelta(days=30), today)
    if period is Period.LAST_3_MONTHS:
        return (months_before(today, 3), today)
    if period is Period.LAST_12_MONTHS:
        return (months_before(today, 12), today)
    if period is Period.CUSTOM:
        return (start, end)
    return (None, None)


@dataclass(frozen=True)
class MeetingFilter:
    """What the list is narrowed to; None (or an open end) lets everything through."""

    kind: MeetingKind | None = None
    status: MeetingStatus | None = None
    first_day: date | None = None
    last_day: date | None = None

    @property
    def active(self) -> bool:
        return self != MeetingFilter()

    def accepts(self, day: date, kind: MeetingKind, status: MeetingStatus) -> bool:
        if self.kind is not None and kind is not self.kind:
            return False
        if self.status is not None and status is not self.status:
            return False
        if self.first_day is not None and day < self.first_day:
            return False
        return self.last_day is None or day <= self.last_day


class MeetingFilterProxy(QSortFilterProxyModel):
    """Lets through the meetings the filter accepts, in the order the list model keeps."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = MeetingFilter()
        self._active = False  # the filter's flag, kept: filtering asks for it once per row
        # The words in the language chosen at start, which is set before any window is made.
        self._kinds = {kind.label: kind for kind in MeetingKind}
        self._statuses = {status.label: status for status in MeetingStatus}
        self.setSortRole(SORT_ROLE)

    @property
    def meeting_filter(self) -> MeetingFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """The list model sorts its own rows (MeetingListModel.sort); this proxy keeps their
        order and only filters."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_meeting_filter(self, meeting_filter: MeetingFilter) -> None:
        if meeting_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = meeting_filter
        self._active = meeting_filter.active
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def shows(self, meeting_id: int) -> bool:
        """Whether the meeting is in the source list and passes the filter."""
        source = self.sourceModel()
        if not isinstance(source, MeetingListModel):
            return False
        row = source.row_of(meeting_id)
        return row is not None and self.filterAcceptsRow(row, QModelIndex())

    def filterAcceptsRow(self, source_row: int, source_parent: _ModelIndex) -> bool:
        if not self._active:
            return True
        source = self.sourceModel()

        def value(column: int, role: int = DISPLAY_ROLE) -> Any:
            return source.data(source.index(source_row, column, source_parent), role)

        timestamp = value(MeetingListModel.DATE, SORT_ROLE)
        kind = self._kinds.get(value(MeetingListModel.KIND, KIND_ROLE))
        status = self._statuses.get(value(MeetingListModel.STATUS))
        if timestamp is None or kind is None or status is None:
            return True
        day = datetime.fromtimestamp(timestamp).date()
        return self._filter.accepts(day, kind, status)


def count_text(shown: int, total: int, filtered: bool) -> str:
    """English has no plural forms of its own here (no catalogue): one meeting is spelt apart."""
    if filtered and total == 1:
        text = QCoreApplication.translate("MeetingCountLabel", "{shown} of {total} meeting")
    elif filtered:
        text = QCoreApplication.translate("MeetingCountLabel", "{shown} of {total} meetings")
    elif total == 1:
        text = QCoreApplication.translate("MeetingCountLabel", "{total} meeting")
    else:
        text = QCoreApplication.translate("MeetingCountLabel", "{total} meetings")
    return text.format(shown=shown, total=total)


class MeetingCountLabel(QLabel):
    """'n of m meetings' while a filter narrows the list, else 'm meetings'."""

    def __init__(self, proxy: MeetingFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("textFormat", "PlainText")
        self._proxy = proxy
        for signal in (
            proxy.modelReset,
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.layoutChanged,
        ):
            signal.connect(self.update_count)
        self.update_count()

    def update_count(self, *_args: object) -> None:
        """Count again: the list or the filter changed."""
        source = self._proxy.sourceModel()
        total = source.rowCount() if source is not None else 0
        self.setText(count_text(self._proxy.rowCount(), total, self._proxy.meeting_filter.active))


class _FilterBox(QComboBox):
    """A box of the bar: narrow beside the meeting it elides, yet its list opens as wide as
    its widest choice. That width is given to the list when it first opens: making the list
    with the box would cost the main window's first frame a millisecond a box."""

    def __init__(self, name: str) -> None:
        super().__init__(objectName=name)
        self._list_width = 0

    def elide(self) -> None:
        """From now on the box may be narrower than its choices; its list keeps their width."""
        self._list_width = self.sizeHint().width()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(4)

    def showPopup(self) -> None:  # noqa: N802
        self.view().setMinimumWidth(self._list_width)
        super().showPopup()


def _date_from_setting(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


class MeetingFilterBar(QWidget):
    """Kind, status and date choices over the meeting list, with a way to clear them all.

    The custom period's two date boxes are made when that period is first chosen (or asked
    for): Qt's first QDateEdit costs about 8 ms, which the main window's first frame, where
    they are hidden, does without. Until then their days are kept here.
    """

    def __init__(
        self,
        proxy: MeetingFilterProxy,
        settings: QSettings,
        *,
        today: Callable[[], date] = timesource.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self._settings = settings
        self._today = today
        self._restoring = False
        today = self._today()
        self._first_day = months_before(today, 3)
        self._last_day = today
        self._range: QWidget | None = None
        self._count = MeetingCountLabel(proxy)
        self._count.setObjectName("meetingCount")
        self._init_widgets()
        self._restore()
        self._connect_signals()
        self._apply()

    @property
    def count_label(self) -> MeetingCountLabel:
        """'n of m meetings', for the window to place where it reads best (under the list)."""
        return self._count

    @property
    def kind_box(self) -> QComboBox:
        return self._kind

    @property
    def status_box(self) -> QComboBox:
        return self._status

    @property
    def period_box(self) -> QComboBox:
        return self._period

    @property
    def from_edit(self) -> QDateEdit:
        self._date_range()
        return self._from

    @property
    def to_edit(self) -> QDateEdit:
        self._date_range()
        return self._to

    @property
    def clear_button(self) -> QPushButton:
        return self._clear

    def last_field(self) -> QWidget:
        """The bar's last widget in the tab order, for a widget made later to follow it."""
        return self._to if self._range is not None else self._clear

    @property
    def problem_label(self) -> QLabel:
        return self._problem

    def clear(self) -> None:
        """Show every meeting again; the custom dates stay for the next time they are chosen."""
        self._restoring = True
        try:
            self._kind.setCurrentIndex(0)
            self._status.setCurrentIndex(0)
            self._period.setCurrentIndex(0)
        finally:
            self._restoring = False
        self._apply()

    def _init_widgets(self) -> None:
        self._kind = _FilterBox("kindFilter")
        self._kind.setAccessibleName(self.tr("Meeting kind"))
        self._kind.setToolTip(self.tr("Show only meetings of this kind"))
        self._kind.addItem(self.tr("All kinds"), None)
        for kind in MeetingKind:
            self._kind.addItem(kind.label, kind.value)
        self._status = _FilterBox("statusFilter")
        self._status.setAccessibleName(self.tr("Meeting status"))
        self._status.setToolTip(self.tr("Show only planned, running or ended meetings"))
        self._status.addItem(self.tr("Any status"), None)
        for status in MeetingStatus:
            self._status.addItem(status.label, status.value)
        self._period = _FilterBox("periodFilter")
        self._period.setAccessibleName(self.tr("Meeting date"))
        self._period.setToolTip(self.tr("Show only meetings in this span of dates"))
        for period in Period:
            self._period.addItem(period.label, period.value)
        self._clear = QPushButton(self.tr("Clear filters"), objectName="clearFilters")
        self._clear.setToolTip(self.tr("Show every meeting again"))
        self._problem = QLabel(objectName="filterProblem")
        self._problem.setProperty("textFormat", "PlainText")
        self._problem.setWordWrap(True)
        self._problem.hide()

        for box in (self._kind, self._status, self._period):
            box.elide()  # the list may be narrow beside the meeting
        what = QHBoxLayout()
        what.addWidget(self._kind, 1)
        what.addWidget(self._status, 1)
        when = QHBoxLayout()
        when.addWidget(self._period, 1)
        when.addWidget(self._clear)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addLayout(what)
        self._layout.addLayout(when)
        self._layout.addWidget(self._problem)

    def _date_range(self) -> QWidget:
        """The custom period's From and To boxes, made on first use with the days kept."""
        if self._range is not None:
            return self._range
        from PySide6.QtWidgets import QFormLayout

        self._from = self._date_edit("filterFrom", self.tr("First day"), self._first_day)
        self._from.setToolTip(self.tr("The earliest day of the meetings shown"))
        self._to = self._date_edit("filterTo", self.tr("Last day"), self._last_day)
        self._to.setToolTip(self.tr("The latest day of the meetings shown"))
        self._range = QWidget()
        self._range.setVisible(False)
        range_form = QFormLayout(self._range)
        range_form.setContentsMargins(0, 0, 0, 0)
        range_form.addRow(self.tr("From"), self._from)
        range_form.addRow(self.tr("To"), self._to)
        self._layout.insertWidget(self._layout.indexOf(self._problem), self._range)
        QWidget.setTabOrder(self._clear, self._from)  # made last, yet after Clear filters
        QWidget.setTabOrder(self._from, self._to)
        self._from.dateChanged.connect(self._dates_changed)
        self._to.dateChanged.connect(self._dates_changed)
        return self._range

    def _date_edit(self, name: str, accessible: str, day: date) -> QDateEdit:
        from PySide6.QtWidgets import QDateEdit

        edit = QDateEdit(QDate(day.year, day.month, day.day), objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(ISO_DATE)
        edit.setAccessibleName(accessible)
        return edit

    def _dates_changed(self, *_args: object) -> None:
        self._first_day = self._from.date().toPython()
        self._last_day = self._to.date().toPython()
        self._apply()

    def _connect_signals(self) -> None:
        self._kind.currentIndexChanged.connect(self._apply)
        self._status.currentIndexChanged.connect(self._apply)
        self._period.currentIndexChanged.connect(self._apply)
        self._clear.clicked.connect(self.clear)

    def _restore(self) -> None:
        self._restoring = True
        try:
            for box, key in (
                (self._kind, KIND_KEY),
                (self._status, STATUS_KEY),
                (self._period, PERIOD_KEY),
            ):
                index = box.findData(self._settings.value(key, ""))
                box.setCurrentIndex(max(index, 0))
            self._first_day = _date_from_setting(self._settings.value(FROM_KEY)) or self._first_day
            self._last_day = _date_from_setting(self._settings.value(TO_KEY)) or self._last_day
        finally:
            self._restoring = False

    def _save(self) -> None:
        self._settings.setValue(KIND_KEY, self._kind.currentData() or "")
        self._settings.setValue(STATUS_KEY, self._status.currentData() or "")
        self._settings.setValue(PERIOD_KEY, self._period.currentData() or Period.ANY.value)
        self._settings.setValue(FROM_KEY, self._first_day.isoformat())
        self._settings.setValue(TO_KEY, self._last_day.isoformat())

    def _chosen(self) -> MeetingFilter:
        kind = self._kind.currentData()
        status = self._status.currentData()
        period = Period(self._period.currentData() or Period.ANY.value)
        first, last = period_range(period, self._today(), self._first_day, self._last_day)
        return MeetingFilter(
            kind=MeetingKind(kind) if kind else None,
            status=MeetingStatus(status) if status else None,
            first_day=first,
            last_day=last,
        )

    def _apply(self, *_args: object) -> None:
        if self._restoring:
            return
        chosen = self._chosen()
        custom = self._period.currentData() == Period.CUSTOM.value
        if custom or self._range is not None:
            self._date_range().setVisible(custom)
        backwards = (
            chosen.first_day is not None
            and chosen.last_day is not None
            and chosen.first_day > chosen.last_day
        )
        if backwards:
            self._problem.setText(
                self.tr(
                    "The first day is after the last day; the dates are left out until they "
                    "are in order."
                )
            )
            chosen = replace(chosen, first_day=None, last_day=None)
        self._problem.setVisible(backwards)
        self._proxy.set_meeting_filter(chosen)
        self._count.update_count()
        self._clear.setEnabled(chosen.active or backwards)
        self._save()
