"""The meeting's informed: who receives its minutes without attending (a manager, a team list).

Shown under the attendance list, it shares that list's undo stack, so Ctrl+Z there takes back
the last change of either. A person comes from the roster; an address is typed, with an
optional name for the minutes' distribution line; either can be named for every meeting of
the meeting's series.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.first_fill import informed_list, list_people, meeting_series
from facilitator.meeting_views import (
    InformedRefused,
    InformedView,
    MeetingNotFound,
    PersonNotFound,
)
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, Tell, push_edit
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.common.tooltips import plain_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole
TITLE = QT_TRANSLATE_NOOP("InformedPanel", "Informed (receive the minutes)")
LIST_HEIGHT = 66
"""About three lines: the attendance list above keeps the room for a roll call."""

Adder = Callable[[], InformedView]


def item_text(view: InformedView) -> str:
    """One line of the list: who, where the minutes go, and for the whole series or not."""
    if view.person_id is None:
        who = view.label
    elif view.email:
        who = f"{view.label} · {view.email}"
    else:
        who = QCoreApplication.translate(
            "InformedPanel", "{name} · no email address: receives nothing"
        ).format(name=view.label)
    if not view.for_series:
        return who
    return QCoreApplication.translate(
        "InformedPanel", "{who} — every meeting of the series"
    ).format(who=who)


class InformedCommand(EditCommand):
    """Add or remove one informed entry; undo does the other, under the entry's own id."""

    refusals = (InformedRefused, PersonNotFound, MeetingNotFound)

    def __init__(
        self, db: Database, text: str, noun: str, tell: Tell, panel: InformedPanel
    ) -> None:
        super().__init__(text, noun, tell)
        self._db = db
        self._panel = panel
        self.view: InformedView | None = None

    def shown(self) -> None:
        self._panel.refresh()


class AddInformed(InformedCommand):
    def __init__(self, db: Database, tell: Tell, panel: InformedPanel, add: Adder) -> None:
        super().__init__(
            db,
            QCoreApplication.translate("InformedPanel", "Inform"),
            QCoreApplication.translate("InformedPanel", "inform"),
            tell,
            panel,
        )
        self._add = add

    def apply(self) -> None:
        if self.view is None:
            self.view = self._add()
            done = QCoreApplication.translate("InformedPanel", "Inform {name}")
            noun = QCoreApplication.translate("InformedPanel", "inform")
            self.setText(f"{done.format(name=self.view.label)}\n{noun}")
        else:
            from facilitator.mailing.informed import restore_informed

            restore_informed(self._db, self.view)

    def revert(self) -> None:
        from facilitator.mailing.informed import remove_informed

        assert self.view is not None
        remove_informed(self._db, self.view.id)


class RemoveInformed(InformedCommand):
    def __init__(self, db: Database, tell: Tell, panel: InformedPanel, view: InformedView) -> None:
        super().__init__(
            db,
            QCoreApplication.translate("InformedPanel", "Stop informing {name}").format(
                name=view.label
            ),
            QCoreApplication.translate("InformedPanel", "remove informed"),
            tell,
            panel,
        )
        self.view = view

    def apply(self) -> None:
        from facilitator.mailing.informed import remove_informed

        assert self.view is not None
        remove_informed(self._db, self.view.id)

    def revert(self) -> None:
        from facilitator.mailing.informed import restore_informed

        assert self.view is not None
        restore_informed(self._db, self.view)


class InformedPanel(QWidget):
    """The informed of one meeting and of its series, with add and remove."""

    informedChanged = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._db: Database | None = None
        self._meeting_id: int | None = None
        self._series: tuple[int, str] | None = None
        self._views: list[InformedView] = []
        self._build()
        self.refresh()

    # Public interface

    def set_meeting(self, db: Database, meeting_id: int | None) -> None:
        self._db = db
        self._meeting_id = meeting_id
        self._series = None
        self._show_error("")
        if meeting_id is not None:
            try:
                self._series = meeting_series(db, meeting_id)
            except MeetingNotFound:
                self._meeting_id = None
        self._fill_people()
        self.refresh()

    def refresh(self) -> None:
        """Reread the meeting's and its series' entries from the core."""
        keep = self.selected_ids()
        self._views = []
        if self._db is not None and self._meeting_id is not None:
            self._views = informed_list(self._db, meeting_id=self._meeting_id)
            if self._series is not None:
                self._views += informed_list(self._db, series_id=self._series[0])
        self.list_widget.clear()
        for view in self._views:
            item = QListWidgetItem(item_text(view))
            item.setData(ID_ROLE, view.id)
            item.setToolTip(plain_tooltip(item_text(view)))
            self.list_widget.addItem(item)
            item.setSelected(view.id in keep)
        self.empty_label.setVisible(not self._views)
        self.list_widget.setVisible(bool(self._views))
        self.series_box.setVisible(self._series is not None)
        if self._series is not None:
            self.series_box.setText(self.tr("For every meeting of the series"))
            self.series_box.setToolTip(
                plain_tooltip(self.tr("Series: {name}").format(name=self._series[1]))
            )
        self._update_actions()

    def informed(self) -> list[InformedView]:
        return list(self._views)

    def selected_ids(self) -> list[int]:
        return [item.data(ID_ROLE) for item in self.list_widget.selectedItems()]

    def add_person(self) -> bool:
        person_id = self.person_combo.currentData(ID_ROLE)
        if person_id is None or self._db is None:
            self._show_error(self.tr("Choose a person from the roster to inform."))
            return False
        from facilitator.mailing.informed import add_informed_person

        db, where = self._db, self._where()
        if self._push_add(lambda: add_informed_person(db, person_id, **where)):
            self.person_combo.setCurrentIndex(0)
            return True
        return False

    def add_address(self) -> bool:
        if self._db is None:
            return False
        from facilitator.mailing.informed import add_informed_address

        db, where = self._db, self._where()
        address, name = self.address_edit.text(), self.name_edit.text()
        if self._push_add(lambda: add_informed_address(db, address, name, **where)):
            self.address_edit.clear()
            self.name_edit.clear()
            return True
        return False

    def remove_selected(self) -> None:
        if self._db is None:
            return
        chosen = set(self.selected_ids())
        for view in [view for view in self._views if view.id in chosen]:
            if not push_edit(self.undo_stack, RemoveInformed(self._db, self._tell, self, view)):
                break
        else:
            self._show_error("")
        self.informedChanged.emit()

    # Behaviour

    def _where(self) -> dict[str, int]:
        if self._series is not None and self.series_box.isChecked():
            return {"series_id": self._series[0]}
        return {"meeting_id": self._meeting_id} if self._meeting_id is not None else {}

    def _push_add(self, add: Adder) -> bool:
        assert self._db is not None
        command = AddInformed(self._db, self._tell, self, add)
        if not push_edit(self.undo_stack, command):
            return False
        self._show_error("")
        self.informedChanged.emit()
        return True

    def _tell(self, message: str) -> None:
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _fill_people(self) -> None:
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Choose a person…"))
        if self._db is None:
            return
        for person in list_people(self._db):
            if person.email:
                self.person_combo.addItem(f"{person.name} · {person.email}")
                self.person_combo.setItemData(self.person_combo.count() - 1, person.id, ID_ROLE)

    def _update_actions(self) -> None:
        has_meeting = self._meeting_id is not None
        for widget in (self.person_combo, self.address_edit, self.name_edit, self.list_widget):
            widget.setEnabled(has_meeting)
        self.add_person_button.setEnabled(
            has_meeting and self.person_combo.currentData(ID_ROLE) is not None
        )
        self.add_address_button.setEnabled(has_meeting and bool(self.address_edit.text().strip()))
        self.remove_button.setEnabled(has_meeting and bool(self.selected_ids()))

    # Building

    def _build(self) -> None:
        title = QLabel(self.tr(TITLE))
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.tr(TITLE))
        self.list_widget.setAccessibleDescription(
            self.tr("Who else receives the minutes; select entries to remove them")
        )
        self.list_widget.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list_widget.setMaximumHeight(LIST_HEIGHT)
        self.list_widget.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        title.setBuddy(self.list_widget)
        self.empty_label = QLabel(
            self.tr("No one is informed: the minutes go to the list and the moderator.")
        )
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Stop sending them the minutes (Delete)"))
        self.remove_button.setAutoDefault(False)
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Person to inform"))
        self.person_combo.setToolTip(self.tr("Someone from the roster who gets the minutes"))
        self.add_person_button = QPushButton(self.tr("Inform person"))
        self.add_person_button.setAutoDefault(False)
        self.add_person_button.setToolTip(self.tr("Send the minutes to the person chosen"))
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("or an address, e.g. smarketing@example.com"))
        self.address_edit.setAccessibleName(self.tr("Address to inform"))
        self.address_edit.setToolTip(self.tr("An address outside the roster, such as a team list"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name (optional)"))
        self.name_edit.setAccessibleName(self.tr("Name of the address"))
        self.name_edit.setToolTip(self.tr("How the minutes' distribution line names the address"))
        self.add_address_button = QPushButton(self.tr("Inform address"))
        self.add_address_button.setAutoDefault(False)
        self.add_address_button.setToolTip(self.tr("Send the minutes to the address typed"))
        self.series_box = QCheckBox(self.tr("For every meeting of this series"))
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        tint(self.error_label, ERROR)
        self.error_label.hide()

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.series_box)
        head.addWidget(self.remove_button)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_combo, 1)
        person_row.addWidget(self.add_person_button)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address_edit, 2)
        address_row.addWidget(self.name_edit, 1)
        address_row.addWidget(self.add_address_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.list_widget)
        layout.addWidget(self.empty_label)
        layout.addLayout(person_row)
        layout.addLayout(address_row)
        layout.addWidget(self.error_label)

        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list_widget)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_person_button.clicked.connect(self.add_person)
        self.add_address_button.clicked.connect(self.add_address)
        self.address_edit.returnPressed.connect(self.add_address)
        self.name_edit.returnPressed.connect(self.add_address)
        self.person_combo.currentIndexChanged.connect(self._update_actions)
        self.address_edit.textChanged.connect(self._update_actions)
        self.list_widget.itemSelectionChanged.connect(self._update_actions)
