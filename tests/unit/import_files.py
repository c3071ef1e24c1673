"""Files for the importer tests, built by the tests themselves: UHRI exports
(XLSX and CSV), UPR Info CSV bytes in legacy encodings, and hostile files."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from desktop.services.importing.uhri import EXPORT_HEADERS

UHRI_HEADERS = list(EXPORT_HEADERS)

UHRI_ROWS: list[list[Any]] = [
    [
        "49.The Committee recommends that the State party adopt a comprehensive "
        "anti-discrimination law covering indígenas.",
        "- Slovenia",
        "- Eastern European States",
        "- Committee on the Elimination of Discrimination against Women",
        "",
        "CEDAW/C/SVN/CO/7",
        43831,  # 2020-01-01 as an Excel serial number
        43900,
        "3f1c5a52-8a0b-4c47-9d6e-0c2b9a1e7a11",  # Type holding a UUID
        "- Women's rights\n- Equality & non-discrimination",
        "- Women & girls\n- Indigenous peoples",
        "- 5.1 - End all forms of discrimination against all women and girls everywhere\n"
        "- 10.3 - Ensure equal opportunity",
        "",
        "",
        "",
        "6a0e7f38-1d2c-4b43-9a8e-2f5c3b7d9e01",
    ],
    [
        "121.2 Ratify the Optional Protocol to the Convention against Torture",
        "- SI",  # an ISO code leaking into the country column
        "",
        "- UPR",
        "",
        "A/HRC/43/15",
        43850,
        43900,
        "Recommendation",
        "- Torture and other cruel, inhuman or degrading treatment",
        "- Persons deprived of their liberty",
        "- 16.a - Strengthen relevant national institutions",
        "43",
        "- Spain\n- Holy See*",  # observer States carry a trailing *
        "Supported",
        "7b1f8049-2e3d-4c54-8b9f-3a6d4c8e0f12",
    ],
    [
        "121.3 Abolish the death penalty",
        "- Slovenia",
        "",
        "- UPR",
        "",
        "A/HRC/43/15",
        43850,
        43900,
        "Recommendation",
        "- Death penalty",
        "",
        "",
        "43",
        "- France\n- A new State of somewhere",
        "Noted",
        "8c2a915a-3f4e-4d65-9ca0-4b7e5d9f1a23",
    ],
]


def write_uhri_xlsx(path: Path, rows: list[list[Any]] | None = None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(UHRI_HEADERS)
    for row in UHRI_ROWS if rows is None else rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_uhri_csv(
    path: Path, rows: list[list[Any]] | None = None, encoding: str = "utf-8"
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(UHRI_HEADERS)
    for row in UHRI_ROWS if rows is None else rows:
        writer.writerow(row)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


UPR_INFO_HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"


def upr_info_bytes(lines: list[str], encoding: str = "mac_roman", newline: str = "\r") -> bytes:
    return newline.join([UPR_INFO_HEADER, *lines]).encode(encoding)


UPR_INFO_LINES = [
    'Sao Tome and Principe,Africa,AU,"Ratify the Convention, as Tomé asked ""quickly""",'
    'France,WEOG,EU,Accepted,5,"International instruments,Women\'s rights",3',
    "Sao Tome and Principe,Africa,AU,Continue its efforts in the área of education,"
    "Brazil,GRULAC,,Noted,2,Right to education,3",
    "Sao Tome and Principe,Africa,AU,Continue its efforts in the área of education,"
    "Brazil,GRULAC,,Noted,2,Right to education,3",  # a duplicate row
    "Sao Tome and Principe,Africa,AU,Continue its efforts in the área of education,"
    "Chile,GRULAC,,Accepted,2,Right to education,3",  # same text, another State
    "Sao Tome and Principe,Africa,AU,Consider joining the ILO convention,"
    "&#40;Unknown&#41;,,,Accepted,3,Labour,3",
]


def zip_bomb_xlsx(path: Path) -> Path:
    """A real workbook with one more part of 60 MB of zeros (~1000:1)."""
    write_uhri_xlsx(path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (60 * 1024 * 1024))
    return path


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b"<lolz>&lol3;</lolz>"
)


def billion_laughs_xlsx(path: Path) -> Path:
    """A workbook whose shared strings declare nested entities."""
    source = write_uhri_xlsx(path.with_name("plain.xlsx"))
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as hostile:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = BILLION_LAUGHS
            hostile.writestr(info, data)
    return path


def truncated(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path
