"""Writing an update form (openpyxl, streamed): an instructions sheet, the
Updates sheet (read-only cells grey and locked, the agency's columns white
and open, a drop-down of localised status names), the Indicators sheet, a
hidden sheet of drop-down lists and the very hidden, signed manifest.
Sheets are protected against slips (no password: not a security claim),
headers frozen, columns sized, pages landscape and fit to width with the
header row repeated."""

from __future__ import annotations

import io
import os
import uuid
from copy import copy
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties

from desktop.domain.vocab import RTL_LANGUAGES, ActionStatus, ImplementationStatus
from desktop.services.forms.content import (
    INDICATOR_FILLED,
    INDICATOR_READ_ONLY,
    UPDATE_FILLED,
    UPDATE_READ_ONLY,
    FormContent,
    UpdateRow,
)
from desktop.services.forms.labels import FormLabels
from desktop.services.forms.layout import (
    DATE_FORMAT,
    GREY,
    GROUP,
    HEAD,
    INDICATORS,
    OPEN,
    UPDATES,
    WIDTHS,
    WRAP,
    cell_value,
)
from desktop.services.forms.manifest import (
    HEADER_ROWS,
    LISTS_SHEET,
    MANIFEST_SHEET,
    Manifest,
    RowEntry,
    digest,
    manifest_rows,
)
from desktop.services.forms.sheet_xml import row_xml, splice, text_height
from desktop.services.forms.signing import sign


@dataclass(frozen=True)
class FormHeader:
    """What the instructions sheet says besides the labels."""

    form: uuid.UUID
    language: str
    deadline: date | None
    period: str
    contact: str
    made_at: datetime


def write_form(
    content: FormContent, header: FormHeader, key: bytes, path: Path
) -> tuple[Manifest, int]:
    """Write the form to ``path`` (atomically); returns its manifest and the
    number of record rows it lists."""
    labels = FormLabels(header.language)
    book = Workbook(write_only=True)
    writer = _Writer(book, labels, header.language in RTL_LANGUAGES)
    writer.instructions(content, header)
    updates = io.StringIO()
    entries, last = writer.updates(content, updates)
    entries += writer.indicators(content)
    writer.lists()
    manifest = Manifest(
        form=header.form,
        agency=content.agency,
        language=labels.language,
        made_at=header.made_at,
        entries=tuple(entries),
    )
    manifest = replace(manifest, signature=sign(manifest, key))
    hidden = book.create_sheet(MANIFEST_SHEET)
    hidden.sheet_state = "veryHidden"
    rows = manifest_rows(manifest)
    for row in islice(rows, HEADER_ROWS):
        hidden.append(row)
    text_style = writer.style_id(hidden, "plain")
    manifest_xml = "".join(
        row_xml(number, ((value, text_style) for value in row))
        for number, row in enumerate(rows, start=HEADER_ROWS + 1)
    )
    buffer = io.BytesIO()
    book.save(buffer)
    bodies = {
        2: (io.BytesIO(updates.getvalue().encode()), last, len(UPDATE_READ_ONLY + UPDATE_FILLED)),
        5: (io.BytesIO(manifest_xml.encode()), HEADER_ROWS + len(entries), 7),
    }
    # Beside the target, then renamed over it: a reader never sees half a form.
    # Made with open() (not mkstemp, which gives 0600): the form is for sending.
    temporary = path.parent / f".{path.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        with temporary.open("xb"):
            pass
        splice(buffer.getvalue(), bodies, temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return manifest, len(entries)


class _Writer:
    def __init__(self, book: Workbook, labels: FormLabels, rtl: bool) -> None:
        self.book = book
        self.labels = labels
        self.rtl = rtl
        self.fonts = {"bold": Font(bold=True), "head": Font(bold=True, color="FFFFFF")}
        self.styles: dict[tuple[str, bool], Any] = {}

    def _sheet(self, title: str, columns: tuple[str, ...]) -> Any:
        sheet = self.book.create_sheet(title)
        sheet.sheet_view.rightToLeft = self.rtl
        for index, name in enumerate(columns):
            letter = chr(ord("A") + index)
            sheet.column_dimensions[letter].width = WIDTHS.get(name, 16)
        protection = sheet.protection
        protection.sheet = True
        protection.formatColumns = False
        protection.formatRows = False
        protection.formatCells = False
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        return sheet

    def _cell(self, sheet: Any, value: Any, *, open_: bool = False, kind: str = "") -> Any:
        cell: Any = WriteOnlyCell(sheet, cell_value(value))
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # text, never a formula
        kind = kind or ("open" if open_ else "grey")
        key = (kind, isinstance(value, date))
        style = self.styles.get(key)
        if style is None:
            style = self.styles[key] = self._style(sheet, *key)
        # A copy of a style made once: setting fonts and fills cell by cell
        # (each hashed and looked up) cost most of the time of a large form.
        cell._style = copy(style)
        return cell

    def style_id(self, sheet: Any, name: str) -> int:
        """The workbook's id of a style (``grey``, ``grey_date``, ``open``,
        ``group``, ``plain``), for cells written as XML of their own."""
        kind, dated = name.removesuffix("_date"), name.endswith("_date")
        if kind == "plain":
            return 0  # the workbook's default style, always its first
        key = (kind, dated)
        if key not in self.styles:
            self.styles[key] = self._style(sheet, kind, dated)
        styles: Any = self.book._cell_styles  # type: ignore[attr-defined]
        return int(styles.add(self.styles[key]))

    def _style(self, sheet: Any, kind: str, dated: bool) -> Any:
        cell: Any = WriteOnlyCell(sheet, None)
        if kind == "head":
            cell.font, cell.fill, cell.alignment = self.fonts["head"], HEAD, WRAP
        elif kind == "group":
            cell.font, cell.fill = self.fonts["bold"], GROUP
        elif kind == "open":
            cell.alignment, cell.protection = WRAP, OPEN
        else:
            cell.alignment, cell.fill = WRAP, GREY
        if dated:
            cell.number_format = DATE_FORMAT
        return cell._style

    def _headings(self, sheet: Any, columns: tuple[str, ...]) -> None:
        t = self.labels
        # Bold headings take more room than body text: counted a quarter wider.
        height = text_height([(t(c) + " " * (len(t(c)) // 4), WIDTHS[c]) for c in columns])
        if height:
            sheet.row_dimensions[1].height = height
        sheet.append([self._cell(sheet, t(c), kind="head") for c in columns])

    def instructions(self, content: FormContent, header: FormHeader) -> None:
        t = self.labels
        sheet = self._sheet(t("sheet.instructions"), ("reference", "text"))
        sheet.column_dimensions["A"].width = 28
        sheet.column_dimensions["B"].width = 90
        name = content.agency_name + (f" ({content.acronym})" if content.acronym else "")
        sheet.append([self._cell(sheet, t("title", agency=name), kind="group")])
        sheet.append([])
        deadline = header.deadline.isoformat() if header.deadline else t("no_deadline")
        focal = content.focal_point + (f" <{content.focal_email}>" if content.focal_email else "")
        for key, value in (
            ("agency", name),
            ("focal_point", focal),
            ("period", header.period),
            ("deadline", deadline),
            ("contact", header.contact),
            ("form_id", str(header.form)),
            ("made_on", header.made_at.date().isoformat()),
        ):
            sheet.append([self._cell(sheet, t(key), kind="group"), self._cell(sheet, value)])
        sheet.append([])
        sheet.append([self._cell(sheet, t("how.title"), kind="group")])
        for number in range(1, 5):
            # Rows 12 to 15: the title, a blank row, seven fields, a blank row, the heading.
            height = text_height([(t(f"how.{number}"), 90)])
            if height:
                sheet.row_dimensions[11 + number].height = height
            sheet.append([self._cell(sheet, str(number)), self._cell(sheet, t(f"how.{number}"))])

    def updates(self, content: FormContent, out: io.StringIO) -> tuple[list[RowEntry], int]:
        """The Updates sheet: its header row here, its rows as XML into ``out``;
        returns the manifest's entries and the last row."""
        t = self.labels
        columns = UPDATE_READ_ONLY + UPDATE_FILLED
        sheet = self._sheet(t("sheet.updates"), columns)
        sheet.freeze_panes = "B2"
        sheet.print_title_rows = "1:1"
        self._headings(sheet, columns)
        styles = {
            kind: self.style_id(sheet, kind) for kind in ("grey", "grey_date", "open", "group")
        }
        entries: list[RowEntry] = []
        # A group's title across the row: shown whole in either direction.
        last_column = chr(ord("A") + len(columns) - 1)
        row = 1
        first_rec = last_rec = 0
        for section in content.sections:
            row += 1
            out.write(row_xml(row, [(section.title or t("no_cluster"), styles["group"])]))
            sheet.merged_cells.add(f"A{row}:{last_column}{row}")
            for item in section.rows:
                row += 1
                first_rec = first_rec or row
                last_rec = row
                entries.append(self._update_row(out, item, row, styles))
        first_action = last_action = 0
        if content.actions:
            row += 1
            out.write(row_xml(row, [(t("actions"), styles["group"])]))
            sheet.merged_cells.add(f"A{row}:{last_column}{row}")
            for item in content.actions:
                row += 1
                first_action = first_action or row
                last_action = row
                entries.append(self._update_row(out, item, row, styles))
        status_column = chr(ord("A") + len(UPDATE_READ_ONLY))
        for first, last, list_column, size in (
            (first_rec, last_rec, "A", len(ImplementationStatus)),
            (first_action, last_action, "B", len(ActionStatus)),
        ):
            if first:
                validation = DataValidation(
                    type="list",
                    formula1=f"{LISTS_SHEET}!${list_column}$1:${list_column}${size}",
                    allow_blank=True,
                    showErrorMessage=True,
                )
                validation.add(f"{status_column}{first}:{status_column}{last}")
                sheet.data_validations.append(validation)
        return entries, row

    def _update_row(
        self, out: io.StringIO, item: UpdateRow, row: int, styles: dict[str, int]
    ) -> RowEntry:
        t = self.labels
        shown = [
            cell_value(item.reference),
            cell_value(item.mechanism),
            t.term(item.role),
            cell_value(item.text),
            item.due,
            t.term(item.status),
            cell_value(item.latest_progress),
        ]
        grey, grey_date, open_ = styles["grey"], styles["grey_date"], styles["open"]
        cells = [(value, grey_date if isinstance(value, date) else grey) for value in shown]
        cells.append((t.term(item.status), open_))
        cells += [(None, open_)] * (len(UPDATE_FILLED) - 1)
        wrapped = ((shown[0], WIDTHS["reference"]), (shown[3], WIDTHS["text"]),
                   (shown[5], WIDTHS["current_status"]),
                   (shown[6], WIDTHS["latest_progress"]))  # fmt: skip
        out.write(row_xml(row, cells, text_height(wrapped)))
        return RowEntry(
            sheet=UPDATES,
            row=row,
            kind=item.kind,
            record=item.record,
            version=item.version,
            status=item.status,
            digests=tuple(digest(v) for v in shown),
        )

    def indicators(self, content: FormContent) -> list[RowEntry]:
        t = self.labels
        columns = INDICATOR_READ_ONLY + INDICATOR_FILLED
        sheet = self._sheet(t("sheet.indicators"), columns)
        sheet.freeze_panes = "B2"
        sheet.print_title_rows = "1:1"
        self._headings(sheet, columns)
        entries = []
        for row, item in enumerate(content.indicators, start=2):
            shown = [
                item.name,
                item.unit,
                item.baseline,
                item.target,
                item.latest_value,
                item.latest_date,
            ]
            cells = [self._cell(sheet, v) for v in shown]
            cells += [self._cell(sheet, None, open_=True) for _ in INDICATOR_FILLED]
            sheet.append(cells)
            entries.append(
                RowEntry(
                    sheet=INDICATORS,
                    row=row,
                    kind="indicator",
                    record=item.record,
                    version=item.version,
                    status="",
                    digests=tuple(digest(cell_value(v)) for v in shown),
                )
            )
        if content.indicators:
            last = len(content.indicators) + 1
            value_column = chr(ord("A") + len(INDICATOR_READ_ONLY))
            date_column = chr(ord(value_column) + 1)
            number = DataValidation(type="decimal", operator="between", allow_blank=True)
            number.formula1, number.formula2 = "-1E+15", "1E+15"
            number.add(f"{value_column}2:{value_column}{last}")
            when = DataValidation(type="date", operator="greaterThan", allow_blank=True)
            when.formula1 = "1"
            when.add(f"{date_column}2:{date_column}{last}")
            sheet.data_validations.append(number)
            sheet.data_validations.append(when)
        return entries

    def lists(self) -> None:
        """The drop-downs' choices (a sheet of lists: a list written into the
        validation itself breaks on a comma in a localised name)."""
        sheet = self.book.create_sheet(LISTS_SHEET)
        sheet.sheet_state = "hidden"
        recs = list(self.labels.status_names(ImplementationStatus))
        actions = list(self.labels.status_names(ActionStatus))
        for index in range(max(len(recs), len(actions))):
            sheet.append(
                [
                    recs[index] if index < len(recs) else None,
                    actions[index] if index < len(actions) else None,
                ]
            )
