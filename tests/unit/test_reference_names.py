"""Mechanism names and SDG goal and target titles in the six UN languages:
complete in the reference data, looked up by code with the database's name
for entries of the user's own, and used by the filters, pickers, dashboard,
calendar and status reports in the language asked for."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop import paths
from desktop.domain.vocab import UN_LANGUAGES, MechanismKind
from desktop.reports.data import ReportOptions
from desktop.services.choices import filter_choices
from desktop.services.dashboard import BreakdownKind, load_breakdown, load_dashboard
from desktop.services.database import Database, open_database
from desktop.services.deadlines import mechanism_choices
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.reference_names import (
    mechanism_name,
    reference_names,
    sdg_goal_title,
    sdg_target_title,
    un_language,
)
from desktop.services.report_data import mechanism_scope, status_report_data
from desktop.services.reporting import ReportRequest, ReportType, generate_report
from desktop.store.models import Mechanism
from tests.unit.pdf_reading import all_text, page_texts

TODAY = date(2026, 12, 2)
SCRIPTS = {
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
}
OWN_CODE, OWN_NAME = "NHRC-X", "National Human Rights Commission of Aldavia"


def _reference(name: str) -> dict[str, list[dict[str, object]]]:
    with (paths.reference_data_dir() / name).open(encoding="utf-8") as fh:
        data: dict[str, list[dict[str, object]]] = json.load(fh)
    return data


def _entries() -> Iterator[tuple[str, dict[str, object], str]]:
    for mechanism in _reference("mechanisms.json")["mechanisms"]:
        yield str(mechanism["code"]), mechanism, "name"
    for goal in _reference("sdg.json")["goals"]:
        yield f"SDG {goal['number']}", goal, "title"
        for target in goal["targets"]:  # type: ignore[attr-defined]
            yield str(target["code"]), target, "title"


def test_every_reference_name_is_given_in_the_six_languages() -> None:
    entries = list(_entries())
    assert len(entries) == 23 + 17 + 169
    for code, entry, prefix in entries:
        english = str(entry[f"{prefix}_en"])
        for language in UN_LANGUAGES:
            name = str(entry.get(f"{prefix}_{language}") or "")
            assert name.strip() == name and name, f"{code}: no {language} name"
            if language in SCRIPTS:
                assert SCRIPTS[language].search(name), f"{code} {language}: {name!r}"
            if language != "en":
                assert name != english, f"{code}: the {language} name is the English one"


@pytest.mark.parametrize(
    ("language", "crc", "goal_5", "target_16a"),
    [
        (
            "en",
            "Committee on the Rights of the Child",
            "Gender equality",
            "Strengthen national institutions to prevent violence and combat crime and terrorism",
        ),
        (
            "fr",
            "Comité des droits de l'enfant",
            "Égalité entre les sexes",
            "Renforcer les institutions nationales pour prévenir la violence et lutter "
            "contre la criminalité et le terrorisme",
        ),
        (
            "es",
            "Comité de los Derechos del Niño",
            "Igualdad de género",
            "Fortalecer las instituciones nacionales para prevenir la violencia y combatir "
            "la delincuencia y el terrorismo",
        ),
        (
            "ru",
            "Комитет по правам ребенка",
            "Гендерное равенство",
            "Укреплять национальные учреждения в целях предупреждения насилия и борьбы "
            "с преступностью и терроризмом",
        ),
        ("zh", "儿童权利委员会", "性别平等", "加强国家机构以预防暴力、打击犯罪和恐怖主义"),
        (
            "ar",
            "لجنة حقوق الطفل",
            "المساواة بين الجنسين",
            "تعزيز المؤسسات الوطنية لمنع العنف ومكافحة الجريمة والإرهاب",
        ),
    ],
)
def test_lookup_in_each_language(language: str, crc: str, goal_5: str, target_16a: str) -> None:
    assert mechanism_name("CRC", language) == crc
    assert mechanism_name("crc", language, "fallback") == crc  # codes in any case
    assert sdg_goal_title(5, language) == goal_5
    assert sdg_target_title("16.a", language) == target_16a
    assert sdg_target_title("16.A", language) == target_16a


def test_unknown_codes_keep_the_database_name_and_other_languages_read_english() -> None:
    assert mechanism_name(OWN_CODE, "zh", OWN_NAME) == OWN_NAME
    assert sdg_goal_title(18, "ar", "Goal of our own") == "Goal of our own"
    assert sdg_target_title("99.9", "ru") == ""
    assert mechanism_name("UPR", "de", "x") == "Universal Periodic Review"
    assert [un_language(tag) for tag in ("zh_CN", "zh-Hans", "ar_EG", "pt_BR", "C", "")] == [
        "zh",
        "zh",
        "ar",
        "en",
        "en",
        "en",
    ]


def test_names_come_from_the_folder_asked_for(tmp_path: Path) -> None:
    """Another folder's reference data is read on its own (and kept)."""
    mechanisms = {"mechanisms": [{"code": "UPR", "kind": "upr", "name_en": "U", "name_fr": "E"}]}
    sdg = {"goals": [{"number": 1, "title_en": "One", "targets": [{"code": "1.1"}]}]}
    countries = {"countries": [{"name": "Aldavia", "iso2": "xa", "name_zh": "阿尔达维亚"}]}
    (tmp_path / "mechanisms.json").write_text(json.dumps(mechanisms), encoding="utf-8")
    (tmp_path / "sdg.json").write_text(json.dumps(sdg), encoding="utf-8")
    (tmp_path / "countries.json").write_text(json.dumps(countries), encoding="utf-8")
    names = reference_names(tmp_path)
    assert names.mechanisms == {"UPR": {"en": "U", "fr": "E"}}
    assert names.goals == {1: {"en": "One"}} and names.targets == {"1.1": {}}
    assert names.countries == {"XA": {"en": "Aldavia", "zh": "阿尔达维亚"}}
    assert reference_names(tmp_path) is names


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Five recommendations of three built-in mechanisms and one of the user's
    own, linked to SDG goals 5 and 16 through targets and directly."""
    db = open_database(str(tmp_path_factory.mktemp("names") / "names.sqlite3"), create=True)
    with db.session_factory.begin() as session:
        session.add(
            Mechanism(code=OWN_CODE, kind=MechanismKind.OTHER, name=OWN_NAME, sort_order=99)
        )
    items = [
        NewRecommendation("UPR", "140.1", "Texte un.", sdg_targets=("5.2",)),
        NewRecommendation("UPR", "140.2", "Texte deux.", sdg_goals=(16,)),
        NewRecommendation("CRC", "12(a)", "Texte trois.", sdg_targets=("16.2",)),
        NewRecommendation("CEDAW", "20", "Texte quatre.", sdg_targets=("5.1", "5.3")),
        NewRecommendation(OWN_CODE, "1", "Texte cinq."),
    ]
    bulk_create_recommendations(db.session_factory, items)
    yield db
    db.dispose()


def test_choices_name_mechanisms_and_sdgs_in_the_language_asked(small: Database) -> None:
    english = filter_choices(small.session_factory)
    chinese = filter_choices(small.session_factory, "zh")
    assert dict(english.mechanisms)["CEDAW"] == (
        "Committee on the Elimination of Discrimination against Women"
    )
    assert dict(chinese.mechanisms)["CEDAW"] == "消除对妇女歧视委员会"
    assert dict(chinese.mechanisms)[OWN_CODE] == OWN_NAME
    assert dict(chinese.sdg_goals)[16] == "和平、正义与强大机构"
    assert "5 性别平等" in dict(chinese.sdg_goals_by_id).values()
    assert "16.2 保护儿童免遭虐待、剥削、贩运和暴力" in dict(chinese.sdg_targets).values()
    assert [c for c, _ in chinese.mechanisms] == [c for c, _ in english.mechanisms]
    arabic = filter_choices(small.session_factory, "ar")
    assert dict(arabic.mechanisms)["UPR"] == "الاستعراض الدوري الشامل"


def test_dashboard_and_calendar_name_in_the_language_asked(small: Database) -> None:
    factory = small.session_factory
    goals = load_breakdown(factory, BreakdownKind.SDG_GOAL, "ru")
    assert [row.label for row in goals] == [
        "5 Гендерное равенство",
        "16 Мир, правосудие и эффективные институты",
    ]
    assert [row.total for row in goals] == [2, 2]
    board = load_dashboard(factory, TODAY, kinds=(BreakdownKind.SDG_GOAL,), language="ar")
    about = {row.key: row.description for row in board.breakdowns[BreakdownKind.MECHANISM]}
    assert about == {
        "UPR": "الاستعراض الدوري الشامل",
        "CEDAW": "اللجنة المعنية بالقضاء على التمييز ضد المرأة",
        "CRC": "لجنة حقوق الطفل",
        OWN_CODE: OWN_NAME,
    }
    assert board.breakdowns[BreakdownKind.SDG_GOAL][0].label == "5 المساواة بين الجنسين"
    choices = {code: name for _, code, name in mechanism_choices(factory, "es")}
    assert choices["CAT"] == "Comité contra la Tortura" and choices[OWN_CODE] == OWN_NAME


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _english_names() -> list[str]:
    names = [str(m["name_en"]) for m in _reference("mechanisms.json")["mechanisms"]]
    return names + [str(g["title_en"]) for g in _reference("sdg.json")["goals"]]


@pytest.mark.parametrize("language", ["zh", "ar", "ru"])
def test_status_reports_print_no_english_mechanism_or_sdg_names(
    small: Database, tmp_path: Path, language: str
) -> None:
    request = ReportRequest(report=ReportType.STATUS, options=ReportOptions(language=language))
    data = status_report_data(small.session_factory, request, TODAY)
    sections = [section.title for section in data.sections]
    assert sections == [
        f"UPR — {mechanism_name('UPR', language)}",
        f"CEDAW — {mechanism_name('CEDAW', language)}",
        f"CRC — {mechanism_name('CRC', language)}",
        f"{OWN_CODE} — {OWN_NAME}",
    ]
    assert [row.label for row in data.by_sdg_goal] == [
        f"5 {sdg_goal_title(5, language)}",
        f"16 {sdg_goal_title(16, language)}",
    ]
    out = generate_report(small.session_factory, request, tmp_path / "status.pdf", TODAY)
    text = _squashed(all_text(out.read_bytes()))
    printed = [name for name in _english_names() if _squashed(name) in text]
    assert printed == []
    assert _squashed(OWN_NAME) in text, "a mechanism of the user's own keeps its name"
    if language != "ar":  # Arabic is checked by its letters in test_report_arabic_text
        # Chart labels are cut to one line: goal 5's short title is whole.
        for name in (mechanism_name("CEDAW", language), sdg_goal_title(5, language)):
            assert _squashed(name) in text


@pytest.mark.parametrize(
    ("code", "language", "named"),
    [
        ("crc", "zh", "CRC — 儿童权利委员会"),
        ("CEDAW", "ru", "CEDAW — Комитет по ликвидации дискриминации в отношении женщин"),
        (OWN_CODE, "fr", f"{OWN_CODE} — {OWN_NAME}"),
    ],
)
def test_the_cover_names_the_mechanism_in_the_report_language(
    small: Database, tmp_path: Path, code: str, language: str, named: str
) -> None:
    register_filter, scope = mechanism_scope(small.session_factory, code)
    request = ReportRequest(
        report=ReportType.LIST,
        options=ReportOptions(language=language),
        register_filter=register_filter,
        scope=scope,
    )
    out = generate_report(small.session_factory, request, tmp_path / "list.pdf", TODAY)
    assert _squashed(named) in _squashed(page_texts(out.read_bytes())[0])
