"""What a stored field of a recommendation can hold: a row whose value is
longer is refused (its reason naming the field), before anything of it is
looked up or created."""

from __future__ import annotations

from operator import attrgetter, gt

from desktop.services.importing.records import ImportedRecommendation, RowProblem

# The longest value each stored field takes (desktop.store models).
_LIMITS: dict[str, int] = {
    "reference": 100,
    "paragraph": 32,
    "source_symbol": 100,
    "session": 50,
    "country": 200,
    "text_language": 8,
    "annotation_id": 64,
    "annotation_type": 100,
    "mechanism_code": 300,
    "cluster": 300,
}
_ITEM_LIMITS: dict[str, int] = {
    "recommending_states": 200,
    "affected_persons": 300,
    "upr_info_issues": 300,
}


_FIELDS = attrgetter(*_LIMITS)
_ITEMS = attrgetter(*_ITEM_LIMITS)


_LIMIT_VALUES = tuple(_LIMITS.values())


def too_long(item: ImportedRecommendation) -> RowProblem | None:
    """A row whose value cannot be stored (longer than its field allows)."""
    lengths = [0 if value is None else len(value) for value in _FIELDS(item)]
    if any(map(gt, lengths, _LIMIT_VALUES)):  # almost never: looked for in one pass in C
        name, limit = next(
            field
            for field, length in zip(_LIMITS.items(), lengths, strict=True)
            if length > field[1]
        )
        return RowProblem(
            item.row,
            f"the {name.replace('_', ' ')} is longer than {limit} characters",
            code="import.field_too_long",
            params={"field": name, "maximum": limit},
        )
    for (name, limit), values in zip(_ITEM_LIMITS.items(), _ITEMS(item), strict=True):
        if values and max(map(len, values)) > limit:
            return RowProblem(
                item.row,
                f"a value of {name.replace('_', ' ')} is longer than {limit} characters",
                code="import.value_too_long",
                params={"field": name, "maximum": limit},
            )
    if any(len(theme.name) > 300 or len(theme.code or "") > 16 for theme in item.themes):
        return RowProblem(
            item.row, "a theme is longer than 300 characters", code="import.theme_too_long"
        )
    return None
