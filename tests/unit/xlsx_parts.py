"""Workbooks written part by part, for the tests of the XLSX size checks: any
sheet XML (odd dimensions, far cells, cells without references), and a way to
open a file through the import entry points in a child process, since a file
that gets past the checks can abort the process that opens it."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships"><sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>'
    "</workbook>"
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="{target}"/></Relationships>'
)


def inline(ref: str | None, text: str, tag: str = "c") -> str:
    """A cell holding ``text`` as an inline string (no reference when ``ref`` is None)."""
    where = f' r="{ref}"' if ref is not None else ""
    prefix = tag[: -len("c")]
    value = f"<{prefix}is><{prefix}t>{text}</{prefix}t></{prefix}is>"
    return f'<{tag}{where} t="inlineStr">{value}</{tag}>'


def sheet_xml(rows: str, dimension: str | None = None, prefix: str = "") -> str:
    """A worksheet around ``rows`` (the content of ``<sheetData>``), its
    elements written with ``prefix`` (such as ``x:``) when given."""
    declared = f'<{prefix}dimension ref="{dimension}"/>' if dimension is not None else ""
    namespace = f'xmlns:{prefix[:-1]}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<{prefix}worksheet {namespace}>{declared}'
        f"<{prefix}sheetData>{rows}</{prefix}sheetData></{prefix}worksheet>"
    )


def write_xlsx(
    path: Path,
    sheet: str | bytes,
    *,
    shared_strings: str | None = None,
    sheet_name: str = "Sheet1",
    sheet_part: str = "xl/worksheets/sheet1.xml",
    extra: dict[str, bytes] | None = None,
) -> Path:
    """A workbook of one sheet whose part holds ``sheet``."""
    target = sheet_part.removeprefix("xl/")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK.replace("{name}", sheet_name))
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace("{target}", target))
        archive.writestr(sheet_part, sheet)
        if shared_strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def write_issue_file(path: Path) -> Path:
    """The file of issue 13: a header row, the dimension A1:XFD1048576 and one
    value in XFD1048576 (python-calamine asks for 512 GB and aborts)."""
    from desktop.services.importing.uhri import EXPORT_HEADERS

    header = "".join(inline(f"{chr(65 + i)}1", name) for i, name in enumerate(list(EXPORT_HEADERS)))
    rows = f'<row r="1">{header}</row><row r="1048576">{inline("XFD1048576", "x")}</row>'
    return write_xlsx(path, sheet_xml(rows, "A1:XFD1048576"))


_CHILD = """
import json, sys
from pathlib import Path
try:  # a runaway allocation then fails at once (POSIX only)
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
except ImportError:
    pass
from desktop.domain.errors import ImportFileError
from desktop.services.importing.detect import detect_format
from desktop.services.importing.tables import open_table, read_header, sample_rows

path = Path(sys.argv[1])
def rows():
    table = open_table(path)
    return sum(1 for _ in table.rows)
outcomes = {}
for name, call in [("detect", lambda: detect_format(path)), ("header", lambda: read_header(path)),
                   ("sample", lambda: sample_rows(path)), ("rows", rows)]:
    try:
        call()
        outcomes[name] = "ok"
    except ImportFileError as exc:
        outcomes[name] = "refused: " + str(exc)
print(json.dumps(outcomes))
"""


def open_in_child(path: Path) -> subprocess.CompletedProcess[str]:
    """Open ``path`` through format detection, the header, the preview sample
    and a full read, in a child process limited to 4 GB of address space; its
    output is a JSON object: entry point → "ok" or "refused: <message>"."""
    return subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )


def outcomes(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """The child's outcomes, after checking that it neither crashed nor raised
    anything but ImportFileError."""
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    parsed: dict[str, str] = json.loads(result.stdout.strip().splitlines()[-1])
    return parsed
