"""The demonstration country's register: its agencies with their focal
points, the clusters, the source documents of each mechanism, and the
recommendations generated from desktop.services.demo_content."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.vocab import AgencyKind, ImplementationStatus, Position, Priority
from desktop.services import demo_content as content
from desktop.services.recommendations import NewRecommendation
from desktop.store.models import (
    Agency,
    Cluster,
    Country,
    FocalPoint,
    Mechanism,
    SourceDocument,
)

# (mechanism, symbol, cycle, session, date, recommendations, response symbol)
SOURCES: tuple[tuple[str, str, int | None, str | None, date, int, str | None], ...] = (
    ("UPR", "A/HRC/32/9", 2, "25", date(2016, 4, 13), 140, "A/HRC/32/9/Add.1"),
    ("UPR", "A/HRC/46/12", 3, "37", date(2021, 1, 4), 170, "A/HRC/46/12/Add.1"),
    ("CEDAW", "CEDAW/C/ALD/CO/7", None, "72", date(2019, 3, 1), 28, None),
    ("CRC", "CRC/C/ALD/CO/5-6", None, "85", date(2020, 10, 9), 28, None),
    ("CAT", "CAT/C/ALD/CO/3", None, "73", date(2022, 5, 13), 18, None),
    ("CCPR", "CCPR/C/ALD/CO/4", None, "137", date(2023, 3, 28), 18, None),
    ("SP", "A/HRC/51/28/Add.2", None, "51", date(2022, 7, 20), 10, None),
)
TITLES = {
    "UPR": "Report of the Working Group on the Universal Periodic Review: Republic of Aldavia",
    "CEDAW": "Concluding observations on the seventh periodic report of Aldavia",
    "CRC": "Concluding observations on the combined fifth and sixth periodic reports of Aldavia",
    "CAT": "Concluding observations on the third periodic report of Aldavia",
    "CCPR": "Concluding observations on the fourth periodic report of Aldavia",
    "SP": "Visit to Aldavia: report of the Special Rapporteur on the rights of Indigenous Peoples",
}
RESPONSES = (Position.SUPPORTED,) * 14 + (Position.NOTED,) * 4 + (Position.SUPPORTED_IN_PART,) * 2
STATUSES = (
    (ImplementationStatus.NOT_ASSESSED,) * 9
    + (ImplementationStatus.NOT_STARTED,) * 2
    + (ImplementationStatus.IN_PROGRESS,) * 5
    + (ImplementationStatus.PARTIALLY_IMPLEMENTED,) * 3
    + (ImplementationStatus.FULLY_IMPLEMENTED,) * 1
)


def create_directory(
    session: Session, counts: dict[str, int]
) -> tuple[dict[str, Cluster], dict[str, SourceDocument]]:
    """Add the country, agencies, clusters and source documents; ``counts``
    gets how many of each were made."""
    country = session.scalars(select(Country).where(Country.name == content.COUNTRY)).first()
    if country is None:
        country = Country(name=content.COUNTRY)
        session.add(country)
    agencies: dict[str, Agency] = {}
    for name, acronym, kind, people in content.AGENCIES:
        agency = Agency(name=name, acronym=acronym, kind=AgencyKind(kind))
        agency.focal_points = [
            FocalPoint(name=n, title=t, email=e, phone=p, primary=(i == 0))
            for i, (n, t, e, p) in enumerate(people)
        ]
        agencies[acronym] = agency
    agencies["DOP"].parent = agencies["MOJ"]
    session.add_all(agencies.values())
    clusters = {
        name: Cluster(
            name=name,
            priority=Priority(priority),
            priority_rationale=why,
            description=f"Recommendations on {name.lower()} from all mechanisms.",
        )
        for name, (priority, why) in content.CLUSTER_PRIORITIES.items()
    }
    session.add_all(clusters.values())
    mechanisms = {m.code: m for m in session.scalars(select(Mechanism))}
    sources: dict[str, SourceDocument] = {}
    for code, symbol, cycle, sess, when, _, response in SOURCES:
        sources[symbol] = SourceDocument(
            mechanism=mechanisms[code],
            symbol=symbol,
            cycle=cycle,
            session=sess,
            document_date=when,
            language="en",
            country=country,
            title=TITLES[code],
            response_symbol=response,
        )
    session.add_all(sources.values())
    session.flush()
    counts["agencies"] = len(agencies)
    counts["focal_points"] = sum(len(a.focal_points) for a in agencies.values())
    counts["clusters"] = len(clusters)
    counts["source_documents"] = len(sources)
    return clusters, sources


def _english_text(rng: random.Random, topic: content.Topic, category: int, treaty: bool) -> str:
    if topic.instrument and rng.random() < 0.15:
        stem = f"Ratify the {topic.instrument}"
        category = 5
    else:
        stem = f"{rng.choice(content.VERBS[category])} {rng.choice(topic.aims)}"
    text = f"{stem}, {rng.choice(topic.details)}"
    if treaty:
        text = "The Committee recommends that the State party " + text[0].lower() + text[1:]
    return text + "."


def demo_recommendations(
    rng: random.Random, sources: dict[str, SourceDocument], clusters: dict[str, Cluster]
) -> list[NewRecommendation]:
    """The recommendations of every source document, in English and, for the
    newest document of some mechanisms, in other languages."""
    others: dict[str, list[tuple[str, str | None, str, int, int | None]]] = {}
    for mech, lang, state, text, topic_index, category in content.OTHER_LANGUAGES:
        others.setdefault(mech, []).append((lang, state, text, topic_index, category))
    items: list[NewRecommendation] = []
    for code, symbol, _cycle, _session, _when, count, _ in SOURCES:
        source = sources[symbol]
        treaty = code not in ("UPR", "SP")
        seen: set[str] = set()
        # Other-language texts go into the newest document of their mechanism.
        foreign = others.pop(code, []) if symbol != "A/HRC/32/9" else []
        chapter = 118 if code == "UPR" else 0
        for n in range(count):
            if n < len(foreign):
                lang, state, text, topic_index, category = foreign[n]
                topic = content.TOPICS[topic_index]
                states = [state] if state else []
            else:
                topic = rng.choice(content.TOPICS)
                category = rng.choice((1, 2, 2, 3, 4, 4, 4, 5, 5, 5))
                text = _english_text(rng, topic, category, treaty)
                while text in seen:
                    text = _english_text(rng, topic, category, treaty)
                lang = "en"
                states = rng.sample(content.STATES, rng.choice((1, 1, 2, 3)))
            seen.add(text)
            if text.startswith("Ratify"):
                category = 5
            paragraph = f"{chapter}.{n + 1}" if code == "UPR" else str(10 + 2 * n)
            reference = paragraph if code == "UPR" else f"{symbol} para. {paragraph}"
            items.append(
                NewRecommendation(
                    mechanism_code=code,
                    reference=reference,
                    text=text,
                    source_id=source.id,
                    paragraph=paragraph,
                    text_language=lang,
                    response=rng.choice(RESPONSES) if code == "UPR" else Position.NOT_APPLICABLE,
                    action_category=category if code == "UPR" else None,
                    status=rng.choice(STATUSES),
                    priority=clusters[topic.cluster].priority if rng.random() < 0.5 else None,
                    needs_parliament=category == 5 and rng.random() < 0.8,
                    cluster_id=clusters[topic.cluster].id if rng.random() < 0.85 else None,
                    recommending_states=states if code == "UPR" else (),
                    themes=topic.themes,
                    sdg_targets=topic.sdgs[: rng.choice((1, 2))],
                )
            )
    return items
