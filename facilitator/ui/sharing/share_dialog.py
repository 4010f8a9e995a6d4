"""Presenter screen ▸ Share on the local network…: the address to listen on, start and stop,
the view's address (text and QR code) and the remote's, which only the moderator sees."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.sharing.addresses import LOOPBACK, default_address
from facilitator.ui.sharing.chime_player import CHIME_KEY, chime_wanted
from facilitator.ui.sharing.qr_image import qr_pixmap

if TYPE_CHECKING:
    from facilitator.ui.sharing.sharing_part import SharingPart

EVERY_NETWORK = "0.0.0.0"


def local_addresses() -> list[str]:
    """This computer's IPv4 addresses on interfaces that are up, loopback last."""
    found: list[str] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in interface.addressEntries():
            address: QHostAddress = entry.ip()
            if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            text = address.toString()
            if text != LOOPBACK and text not in found:
                found.append(text)
    return found


def _selectable(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ShareDialog(QDialog):
    """Chooses the address and shows what to give the room; SharingPart does the serving."""

    def __init__(self, part: SharingPart, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share on the local network"))
        self._part, self._settings = part, settings
        self.address_box = QComboBox(objectName="shareAddressBox")
        self.address_box.setToolTip(
            self.tr("The network address the clock is served on; phones must reach it")
        )
        self._fill_addresses()
        self.start_button = QPushButton(objectName="shareStartButton")
        self.start_button.setAutoDefault(False)
        self.start_button.setToolTip(
            self.tr("Start or stop serving the clock to browsers on this network")
        )
        self.start_button.clicked.connect(self._start_or_stop)
        self.state_label = _selectable("shareState")
        self.view_label = _selectable("shareViewUrl")
        self.view_qr = QLabel(objectName="shareViewQr")
        self.remote_label = _selectable("shareRemoteUrl")
        self.remote_qr = QLabel(objectName="shareRemoteQr")
        self.chime_box = QCheckBox(
            self.tr("Chime at 1 minute left and at time-up on the presenter screen"),
            objectName="shareChimeBox",
        )
        self.chime_box.setToolTip(
            self.tr("Ring a short chime on this computer while the presenter screen is shown")
        )
        self.chime_box.setChecked(chime_wanted(settings))
        self.chime_box.toggled.connect(lambda on: settings.setValue(CHIME_KEY, bool(on)))
        if not part.chime.has_sound:
            self.chime_box.setToolTip(
                self.tr("This computer has no sound player: only the browsers chime.")
            )

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Listen on:")), 0, 0)
        grid.addWidget(self.address_box, 0, 1)
        grid.addWidget(self.start_button, 0, 2)
        grid.addWidget(QLabel(self.tr("The clock (give it to the room):")), 1, 0, 1, 3)
        grid.addWidget(self.view_qr, 2, 0)
        grid.addWidget(self.view_label, 2, 1, 1, 2)
        grid.addWidget(
            QLabel(self.tr("Remote for your phone (keep it to yourself):")), 3, 0, 1, 3
        )
        grid.addWidget(self.remote_qr, 4, 0)
        grid.addWidget(self.remote_label, 4, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close this window; sharing goes on until it is stopped")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Show the presenter's clock in any browser on this network: a phone on the "
                "lectern, a tablet, the room's TV. Only a device given the address below can "
                "open it; a new one is made each time sharing starts."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.chime_box)
        layout.addWidget(self.state_label)
        layout.addWidget(buttons)
        self.show_state()

    def _fill_addresses(self) -> None:
        default = default_address()
        choices = [default] + [a for a in local_addresses() if a != default]
        for address in choices:
            shown = (
                self.tr("{address} (this network)").format(address=address)
                if address == default and address != LOOPBACK
                else address
            )
            self.address_box.addItem(shown, address)
        if LOOPBACK not in choices:
            self.address_box.addItem(
                self.tr("{address} (this computer only)").format(address=LOOPBACK), LOOPBACK
            )
        self.address_box.addItem(
            self.tr("{address} (every network this computer is on)").format(address=EVERY_NETWORK),
            EVERY_NETWORK,
        )

    def chosen_address(self) -> str:
        return str(self.address_box.currentData())

    def _start_or_stop(self) -> None:
        if self._part.sharing:
            self._part.stop(self.tr("Sharing stopped."))
        else:
            self._part.start(self.chosen_address())
        self.show_state()

    def show_state(self) -> None:
        """The addresses while sharing, or why not; called by the part on every change."""
        server = self._part.server
        sharing = server is not None
        self.start_button.setText(self.tr("Stop sharing") if sharing else self.tr("Start sharing"))
        self.address_box.setEnabled(not sharing)
        self.view_label.setText(server.view_url if server else "")
        self.remote_label.setText(server.remote_url if server else "")
        for label, url in ((self.view_qr, self.view_label), (self.remote_qr, self.remote_label)):
            label.setPixmap(qr_pixmap(url.text()) if sharing else QPixmap())
            label.setVisible(sharing)
        self.state_label.setText(self._part.state_text())
