"""The main window's Metrics menu: goals, trends and the alignment baseline, one window each."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from facilitator.storage.database import Database


class MetricsMenu(QObject):
    """Adds "Metrics" to a main window; each entry opens its window once and brings it back.

    The windows load on first use, so the main window's start does not wait for them; the
    entries stay disabled until the window has its database (`attach`).
    """

    def __init__(
        self,
        window: QMainWindow,
        db: Database | None,
        settings: QSettings,
        current_meeting: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self._window, self._settings = window, settings
        self._db: Database
        self._current_meeting = current_meeting
        self.dialogs: dict[str, QDialog] = {}
        self.goals_action = self._action(self.tr("&Goals…"), "Ctrl+Shift+G", self.open_goals)
        self.goals_action.setStatusTip(self.tr("SLA goals, their teams and target history"))
        self.trends_action = self._action(self.tr("&Trends…"), "Ctrl+Shift+R", self.open_trends)
        self.trends_action.setStatusTip(
            self.tr("Each goal over the last meetings against its target")
        )
        self.baseline_action = self._action(
            self.tr("&Alignment baseline…"), "Ctrl+Shift+B", self.open_baseline
        )
        self.baseline_action.setStatusTip(
            self.tr("Assess how aligned Sales and Marketing are; taken at the selected meeting")
        )
        self.funnel_action = self._action(self.tr("&Funnel…"), "Ctrl+Shift+U", self.open_funnel)
        self.funnel_action.setStatusTip(
            self.tr(
                "The CRM's funnel per lead source: conversion rates, goals, good and poor sources"
            )
        )
        self.win_loss_action = self._action(
            self.tr("&Win/loss…"), "Ctrl+Shift+W", self.open_win_loss
        )
        self.win_loss_action.setStatusTip(
            self.tr(
                "A quarter's won and lost deals: main reasons, campaigns, ideas from lost deals"
            )
        )
        self.decision_log_action = self._action(
            self.tr("&Decision log…"), "Ctrl+Shift+L", self.open_decision_log
        )
        self.decision_log_action.setStatusTip(
            self.tr("Decisions with their owner, goal and review date; those due for review")
        )
        self.neutrality_action = self._action(
            self.tr("&Neutrality…"), "Ctrl+Shift+I", self.open_neutrality
        )
        self.neutrality_action.setStatusTip(
            self.tr(
                "Floor time, disputes raised and settlements per team: are the meetings balanced?"
            )
        )
        self.agreements_action = self._action(
            self.tr("Agree&ments…"), "Ctrl+Shift+K", self.open_agreements
        )
        self.agreements_action.setStatusTip(
            self.tr("The agreements between the teams: MQL definition, SLA terms, their versions")
        )
        # No Alt letter: every letter of "Metrics" is taken by the window's other keys, and
        # each entry has its own Ctrl+Shift shortcut.
        menu = window.menuBar().addMenu(self.tr("Metrics"))
        for action in (
            self.goals_action,
            self.trends_action,
            self.baseline_action,
            self.funnel_action,
            self.win_loss_action,
            self.decision_log_action,
            self.neutrality_action,
            self.agreements_action,
        ):
            menu.addAction(action)
        self.menu = menu
        if db is None:
            for action in menu.actions():
                action.setEnabled(False)
        else:
            self.attach(db)

    def attach(self, db: Database) -> None:
        """The window's database is open (it opens after the first paint): the entries work."""
        self._db = db
        for action in self.menu.actions():
            action.setEnabled(True)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)  # not QAction(text, …): see main/menus.py
        action.setText(text)
        action.setShortcuts([QKeySequence(shortcut)])  # setShortcut() names Qt's keys
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _show(self, key: str, make: Callable[[], QDialog]) -> QDialog:
        from PySide6.QtCore import Qt  # not before the first paint: facilitator/ui/app.py

        dialog = self.dialogs.get(key)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, k=key: self.dialogs.pop(k, None))
        self.dialogs[key] = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog

    def open_goals(self) -> QDialog:
        from facilitator.ui.metrics.goals_dialog import GoalsDialog

        return self._show(
            "goals", lambda: GoalsDialog(self._db, self._window, settings=self._settings)
        )

    def open_trends(self) -> QDialog:
        from facilitator.ui.metrics.trends_view import TrendsDialog

        return self._show(
            "trends", lambda: TrendsDialog(self._db, self._window, settings=self._settings)
        )

    def open_baseline(self) -> QDialog:
        from facilitator.ui.metrics.baseline_dialog import BaselineDialog

        return self._show(
            "baseline",
            lambda: BaselineDialog(
                self._db,
                self._window,
                meeting_id=self._current_meeting(),
                settings=self._settings,
            ),
        )

    def open_funnel(self) -> QDialog:
        from facilitator.ui.smarketing.funnel_window import FunnelDialog

        return self._show(
            "funnel", lambda: FunnelDialog(self._db, self._window, settings=self._settings)
        )

    def open_win_loss(self) -> QDialog:
        from facilitator.ui.smarketing.winloss_window import WinLossDialog

        return self._show(
            "win/loss", lambda: WinLossDialog(self._db, self._window, settings=self._settings)
        )

    def open_decision_log(self) -> QDialog:
        from facilitator.ui.smarketing.decisions_log import DecisionLogDialog

        return self._show(
            "decision log",
            lambda: DecisionLogDialog(self._db, self._window, settings=self._settings),
        )

    def open_neutrality(self) -> QDialog:
        from facilitator.ui.smarketing.neutrality_window import NeutralityDialog

        return self._show(
            "neutrality",
            lambda: NeutralityDialog(self._db, self._window, settings=self._settings),
        )

    def open_agreements(self) -> QDialog:
        from facilitator.ui.smarketing.agreements_window import AgreementsDialog

        return self._show(
            "agreements",
            lambda: AgreementsDialog(self._db, self._window, settings=self._settings),
        )
