"""The one version check of the services."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.services.versions import check_version


@dataclass
class Row:
    version: int


def test_the_version_opened_passes() -> None:
    row = Row(3)
    assert check_version(row, 3, "plan") is row
    assert check_version(row, None, "plan") is row  # no version given: any


def test_a_newer_version_is_a_conflict_naming_the_record() -> None:
    with pytest.raises(ConflictError, match="someone else changed this plan") as caught:
        check_version(Row(4), 3, "plan", where="Plan 2026")
    assert caught.value.where == "Plan 2026"
    with pytest.raises(ConflictError, match=r"^reopen it$"):
        check_version(Row(4), 3, "plan", conflict="reopen it")


def test_a_record_gone_is_not_found() -> None:
    with pytest.raises(NotFoundError, match="the action no longer exists"):
        check_version(None, 3, "action")
    with pytest.raises(NotFoundError, match="deleted meanwhile"):
        check_version(None, 3, "action", missing="deleted meanwhile")
