"""The main window and the user's role: who is at the keyboard (read when a
database opens and when the users change), a banner for a login the database
does not know, the File › Users… entry, and the menu entries a role may not
use disabled with the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from desktop.services.permissions import Operation, Role, Target, User
from desktop.services.users import current_user
from desktop.ui.error_text import decision_text
from desktop.ui.permits import permit, permits
from desktop.ui.views.restore_dialog import configure_restore_action

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.views.users_dialog import UsersDialog


translate = QCoreApplication.translate


class RoleControls(QObject):
    """Installed once on ``window``; follows its database."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = QLabel()
        self.banner.setObjectName("roleBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4d6; color: #6b4100; padding: 6px;"
            " border: 1px solid #e0b44a; border-radius: 3px; }"
        )
        self.banner.setVisible(False)
        central = window.takeCentralWidget()
        assert central is not None
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(central, 1)
        window.setCentralWidget(holder)

        self.action_users = QAction(translate("RoleControls", "&Users…"), window)
        self.action_users.setObjectName("actionUsers")
        self.action_users.triggered.connect(self.show_users)
        file_menu = window.menuBar().actions()[0].menu()
        if isinstance(file_menu, QMenu):
            file_menu.insertAction(window.action_settings, self.action_users)
        permit(self.action_users, Operation.USERS)
        permit(window.action_settings, Operation.SETTINGS)
        permit(window.action_import, Operation.IMPORT, Target("recommendation"))
        permit(window.action_import_forms, Operation.CREATE, Target("progress_update"))
        window.database_changed.connect(self.refresh)
        self.refresh()

    @property
    def user(self) -> User:
        return permits().user

    def refresh(self) -> None:
        """Read who the user is in the window's database, and show it."""
        user = current_user(self.window.database)
        permits().set_user(user)
        # The restore entry has reasons of its own (a server, a read-only file).
        configure_restore_action(self.window.action_restore, self.window.database)
        decision = permits().may(Operation.RESTORE_BACKUP)
        if not decision.allowed:
            self.window.action_restore.setEnabled(False)
            self.window.action_restore.setToolTip(decision_text(decision))
            self.window.action_restore.setStatusTip(decision_text(decision))
        unknown = not user.registered and user.role is Role.READER
        self.banner.setVisible(unknown)
        self.banner.setText(
            translate(
                "RoleControls", "You ({login}) have no role in this database: you may read only."
            ).replace("{login}", user.login)
            if unknown
            else ""
        )

    def show_users(self) -> UsersDialog:
        from desktop.ui.views.users_dialog import UsersDialog

        dialog = UsersDialog(self.window.database, self.window)
        dialog.users_changed.connect(self.refresh)
        dialog.open()
        dialog.load()
        return dialog
