"""Every error code raised below the interface has a template in
desktop/ui/error_text.py whose placeholders are exactly the params raised with
it; the English message of a coded error is what the command line prints."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain.errors import ConflictError, NmrfError, NotFoundError, ValidationError
from desktop.domain.planning_rules import action_problems
from desktop.services.database import Database, open_database
from desktop.services.editing import (
    RecommendationFields,
    create_recommendation,
    load_recommendation,
    save_recommendation,
)
from desktop.services.permissions import (
    Operation,
    PermissionDeniedError,
    Role,
    Target,
    User,
    may,
    require,
)
from desktop.store.errors import DatabaseBusyError, DiskFullError, ReadOnlyDatabaseError

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Calls whose third and fourth positional arguments are a code and its params.
POSITIONAL = {"Problem": 2, "Decision": 2}

Raised = dict[str, list[tuple[str, frozenset[str] | None]]]


def _noop_table(tree: ast.Module, name: str) -> dict[str, str]:
    """A table ``name = {code: QT_TRANSLATE_NOOP("Errors", source)}``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == name:
            assert isinstance(node.value, ast.Dict)
            table: dict[str, str] = {}
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                assert isinstance(key, ast.Constant) and isinstance(value, ast.Call)
                context, source = value.args
                assert isinstance(context, ast.Constant) and context.value == "Errors"
                assert isinstance(source, ast.Constant)
                table[key.value] = source.value
            return table
    raise AssertionError(f"no {name} table")


def _counted(module: str = "error_text_forms.py", table: str = "COUNT_PARAMS") -> dict[str, str]:
    """The templates with a count (``self.tr(source, "", count)`` by code in
    ``module``), each with its count param (from ``table``) as a placeholder."""
    tree = ast.parse((PACKAGE / "ui" / module).read_text(encoding="utf-8"))
    params: dict[str, str] = {}
    sources: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == table:
            assert isinstance(node.value, ast.Dict)
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                assert isinstance(key, ast.Constant) and isinstance(value, ast.Constant)
                params[key.value] = value.value
        if isinstance(node, ast.Dict) and all(
            isinstance(v, ast.Call) and getattr(v.func, "attr", "") == "tr" for v in node.values
        ):
            for key, value in zip(node.keys, node.values, strict=True):
                assert isinstance(key, ast.Constant) and isinstance(value, ast.Call)
                source = value.args[0]
                assert isinstance(source, ast.Constant) and "%Ln" in source.value
                sources[key.value] = source.value
    assert sources and set(sources) == set(params), (sorted(sources), sorted(params))
    return {code: f"{source} {{{params[code]}}}" for code, source in sources.items()}


def _templates() -> dict[str, str]:
    """Every template by code, read without importing Qt: the TEMPLATES table
    of error_text.py, the forms' and the imports' tables and the templates with
    a count."""
    ui = PACKAGE / "ui"
    table = _noop_table(ast.parse((ui / "error_text.py").read_text(encoding="utf-8")), "TEMPLATES")
    forms = ast.parse((ui / "error_text_forms.py").read_text(encoding="utf-8"))
    table.update(_noop_table(forms, "FORM_TEMPLATES"))
    imports = ast.parse((ui / "error_text_import.py").read_text(encoding="utf-8"))
    table.update(_noop_table(imports, "IMPORT_TEMPLATES"))
    table.update(_counted())
    table.update(_counted("error_text_import.py", "IMPORT_COUNT_PARAMS"))
    return table


def _keys(node: ast.expr | None) -> frozenset[str] | None:
    """The keys of a literal dict (None: not a literal, checked at run time)."""
    if node is None:
        return frozenset()
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
        keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
        return frozenset(str(k) for k in keys)
    return None


def _raised() -> Raised:
    """Every code given below the interface, with where and the params' keys."""
    found: Raised = defaultdict(list)
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == (
                "default_code"
            ):
                assert isinstance(node.value, ast.Constant)
                found[node.value.value].append((f"{path.name}:{node.lineno}", frozenset()))
            if not isinstance(node, ast.Call):
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            code_node = keywords.get("code")
            params_node = keywords.get("params")
            name = getattr(node.func, "id", "")
            index = POSITIONAL.get(name)
            if code_node is None and index is not None and len(node.args) > index:
                code_node = node.args[index]
                params_node = node.args[index + 1] if len(node.args) > index + 1 else None
            if isinstance(code_node, ast.Constant) and code_node.value:
                where = f"{path.name}:{node.lineno}"
                found[str(code_node.value)].append((where, _keys(params_node)))
    return found


def test_every_code_raised_has_a_template_with_the_same_placeholders() -> None:
    templates = _templates()
    raised = _raised()
    assert len(raised) >= 30, sorted(raised)
    for code, sites in raised.items():
        assert code in templates, f"{code} ({sites[0][0]}) has no template"
        wanted = set(PLACEHOLDER.findall(templates[code]))
        for where, keys in sites:
            if keys is not None:
                assert keys == wanted, f"{where}: {code} gives {sorted(keys)}, wants {wanted}"


def test_every_template_is_raised_somewhere() -> None:
    unused = set(_templates()) - set(_raised())
    assert unused == set()


def test_store_and_domain_errors_carry_their_codes() -> None:
    assert ConflictError("x").code == "record.conflict"
    assert ReadOnlyDatabaseError("x").code == "database.read_only"
    assert DiskFullError("x").code == "database.disk_full"
    assert DatabaseBusyError("x", code="database.in_use").code == "database.in_use"
    assert DatabaseBusyError("x").code == "database.busy"
    plain = NotFoundError("no saved view is named 'x'", where="--view")
    assert plain.code is None and str(plain) == "--view: no saved view is named 'x'"
    coded = ValidationError("too long", where="title", code="field.too_long", params={"limit": 3})
    assert str(coded) == "title: too long" and coded.params == {"limit": 3}


def test_decisions_and_refusals_carry_codes_and_params() -> None:
    reader = User("ann", Role.READER)
    decision = may(reader, Operation.EDIT, Target("recommendation"))
    assert decision.code == "permission.reader"
    assert decision.params == {"login": "ann", "role": "reader"}
    agency = User("bo", Role.AGENCY, agency_id=1)
    edit = Target("action", fields={"title"}, agency_ids={1})
    fields_decision = may(agency, Operation.EDIT, edit)
    assert fields_decision.code == "permission.agency_fields"
    assert fields_decision.params["fields"] == "title"
    with pytest.raises(PermissionDeniedError) as refused:
        require(agency, Operation.EDIT, Target("action", agency_ids={2}))
    assert refused.value.code == "permission.other_agency"
    assert str(refused.value) == (
        "not allowed: bo is an agency focal point: this is not the work of their agency;"
        " nothing was changed"
    )


def test_every_refusal_of_every_role_fills_its_template() -> None:
    templates = _templates()
    seen = set()
    for role in Role:
        for registered in (True, False):
            user = User("ann", role, agency_id=1, registered=registered)
            for operation in Operation:
                for target in (
                    Target("recommendation"),
                    Target("action", fields={"title", "status"}),
                    Target("progress_update", agency_ids={2}),
                ):
                    decision = may(user, operation, target)
                    if decision.allowed:
                        continue
                    wanted = set(PLACEHOLDER.findall(templates[decision.code]))
                    assert set(decision.params) == wanted, decision
                    seen.add(decision.code)
    assert len(seen) >= 6, seen


def test_planning_problems_carry_codes() -> None:
    problems = action_problems(
        title="x" * 301,
        start_date=None,
        due_date=None,
        estimated_cost=None,
        currency="usd",
        has_lead_agency=True,
        plan_adopted=False,
    )
    assert [(p.field, p.code) for p in problems] == [
        ("title", "field.too_long"),
        ("currency", "currency.not_iso"),
    ]
    assert problems[0].params == {"limit": 300}


@pytest.fixture
def database(new_sqlite: Callable[[str], str]) -> Iterator[Database]:
    db = open_database(new_sqlite("codes"), create=True)
    yield db
    db.dispose()


def test_the_editing_service_raises_coded_errors(database: Database) -> None:
    demo_factory = database.session_factory
    detail = create_recommendation(
        demo_factory, "UPR", RecommendationFields(reference="1.1", text="Ratify OP-CAT")
    )
    assert detail.id is not None
    with pytest.raises(ValidationError) as too_long:
        save_recommendation(
            demo_factory, detail.id, detail.version, replace(detail.fields, reference="R" * 101)
        )
    assert (too_long.value.code, too_long.value.where) == ("field.too_long", "reference")
    assert too_long.value.params == {"limit": 100}
    assert str(too_long.value) == "reference: the reference is longer than 100 characters"
    with pytest.raises(ValidationError) as empty:
        save_recommendation(
            demo_factory, detail.id, detail.version, replace(detail.fields, text=" ")
        )
    assert (empty.value.code, empty.value.where) == ("field.required", "text")
    save_recommendation(
        demo_factory, detail.id, detail.version, replace(detail.fields, notes="theirs")
    )
    with pytest.raises(ConflictError) as conflict:
        save_recommendation(
            demo_factory, detail.id, detail.version, replace(detail.fields, notes="mine")
        )
    assert conflict.value.code == "record.conflict"
    with pytest.raises(NmrfError) as gone:
        load_recommendation(demo_factory, 10**9)
    assert gone.value.code == "record.not_found"


def test_the_command_line_prints_a_coded_refusal_in_english(tmp_path: Path) -> None:
    env = {**os.environ, "LOGNAME": "clerk", "USER": "clerk", "LNAME": "", "USERNAME": ""}
    db = str(tmp_path / "cli.sqlite3")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "desktop", "--db", db, *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)

    assert cli("init").returncode == 0
    assert cli("users", "add", "boss", "--role", "administrator").returncode == 0
    assert cli("users", "set-role", "clerk", "--role", "editor").returncode == 0
    refused = cli("users", "add", "someone", "--role", "reader")
    assert refused.returncode == 1
    assert refused.stderr == (
        "nmrf-desk: error: not allowed: clerk is an editor: only an administrator may change"
        " users; nothing was changed\n"
    )
