"""The import dialog's part about annotation types (UHRI exports): the option
for paragraphs that are not recommendations, and the counts per type with
what becomes of the others, for the preview and the summary."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QComboBox

from desktop.services.importing.context_rows import ContextCounts
from desktop.services.importing.records import OtherTypes, is_recommendation_type
from desktop.services.importing.service import ImportSummary

KEPT_SHOWN = 12
OTHER_MARK = "✱"
"""Marks the types that are not recommendations, in the counts and the line about them."""


def other_types_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("otherTypesCombo")
    combo.addItem(
        QCoreApplication.translate("ImportDialog", "Keep them as context of their document"),
        OtherTypes.KEEP,
    )
    combo.addItem(QCoreApplication.translate("ImportDialog", "Skip them"), OtherTypes.SKIP)
    combo.setToolTip(
        QCoreApplication.translate(
            "ImportDialog",
            "UHRI exports also hold paragraphs of other types than recommendations "
            "(concerns and observations, positive aspects …). They never enter the "
            "register; kept, they are shown with the recommendations of the same document.",
        )
    )
    return combo


def type_label(label: str | None) -> str:
    if label is None:
        return QCoreApplication.translate(
            "ImportDialog", "type not given (read as recommendations)"
        )
    return label


def types_html(summary: ImportSummary, done: bool) -> str:
    """Rows per type and what happens to the other types; empty when the file
    has no types (every format but UHRI)."""
    return _TypesText().html(summary, done)


class _TypesText(QObject):
    """The texts about types, as a QObject so that plural forms go through tr()."""

    def html(self, summary: ImportSummary, done: bool) -> str:
        if not any(label is not None for label in summary.types):
            return ""
        n = QLocale().toString
        parts = [
            f"{escape(type_label(label))}: {n(count)}"
            + ("" if is_recommendation_type(label) else f" {OTHER_MARK}")
            for label, count in summary.types.most_common()
        ]
        heading = self.tr("Annotation types:")  # (lupdate does not look inside f-strings)
        lines = [f"<b>{escape(heading)}</b> " + " · ".join(parts)]
        others = sum(c for label, c in summary.types.items() if not is_recommendation_type(label))
        if others:
            text = self._others_text(summary.other_types, others, done)
            lines.append(f"{OTHER_MARK} {escape(text)}")
        lines += [escape(text) for text in self._moves_text(summary.context, done)]
        kept = summary.context.kept
        if kept:
            shown = "; ".join(
                f"{k.reference} ({k.document or '—'}): {k.annotation_type}"
                for k in kept[:KEPT_SHOWN]
            ) + (" …" if len(kept) > KEPT_SHOWN else "")
            title = self.tr(
                "%n recommendation(s) stay in the register although the file gives another "
                "type, because someone has worked on them (cluster, plan, action, agencies, "
                "progress …):",
                "",
                len(kept),
            )
            lines.append(f"<b>{escape(title)}</b> {escape(shown)}")
        return "<br>".join(lines)

    def _others_text(self, mode: OtherTypes, others: int, done: bool) -> str:
        if mode is OtherTypes.KEEP and done:
            return self.tr(
                "%n paragraph(s) of other types kept as context of their document.", "", others
            )
        if mode is OtherTypes.KEEP:
            return self.tr(
                "%n paragraph(s) of other types will be kept as context of their document, "
                "never as recommendations.",
                "",
                others,
            )
        if done:
            return self.tr("%n paragraph(s) of other types skipped.", "", others)
        return self.tr("%n paragraph(s) of other types will be skipped.", "", others)

    def _moves_text(self, counts: ContextCounts, done: bool) -> list[str]:
        texts = []
        if counts.moved_out and done:
            texts.append(
                self.tr(
                    "%n recommendation(s) left the register: the file gives another type.",
                    "",
                    counts.moved_out,
                )
            )
        elif counts.moved_out:
            texts.append(
                self.tr(
                    "%n recommendation(s) will leave the register: the file gives another type.",
                    "",
                    counts.moved_out,
                )
            )
        if counts.moved_in and done:
            texts.append(
                self.tr("%n context paragraph(s) became recommendations.", "", counts.moved_in)
            )
        elif counts.moved_in:
            texts.append(
                self.tr("%n context paragraph(s) will become recommendations.", "", counts.moved_in)
            )
        return texts
