"""The users of the database and their roles, for an administrator: add a
login with its role (and agency, for a focal point), change a role, remove a
user. On PostgreSQL a new server login can be given its password here (the
server keeps it; the program does not)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.agencies import list_agencies
from desktop.services.database import Database
from desktop.services.permissions import Role
from desktop.services.users import (
    UserRow,
    add_user,
    ensure_first_administrator,
    list_users,
    remove_user,
    set_role,
)
from desktop.ui.audit_labels import role_label
from desktop.ui.changes import Changes, Kind, Written
from desktop.ui.error_text import error_text
from desktop.ui.operations import ReadOperation, WriteOperation


class UsersDialog(QDialog):
    """List, add, change the role of and remove the users of ``database``."""

    users_changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.users: list[UserRow] = []
        self.server = database.url.get_backend_name() == "postgresql"
        self.setWindowTitle(self.tr("Users"))
        self.resize(720, 520)
        intro = QLabel(
            self.tr(
                "Who may do what in this database. A user is a login: on a server, the"
                " login people connect with; on a file, the computer's login. Whoever adds"
                " the first user becomes the administrator."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Role"), self.tr("Agency")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        self.login = QLineEdit()
        self.login.setObjectName("userLogin")
        self.role = QComboBox()
        self.role.setObjectName("userRole")
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.agency = QComboBox()
        self.agency.setObjectName("userAgency")
        self.password = QLineEdit()
        self.password.setObjectName("userPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Only to create a new server login"))
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Agency"), self.agency)
        if self.server:
            form.addRow(self.tr("Password"), self.password)
        self.role.currentIndexChanged.connect(lambda _i: self._role_chosen())

        self.add_button = QPushButton(self.tr("Add user"))
        self.add_button.setObjectName("addUser")
        self.add_button.clicked.connect(self.add)
        self.change_button = QPushButton(self.tr("Change role"))
        self.change_button.setObjectName("changeRole")
        self.change_button.clicked.connect(self.change_role)
        self.remove_button = QPushButton(self.tr("Remove user"))
        self.remove_button.setObjectName("removeUser")
        self.remove_button.clicked.connect(lambda: self.remove())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error = QLabel()
        self.error.setObjectName("usersError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self._role_chosen()
        self._selected()

    def field_names(self) -> dict[str, str]:
        """What the services' errors name, in the user's words."""
        names = {
            "LOGIN": self.tr("Login"),
            "--agency": self.tr("Agency"),
            "--password-stdin": self.tr("Password"),
        }
        login = self.login.text().strip()
        if login:
            names[login] = self.tr("Login")
        return names

    # -- reading ---------------------------------------------------------------------
    def load(self) -> None:
        factory = self.database.session_factory

        def work() -> tuple[list[UserRow], list[str]]:
            names = sorted((a.data.name for a in list_agencies(factory)), key=str.casefold)
            return list_users(factory), names

        ReadOperation(self, work, self._loaded).on_error(
            lambda exc: self._refuse(self.tr("Users"), error_text(exc))
        ).run()

    def _loaded(self, loaded: tuple[list[UserRow], list[str]]) -> None:
        self.users, agencies = loaded
        chosen = self.agency.currentText()
        self.agency.clear()
        self.agency.addItems(agencies)
        self.agency.setCurrentText(chosen)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            cells = (user.login, role_label(user.role), user.agency or "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._selected()

    def selected_user(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _selected(self) -> None:
        user = self.selected_user()
        self.change_button.setEnabled(user is not None)
        self.remove_button.setEnabled(user is not None)
        if user is not None:
            self.login.setText(user.login)
            self.role.setCurrentIndex(self.role.findData(user.role))
            if user.agency:
                self.agency.setCurrentText(user.agency)

    def _role_chosen(self) -> None:
        self.agency.setEnabled(self.role.currentData() == Role.AGENCY)

    def _agency(self) -> str | None:
        return self.agency.currentText() if self.role.currentData() == Role.AGENCY else None

    # -- changing ----------------------------------------------------------------------
    def _write(self, change: object, message: str) -> None:
        def work() -> Written[None]:
            change()  # type: ignore[operator]
            return Written(None, Changes.of(Kind.SETTINGS))

        def done(_none: None) -> None:
            self.error.setStyleSheet("")
            self.error.setText(message)
            self.password.clear()
            self.users_changed.emit()
            self.load()

        self.error.setStyleSheet("color: #b00020")
        WriteOperation(self, work, done).errors_in(self.error, self.field_names()).disabling(
            self.add_button, self.change_button, self.remove_button
        ).run()

    def _refuse(self, field: str, message: str) -> None:
        """Bad input, found before anything is written."""
        self.error.setStyleSheet("color: #b00020")
        self.error.setText(f"{field}: {message}")

    def add(self) -> None:
        database, login = self.database, self.login.text().strip()
        role, agency = Role(self.role.currentData()), self._agency()
        if not login:
            self._refuse(self.tr("Login"), self.tr("a login cannot be empty"))
            return
        if role == Role.AGENCY and not agency:
            self._refuse(
                self.tr("Agency"), self.tr("a focal point speaks for one agency: choose it")
            )
            return
        password = self.password.text() if self.server and self.password.text() else None
        first = not self.users

        def work() -> None:
            # Whoever adds the first user becomes the administrator (else the
            # database would lock them out as soon as it has users).
            if first and ensure_first_administrator(database) == login:
                return
            add_user(database, login, role, agency, password=password)

        self._write(
            work,
            self.tr("{login} was added.").replace("{login}", login),
        )

    def change_role(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        database, role, agency = self.database, Role(self.role.currentData()), self._agency()
        self._write(
            lambda: set_role(database, user.login, role, agency),
            self.tr("{login} is now: {role}.")
            .replace("{login}", user.login)
            .replace("{role}", role_label(role)),
        )

    def remove(self, *, confirm: bool = True) -> None:
        user = self.selected_user()
        if user is None:
            return
        if confirm and (
            QMessageBox.question(
                self,
                self.tr("Remove user"),
                self.tr(
                    "Remove {login}? They may then only read; what they did stays in the trail."
                ).replace("{login}", user.login),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        database = self.database
        self._write(
            lambda: remove_user(database, user.login),
            self.tr("{login} was removed.").replace("{login}", user.login),
        )
