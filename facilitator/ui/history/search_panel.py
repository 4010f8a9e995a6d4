"""Searching what meetings left behind, from a panel docked beside the meeting list.

The moderator types (Ctrl+F brings the field forward); the results follow shortly after the
last key, and Enter or a double-click opens a result's meeting at its agenda item. Everything
shown comes from user data, so it is set as plain text only; the words that matched are bold
in the found text, which is rich text made from escaped pieces (marked_text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.storage.database import Database
from facilitator.ui.common.escape_closes import close_on_escape
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.history.marked_text import MARKED_ROLE, MarkedTextDelegate, marked_html

if TYPE_CHECKING:  # the search module loads SQLAlchemy: on the first search, not at start
    from facilitator.record.search import SearchHit

DEBOUNCE_MS = 250
"""Long enough not to search on every key of a quick typist, short enough to feel live."""

DOCK_SHARE = 0.3
"""The most of the main window's width the docked panel takes when it opens."""

HIT_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    QT_TRANSLATE_NOOP("SearchPanel", "Kind"),
    QT_TRANSLATE_NOOP("SearchPanel", "Meeting"),
    QT_TRANSLATE_NOOP("SearchPanel", "Found"),
)
HINT = QT_TRANSLATE_NOOP(
    "SearchPanel", "Type a word to search notes, decisions, disputes and action items."
)


def meeting_text(hit: SearchHit) -> str:
    """The meeting a hit belongs to, as its date and title on one line."""
    if hit.meeting_id is None:
        return QCoreApplication.translate("SearchPanel", "No meeting")
    day = hit.meeting_date.astimezone().date().isoformat() if hit.meeting_date else ""
    title = " ".join((hit.meeting_title or "").split())
    return f"{day} · {title}" if day else title


def _cell(text: str, hit: SearchHit) -> QStandardItem:
    cell = QStandardItem(text)
    cell.setEditable(False)
    cell.setToolTip(plain_tooltip(text))
    cell.setData(hit, HIT_ROLE)
    return cell


class SearchPanel(QWidget):
    """A search field over a list of results; opening one emits hit_opened."""

    hit_opened = Signal(object)
    """The SearchHit the moderator opened (Enter or double-click)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._model = QStandardItemModel(0, len(HEADERS), self)
        self._model.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self._query = ""
        self._more = False
        """Whether the results on show for _query are a full page, so scrolling to their end
        fetches the next one."""
        self._init_widgets()
        self._connect_signals()
        self._show_message(self.tr(HINT))

    @property
    def field(self) -> QLineEdit:
        return self._field

    @property
    def results(self) -> QTableView:
        return self._results

    @property
    def message_label(self) -> QLabel:
        return self._message

    def sizeHint(self) -> QSize:
        """Wide enough beside the meeting list for the found text to be read."""
        return QSize(540, 420)

    def hits(self) -> list[SearchHit]:
        """The results on show, top to bottom."""
        return [self._model.item(row, 0).data(HIT_ROLE) for row in range(self._model.rowCount())]

    def is_waiting(self) -> bool:
        """Whether typing has changed the query and its search is still to run."""
        return self._timer.isActive()

    def focus_field(self) -> None:
        """Put the cursor in the field with its text selected, and bring the results up to
        date: notes may have been written since the last search."""
        self._field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._field.selectAll()
        if self._field.text().strip():
            self.run_search()

    def run_search(self) -> None:
        """Search for the field's text now, without waiting for the typing to pause."""
        self._timer.stop()
        self._more = False
        query = self._field.text()
        if not query.strip():
            self._set_hits([])
            self._show_message(self.tr(HINT))
            return
        from facilitator.record.search import DEFAULT_LIMIT, SearchRefused, search

        try:
            hits = search(self._db, query)
        except SearchRefused as refused:
            self._set_hits([])
            self._show_message(str(refused))
            return
        self._set_hits(hits)
        self._query = query
        self._more = len(hits) >= DEFAULT_LIMIT
        self._show_count(len(hits))

    def _show_count(self, count: int) -> None:
        if self._more:
            self._show_message(
                self.tr("The first {count} results; add a word to narrow them down.").format(
                    count=count
                )
            )
        elif count == 1:
            self._show_message(self.tr("1 result"))
        elif count:
            self._show_message(self.tr("{count} results").format(count=count))
        else:
            shown = " ".join(self._query.split())
            self._show_message(self.tr("Nothing found for “{query}”.").format(query=shown))

    def _on_scrolled(self, value: int) -> None:
        """Scrolled to the end of a full page of results: the next page is fetched (a first
        page answers sooner than every hit would)."""
        bar = self._results.verticalScrollBar()
        if self._more and 0 < bar.maximum() <= value and not self._timer.isActive():
            self._fetch_more()

    def _fetch_more(self) -> None:
        """The next page after the results on show, appended (all of them anew when what
        was on show has changed meanwhile)."""
        from facilitator.record.search import DEFAULT_LIMIT, SearchRefused, search

        shown = self.hits()
        wanted = len(shown) + DEFAULT_LIMIT
        self._more = False
        try:
            hits = search(self._db, self._query, limit=wanted)
        except SearchRefused:
            return
        if hits[: len(shown)] == shown:
            self._add_hits(hits[len(shown) :])
        else:
            self._set_hits(hits)
        self._more = len(hits) >= wanted
        self._show_count(len(hits))

    def open_current(self) -> None:
        """Open the selected result, or the first one when none is selected."""
        index = self._results.currentIndex()
        row = index.row() if index.isValid() else 0
        if 0 <= row < self._model.rowCount():
            self._open_row(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the field steps into the results; Escape in the results steps back."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self._field and key == Qt.Key.Key_Down and self._model.rowCount():
                self._results.setFocus(Qt.FocusReason.TabFocusReason)
                if not self._results.currentIndex().isValid():
                    self._results.setCurrentIndex(self._model.index(0, 0))
                return True
            if watched is self._results and key == Qt.Key.Key_Escape:
                self._field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _init_widgets(self) -> None:
        self._field = QLineEdit(objectName="searchField")
        self._field.setPlaceholderText(self.tr("Search notes, decisions, disputes, action items"))
        self._field.setClearButtonEnabled(True)
        self._field.setAccessibleName(self.tr("Search"))
        self._field.setToolTip(
            self.tr("Results follow as you type; Enter opens the first, Down steps into them")
        )
        self._field.installEventFilter(self)

        self._results = QTableView(objectName="searchResults")
        self._results.setModel(self._model)
        self._results.setAccessibleName(self.tr("Search results"))
        self._results.setAccessibleDescription(
            self.tr("What matched, bold where it matched; Enter opens its meeting at that item")
        )
        self._results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._results.setTabKeyNavigation(False)
        self._results.setWordWrap(False)
        self._results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._results.setAlternatingRowColors(True)
        self._results.setItemDelegateForColumn(2, MarkedTextDelegate(self._results))
        self._results.verticalHeader().hide()
        self._results.installEventFilter(self)
        header = self._results.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        sample = "2026-12-31 · Week"  # the date and the start of the title: Found has the room
        header.resizeSection(1, self._results.fontMetrics().horizontalAdvance(sample) + 12)

        self._message = QLabel(objectName="searchMessage", textFormat=Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self._field)
        layout.addWidget(self._message)
        layout.addWidget(self._results, 1)

    def _connect_signals(self) -> None:
        self._field.textChanged.connect(self._timer.start)
        self._field.returnPressed.connect(self._on_return)
        self._timer.timeout.connect(self.run_search)
        self._results.activated.connect(lambda index: self._open_row(index.row()))
        self._results.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def _on_return(self) -> None:
        """Enter in the field: results for what is typed now, then the first one opens."""
        if self._timer.isActive():
            self.run_search()
        self.open_current()

    def _set_hits(self, hits: list[SearchHit]) -> None:
        self._model.removeRows(0, self._model.rowCount())
        self._add_hits(hits)

    def _add_hits(self, hits: list[SearchHit]) -> None:
        for hit in hits:
            found = _cell(hit.snippet, hit)
            found.setData(marked_html(hit.snippet, hit.marks), MARKED_ROLE)
            kind, meeting = _cell(hit.kind.label, hit), _cell(meeting_text(hit), hit)
            self._model.appendRow([kind, meeting, found])

    def _open_row(self, row: int) -> None:
        from facilitator.record.search import SearchHit

        hit: Any = self._model.item(row, 0).data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return
        if hit.meeting_id is None:
            self._show_message(
                self.tr("That result belongs to no meeting, so there is none to open.")
            )
            return
        self.hit_opened.emit(hit)

    def _show_message(self, text: str) -> None:
        self._message.setText(text)


class SearchDock(QDockWidget):
    """The search panel as a dock the moderator can move, float or close (Ctrl+F reopens it)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SearchDock", "Search"), parent)
        self.setObjectName("searchDock")
        self._panel = SearchPanel(db, self)
        self.setWidget(self._panel)
        close_on_escape(self)

    @property
    def panel(self) -> SearchPanel:
        return self._panel

    def focus_search(self) -> None:
        """Show the dock and put the cursor in its field."""
        if not self.isVisible():
            self.show()
            self._keep_to_its_share()
        self.raise_()
        self._panel.focus_field()

    def _keep_to_its_share(self) -> None:
        """Beside the meeting list and the meeting, the dock takes at most DOCK_SHARE of the
        window's width (narrower where the moderator left it so), never all it would like."""
        window = self.parentWidget()
        if self.isFloating() or not isinstance(window, QMainWindow):
            return
        if window.dockWidgetArea(self) not in (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        ):
            return
        share = round(window.width() * DOCK_SHARE)
        if self.width() > share:
            window.resizeDocks([self], [share], Qt.Orientation.Horizontal)
