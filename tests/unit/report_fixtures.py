"""Plain report data for the PDF tests: every report with texts in English,
French, Spanish, Russian, Chinese and Arabic."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.domain.vocab import (
    ActionStatus,
    AgencyRole,
    ImplementationStatus,
    IndicatorKind,
    PlanStatus,
    Position,
    Priority,
    ReportKind,
)
from desktop.reports.data import (
    AgencyBriefData,
    AgencyCostLine,
    AssignmentLine,
    BriefActionLine,
    BriefDeadlineLine,
    FocalPointLine,
    IndicatorLine,
    OverdueActionLine,
    Paper,
    PlanActionLine,
    PlanCluster,
    PlanRecommendationLine,
    PlanReportData,
    ProgressNote,
    RegisterListData,
    RegisterListRow,
    ReportHeader,
    ReportOptions,
    Scope,
    ScopeKind,
    StatusCounts,
    StatusGrouping,
    StatusRecommendationLine,
    StatusReportData,
    StatusSection,
)

TODAY = date(2026, 12, 2)
ENGLISH = "Adopt a comprehensive anti-discrimination law covering all grounds of discrimination."
FRENCH = "Adopter une loi générale contre la discrimination, y compris à l'égard des Roms."
SPANISH = "Garantizar el acceso a la educación de los niños indígenas en las zonas rurales."
RUSSIAN = "Принять всеобъемлющий закон о борьбе с дискриминацией по всем признакам."
CHINESE = "委员会建议缔约国通过一项全面的反歧视法，涵盖所有歧视理由，并确保受害者获得有效补救。"
ARABIC = "توصي اللجنة بأن تعتمد الدولة الطرف قانونا شاملا لمكافحة التمييز"
MIXED = "تعزيز المؤسسة الوطنية لحقوق الإنسان وفقا لمبادئ Paris Principles في عام 2025"
TEXTS = (ENGLISH, FRENCH, SPANISH, RUSSIAN, CHINESE, ARABIC, MIXED)
STATUSES = tuple(ImplementationStatus)


def header(
    language: str = "en",
    *,
    marking: str = "",
    draft: bool = False,
    paper: Paper = Paper.A4,
    scope: Scope | None = None,
    emblem: bytes | None = None,
) -> ReportHeader:
    return ReportHeader(
        organisation="Ministry of Foreign Affairs of Aldavia",
        generated_on=TODAY,
        scope=scope or Scope(ScopeKind.ALL),
        emblem=emblem,
        author="National Mechanism Secretariat",
        options=ReportOptions(language=language, paper=paper, marking=marking, draft=draft),
    )


def indicator(name: str = "Share of cases resolved") -> IndicatorLine:
    return IndicatorLine(
        name=name,
        kind=IndicatorKind.OUTCOME,
        unit="%",
        baseline=Decimal("12.5"),
        baseline_year=2023,
        target=Decimal("40"),
        target_year=2027,
        latest=Decimal("21"),
        latest_on=date(2026, 6, 30),
        data_source="National Statistics Office",
        frequency="annual",
        data_agency="National Statistics Office",
        action="Draft the anti-discrimination bill",
    )


def plan_data(language: str = "en", clusters: int = 2, per_cluster: int = 4) -> PlanReportData:
    groups = []
    for c in range(clusters):
        recommendations = tuple(
            PlanRecommendationLine(
                reference=f"121.{c * per_cluster + i + 1}",
                mechanism="UPR",
                source="A/HRC/43/15",
                position=Position.SUPPORTED,
                status=STATUSES[i % len(STATUSES)],
                text=TEXTS[(c * per_cluster + i) % len(TEXTS)],
            )
            for i in range(per_cluster)
        )
        actions = (
            PlanActionLine(
                title=f"Draft the anti-discrimination bill {c + 1}",
                status=ActionStatus.DELAYED,
                start_date=date(2025, 1, 1),
                due_date=date(2026, 6, 30),
                overdue=True,
                lead=("Ministry of Justice",),
                supporting=("وزارة العدل", "司法部"),
                estimated_cost=Decimal("125000.50"),
                currency="USD",
                within_existing_budget=False,
                funding_source="Development partner grant",
                recommendation_references=tuple(r.reference for r in recommendations[:2]),
                indicators=(indicator(),),
            ),
            PlanActionLine(
                title="培训执法人员",
                status=ActionStatus.PLANNED,
                start_date=date(2026, 1, 1),
                due_date=date(2027, 12, 31),
                overdue=False,
                lead=("Ministry of the Interior",),
                supporting=(),
                estimated_cost=None,
                currency="",
                within_existing_budget=True,
            ),
        )
        groups.append(
            PlanCluster(
                name=("Equality and non-discrimination", "حقوق الطفل", "教育权")[c % 3],
                priority=Priority.HIGH if c == 0 else Priority.MEDIUM,
                priority_rationale="Cabinet decision 2025/14",
                recommendations=recommendations,
                actions=actions,
                cost_totals={"USD": Decimal("125000.50")},
            )
        )
    return PlanReportData(
        header=header(language, scope=Scope(ScopeKind.PLAN, "National plan 2025–2028")),
        title="National plan 2025–2028",
        description="The plan adopted by the Cabinet to implement the recommendations.",
        period_start=date(2025, 1, 1),
        period_end=date(2028, 12, 31),
        status=PlanStatus.ADOPTED,
        adoption_date=date(2025, 3, 1),
        decision_reference="Cabinet decision 2025/14",
        national_plan_reference="National Development Plan III",
        clusters=tuple(groups),
        cost_totals={"USD": Decimal("125000.50") * clusters},
        cost_by_agency=(
            AgencyCostLine(
                agency="Ministry of Justice",
                currency="USD",
                total=Decimal("125000.50") * clusters,
                within_existing_budget=Decimal("0"),
                actions=clusters,
            ),
        ),
        action_count=2 * clusters,
        overdue_count=clusters,
    )


def _counts(seed: int) -> dict[ImplementationStatus, int]:
    return {s: (seed + i) % 4 for i, s in enumerate(STATUSES)}


def status_data(
    language: str = "en",
    recommendations: int = 30,
    grouping: StatusGrouping = StatusGrouping.MECHANISM,
) -> StatusReportData:
    sections = []
    mechanisms = ("UPR", "CEDAW", "CRC")
    per_section = max(recommendations // len(mechanisms), 0)
    for s, mechanism in enumerate(mechanisms):
        lines = tuple(
            StatusRecommendationLine(
                reference=f"{mechanism}-{i + 1}",
                mechanism=mechanism,
                source=f"{mechanism}/C/ALD/CO/{s + 1}",
                position=Position.SUPPORTED,
                status=STATUSES[i % len(STATUSES)],
                text=TEXTS[i % len(TEXTS)],
                lead=("Ministry of Justice",),
                latest_progress=ProgressNote(
                    on=date(2026, 3, 1), narrative="Bill tabled in Parliament; 法案已提交议会。"
                )
                if i % 2 == 0
                else None,
                overdue_actions=(
                    OverdueActionLine(
                        "Draft the bill", date(2026, 6, 30), ("Ministry of Justice",)
                    ),
                )
                if i % 3 == 0
                else (),
            )
            for i in range(per_section)
        )
        counts: dict[ImplementationStatus, int] = {}
        for line in lines:
            counts[line.status] = counts.get(line.status, 0) + 1
        sections.append(
            StatusSection(
                title=f"{mechanism} — {mechanism} Committee", counts=counts, recommendations=lines
            )
        )
    total = sum(len(x.recommendations) for x in sections)
    by_status: dict[ImplementationStatus, int] = {}
    for section in sections:
        for status, n in section.counts.items():
            by_status[status] = by_status.get(status, 0) + n
    return StatusReportData(
        header=header(language),
        grouping=grouping,
        total=total,
        by_status=by_status,
        by_mechanism=tuple(StatusCounts(x.title, x.counts) for x in sections if x.recommendations),
        by_theme=(
            StatusCounts("Right to education", _counts(1)),
            StatusCounts("حقوق المرأة", _counts(2)),
            StatusCounts("儿童权利", _counts(3)),
        )
        if total
        else (),
        by_sdg_goal=(StatusCounts("16 Peace, justice and strong institutions", _counts(4)),)
        if total
        else (),
        by_agency=(StatusCounts("Ministry of Justice", _counts(5)),) if total else (),
        overdue_action_count=sum(
            len(r.overdue_actions) for x in sections for r in x.recommendations
        ),
        sections=tuple(x for x in sections if x.recommendations),
    )


def agency_data(language: str = "en", empty: bool = False) -> AgencyBriefData:
    if empty:
        return AgencyBriefData(
            header=header(language, scope=Scope(ScopeKind.AGENCY, "Ministry of Tourism")),
            agency="Ministry of Tourism",
            acronym="",
            focal_points=(),
            assignments=(),
            actions=(),
            indicators=(),
        )
    return AgencyBriefData(
        header=header(language, scope=Scope(ScopeKind.AGENCY, "Ministry of Justice")),
        agency="Ministry of Justice",
        acronym="MOJ",
        focal_points=(
            FocalPointLine(
                "Grace Mensah",
                "Head of Legal Reform",
                "g.mensah@justice.example",
                "+000 21 555 0201",
            ),
        ),
        assignments=tuple(
            AssignmentLine(
                f"121.{i + 1}",
                "UPR",
                AgencyRole.LEAD if i % 2 else AgencyRole.SUPPORTING,
                Position.SUPPORTED,
                STATUSES[i % len(STATUSES)],
                TEXTS[i % len(TEXTS)],
            )
            for i in range(8)
        ),
        actions=(
            BriefActionLine(
                "National plan 2025–2028",
                "Draft the anti-discrimination bill",
                AgencyRole.LEAD,
                ActionStatus.DELAYED,
                date(2025, 1, 1),
                date(2026, 6, 30),
                True,
                False,
            ),
            BriefActionLine(
                "National plan 2025–2028",
                "Train prosecutors",
                AgencyRole.SUPPORTING,
                ActionStatus.ONGOING,
                date(2026, 1, 1),
                date(2027, 1, 15),
                False,
                True,
            ),
            BriefActionLine(
                "National plan 2025–2028",
                "Publish statistics",
                AgencyRole.LEAD,
                ActionStatus.PLANNED,
                date(2027, 1, 1),
                date(2028, 1, 1),
                False,
                False,
            ),
        ),
        indicators=(indicator(),),
        deadlines=(
            BriefDeadlineLine(
                "CEDAW", ReportKind.TREATY_FOLLOW_UP, "Follow-up report", date(2026, 11, 1), True, 4
            ),
        ),
    )


def list_data(language: str = "en", rows: int = 40, scope: Scope | None = None) -> RegisterListData:
    return RegisterListData(
        header=header(language, scope=scope or Scope(ScopeKind.FILTER, "UPR, supported")),
        rows=tuple(
            RegisterListRow(
                reference=f"121.{i + 1}",
                mechanism="UPR",
                source="A/HRC/43/15",
                text=TEXTS[i % len(TEXTS)],
                position="supported",
                status=STATUSES[i % len(STATUSES)].value,
                priority="high",
                agencies="Ministry of Justice (lead)",
            )
            for i in range(rows)
        ),
        total=rows,
    )
