"""CSV files in UTF-16 or UTF-32 without a byte-order mark import (issue 13),
and binary files are still refused."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import ImportFileError
from desktop.services.importing.detect import detect_format
from desktop.services.importing.fields import Field
from desktop.services.importing.files import decode_text
from desktop.services.importing.mapped import MappingProfile, read_mapped
from desktop.services.importing.records import ImportedRecommendation, ImportFormat
from desktop.services.importing.tables import read_header, sample_rows
from desktop.services.importing.uhri import read_uhri
from tests.unit.import_files import UHRI_HEADERS, UHRI_ROWS, write_uhri_csv

WIDE = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]


def records(items: object) -> list[ImportedRecommendation]:
    return [i for i in items if isinstance(i, ImportedRecommendation)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("encoding", WIDE)
def test_a_uhri_csv_without_bom_imports(tmp_path: Path, encoding: str) -> None:
    plain = records(read_uhri(write_uhri_csv(tmp_path / "plain.csv")))
    path = write_uhri_csv(tmp_path / "wide.csv", encoding=encoding)
    assert not path.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))
    assert detect_format(path) is ImportFormat.UHRI
    assert records(read_uhri(path)) == plain
    assert len(plain) == len(UHRI_ROWS)


@pytest.mark.parametrize("encoding", WIDE)
def test_a_mapped_csv_over_64_kb_without_bom_imports(tmp_path: Path, encoding: str) -> None:
    """Detection reads the first 64 KB only, which may end inside a character."""
    headers = ["Ref", "Recommandation", "Document", "Pays"]
    profile = MappingProfile(
        "wide",
        {Field.REFERENCE: "Ref", Field.TEXT: "Recommandation", Field.SOURCE_SYMBOL: "Document"},
        {Field.MECHANISM: "UPR"},
    )
    lines = [",".join(headers)] + [
        f'"{n}","Ratifier la Convention ({n}) — Côte d’Ivoire, 批准公约",A/HRC/1/{n},Chile'
        for n in range(1, 1500)
    ]
    path = tmp_path / "mapped.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    assert path.stat().st_size > 65536
    assert read_header(path) == headers
    assert sample_rows(path, 2).rows[1][1].startswith("Ratifier la Convention (2)")
    found = records(read_mapped(path, profile))
    assert len(found) == 1499 and found[-1].text.endswith("批准公约")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_bom_still_decides(encoding: str) -> None:
    text = ",".join(UHRI_HEADERS) + "\n"
    assert decode_text(text.encode(encoding), "f.csv") == (text, encoding)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 20,
        random.Random(7).randbytes(20000),
        zlib.compress(b"Text,Country\n" * 2000),
        b"".join(n.to_bytes(2, "little") for n in range(5000)),  # 16-bit numbers
        b"".join(n.to_bytes(4, "big") for n in range(5000)),
        bytes(b if i % 2 else 0 for i, b in enumerate(random.Random(8).randbytes(8000))),
        b"SQLite format 3\x00" + bytes(4000),
    ],
    ids=["ramp", "random", "deflate", "u16", "u32", "zeros-even", "sqlite"],
)
def test_binary_files_are_still_refused(data: bytes) -> None:
    with pytest.raises(ImportFileError, match=r"binary|encoding|not valid"):
        decode_text(data, "data.csv")


_PLAIN = st.characters(categories=["L", "N", "P", "S", "Zs"], exclude_characters=',"\r\n')


@given(
    cells=st.lists(
        st.lists(st.text(_PLAIN, min_size=1, max_size=30), min_size=2, max_size=4), max_size=20
    ),
    encoding=st.sampled_from(WIDE),
)
def test_any_text_in_a_wide_encoding_decodes_back(cells: list[list[str]], encoding: str) -> None:
    text = "Text,Country\n" + "".join(",".join(row) + "\n" for row in cells)
    assert decode_text(text.encode(encoding), "f.csv") == (text, encoding)
