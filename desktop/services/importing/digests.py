"""The digest of what a file says officially about one recommendation. Plain
Python on a record: computed where the record is read (the reader process of
a large file, see reader_process) or by the import itself."""

from __future__ import annotations

import hashlib

from desktop.services.importing.records import ImportedRecommendation


def official_digest(item: ImportedRecommendation) -> str:
    """A digest of what a file says officially about one recommendation: equal
    digests mean a re-import has nothing to change (local work is not in it)."""
    official = (
        item.mechanism_code,
        item.source_symbol,
        item.source_date,
        item.cycle,
        item.session,
        item.country,
        item.paragraph,
        item.text,
        item.text_language,
        item.response.value,
        item.response_symbol,
        item.action_category,
        item.annotation_id,
        item.recommending_states,
        item.themes,
        item.affected_persons,
        item.sdg_targets,
        item.sdg_goals,
        item.upr_info_issues,
    )
    return hashlib.sha1(repr(official).encode("utf-8"), usedforsecurity=False).hexdigest()
