"""How far the cells of a worksheet part reach, found by streaming its XML
before python-calamine loads it.

calamine allocates a sheet as one dense block: every cell of the rectangle its
non-empty cells span, 32 bytes each (one value at A1 and one at XFD1048576 is
a 512 GB allocation, and a failed allocation aborts the process). python-calamine
then pads the rows above the first used one, so what a sheet costs is the area
from A1 to its farthest cell. The declared ``<dimension>`` costs nothing (calamine
reserves for it only below 100,000 cells).

Two scans give that area. The quick one proves, with one regular expression
over each megabyte, that every ``<c>`` tag is plain (``<c r="B12" t="s">``:
the reference first, no second ``r``) and inside a rectangle the budget allows.
For a 250,000-row UHRI export it costs 1.4 s of CPU with inline strings (a
320 MB sheet, 0.6 s of it unzipping) and 0.8 s with shared strings, against 3 s
for calamine to load it. Whatever it cannot prove (a cell without a reference,
attributes in another order, a sheet both wide and long) goes to the exact
one, which parses the XML with expat and places every cell as calamine does
(the ``r`` of a row and of a cell, or the position after the previous one); it
is ten times slower."""

from __future__ import annotations

import contextlib
import functools
import re
import xml.parsers.expat
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass

MAX_CELLS = 50_000_000
"""The largest sheet area read (1.6 GB as calamine holds it); a 250,000-row
UHRI export of 16 columns is 4 million cells."""
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
"""A spreadsheet's last row and column (XFD)."""

_HEAD = 64 * 1024
"""The start of a part looked at for its encoding and the root element's prefix."""
_MAX_TAG = 64 * 1024
"""A tag longer than this sends the quick scan to the exact one."""
_SMALLEST_CELL = 11
"""Bytes of the shortest plain cell, ``<c r="A1"/>``: a part this many times
MAX_CELLS long cannot hold more cells than MAX_CELLS."""


@dataclass
class Extent:
    """Where a sheet's cells with content reach (1-based; 0 for none)."""

    rows: int = 0
    columns: int = 0
    cells: int = 0
    dimension: str | None = None
    """The ``<dimension ref>`` the sheet declares, if any."""
    far_cell: str | None = None
    """A cell beyond a spreadsheet's last row or column, if one was met."""


class BadReference(ValueError):
    """A cell or row reference calamine would refuse too."""


class MalformedXml(ValueError):
    """The part is not well-formed XML (or declares a DTD)."""


def column_name(number: int) -> str:
    """Column letters: 1 → A, 27 → AA."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def reference(text: str) -> tuple[int, int]:
    """(row, column), 1-based, of a reference read as calamine reads it: letters
    in either case, then digits; column 0 when there are no letters."""
    index = 0
    while index < len(text) and ("A" <= text[index] <= "Z" or "a" <= text[index] <= "z"):
        index += 1
    column = 0
    for letter in text[:index] if index <= 8 else "ZZZZZZZZZ":
        column = column * 26 + (ord(letter) & 0x1F)
    digits = text[index:]
    if not digits or not digits.isascii() or not digits.isdigit():
        raise BadReference(text)
    # calamine keeps a row in 32 bits; anything longer is far beyond any limit.
    row = int(digits) if len(digits) <= 12 else 10**12
    if row == 0:
        raise BadReference(text)
    return row, column


# --- the quick scan ----------------------------------------------------------------


def _at_most(limit: str, first: str, other: str) -> bytes:
    """A pattern for strings over an ordered alphabet that stand for at most
    ``limit``: shorter ones (first symbol from ``first``), or as long and not
    greater. ``first`` and ``other`` are the symbols' ranges, lowest first."""

    def below(symbol: str, symbols: str) -> str:
        return symbols[: symbols.index(symbol.upper())]

    def klass(symbols: str) -> str:
        pieces = {f"{symbols[0]}-{symbols[-1]}"}
        if symbols.isalpha():
            pieces.add(f"{symbols[0].lower()}-{symbols[-1].lower()}")
        return "[" + "".join(sorted(pieces)) + "]"

    options: list[str] = []
    if len(limit) > 1:
        options.append(klass(first) + klass(other) + f"{{0,{len(limit) - 2}}}")
    for index, symbol in enumerate(limit):
        smaller = below(symbol, first if index == 0 else other)
        if smaller:
            rest = len(limit) - index - 1
            tail = klass(other) + f"{{{rest}}}" if rest else ""
            options.append(_exactly(limit[:index]) + klass(smaller) + tail)
    options.append(_exactly(limit))
    return ("(?:" + "|".join(options) + ")").encode()


def _exactly(text: str) -> str:
    return "".join(f"[{c}{c.lower()}]" if c.isalpha() else c for c in text)


_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_PLAIN_ATTRIBUTES = rb'(?:[ ]++[a-qs-z][a-z]*+="[^"<>]*+")*+/?>'
"""After the reference: attributes whose names cannot be ``r``, in double quotes
holding no ``<`` or ``>``, then the tag's end."""


@dataclass(frozen=True)
class _Tier:
    """A rectangle from A1 within the budget."""

    columns: int
    rows: int


_TIERS = tuple(
    _Tier(columns, min(MAX_ROWS, MAX_CELLS // columns)) for columns in (47, 100, 250, 1000, 16_384)
)
_ROOT = re.compile(rb"<([A-Za-z_][\w.\-]*:)?worksheet[\s/>]")
_PLAIN_CELL = re.compile(
    rb'<(?:[A-Za-z_][\w.\-]*:)?c r="([A-Za-z]{1,3})([1-9][0-9]{0,6})"' + _PLAIN_ATTRIBUTES
)


@functools.cache
def _patterns(
    tier: _Tier, prefix: bytes
) -> tuple[re.Pattern[bytes], tuple[re.Pattern[bytes], ...]]:
    """A cell tag written with ``prefix`` (the root element's, as in
    ``<x:c``) that is not plain inside ``tier``; and cell tags with any other
    prefix (or none)."""
    column = _at_most(column_name(tier.columns), _LETTERS, _LETTERS)
    row = _at_most(str(tier.rows), _DIGITS[1:], _DIGITS)
    own = re.compile(
        b"<"
        + re.escape(prefix)
        + rb'c(?! r="'
        + column
        + row
        + b'"'
        + _PLAIN_ATTRIBUTES
        + rb")[\s/>]"
    )
    if not prefix:
        return own, (re.compile(rb":c[\s/>]"),)
    # The literal ":c" first, then the look-behinds: a pattern that starts with
    # a look-behind is tried at every byte (30 times slower).
    own_prefix = re.escape(prefix)
    other_prefix = rb":c(?<!<" + own_prefix + rb"c)(?<!</" + own_prefix + rb"c)[\s/>]"
    return own, (re.compile(rb"<c[\s/>]"), re.compile(other_prefix))


def quick_scan(open_chunks: Callable[[], Generator[bytes]], size: int) -> bool:
    """True when every cell of the part is proven to lie within the budget;
    False when the exact scan must decide. ``size`` is the part's length."""
    head = b""
    with contextlib.closing(open_chunks()) as chunks:
        for chunk in chunks:
            head += chunk
            if len(head) >= _HEAD:
                break
    if b"\x00" in head or head.startswith((b"\xfe\xff", b"\xff\xfe")):
        return False  # UTF-16 or UTF-32: the patterns are ASCII; expat decodes it
    root = _ROOT.search(head)
    prefix = root.group(1) or b"" if root is not None else b""
    tier = 0
    for _ in range(3):
        with contextlib.closing(open_chunks()) as chunks:
            stop = _quick_pass(
                chunks, _TIERS[tier], prefix, count=size > _SMALLEST_CELL * MAX_CELLS
            )
        if stop is None:
            return True
        wider = _wider_tier(stop, tier)
        if wider is None:
            return False
        tier = wider
    return False


def _quick_pass(
    chunks: Iterable[bytes], tier: _Tier, prefix: bytes, *, count: bool
) -> bytes | None:
    """None when all cells are plain and inside ``tier``; else the text from the
    first cell that is not (empty when no cell is to blame)."""
    own, others = _patterns(tier, prefix)
    start = b"<" + prefix + b"c "
    cells = 0
    carry = b""
    for chunk in chunks:
        data = carry + chunk if carry else chunk
        # A tag cut at the chunk's end waits for the next chunk.
        cut = data.rfind(b"<")
        if cut >= 0 and data.find(b">", cut) < 0:
            carry, data = data[cut:], data[:cut]
            if len(carry) > _MAX_TAG:
                return b""
        else:
            carry = b""
        found = own.search(data)
        if found is not None:
            return data[found.start() : found.start() + 256]
        if any(other.search(data) is not None for other in others):
            return b""
        if count:
            cells += data.count(start)
            if cells > MAX_CELLS:
                return b""
    return b"" if carry else None  # an unfinished tag: calamine fails, expat says why


def _wider_tier(stop: bytes, tier: int) -> int | None:
    """The first tier after ``tier`` that holds the plain cell at ``stop``, if any."""
    plain = _PLAIN_CELL.match(stop)
    if plain is None:
        return None
    row, column = reference((plain.group(1) + plain.group(2)).decode())
    for index in range(tier + 1, len(_TIERS)):
        if _TIERS[index].columns >= column and _TIERS[index].rows >= row:
            return index
    return None


# --- the exact scan -----------------------------------------------------------------


class _Finished(Exception):
    """Raised from a handler to stop parsing."""


def local_name(name: str) -> str:
    """The name after the first colon, as quick-xml reads a qualified name."""
    _, colon, rest = name.partition(":")
    return rest if colon else name


class _CellWalker:
    """Places each cell as calamine's XLSX cell reader does: from the first
    ``<sheetData>`` to its end, a cell's ``r`` or else the position after the
    previous cell; a row's ``r`` sets the row, a row's end moves to the next;
    whatever is inside a cell is its value (calamine skips it or fails)."""

    def __init__(self) -> None:
        self.extent = Extent()
        self.depth = 0
        self.in_data = False
        self.cell_depth = 0
        self.cell_position = (0, 0)
        self.cell_has_value = False
        self.row = 0
        self.column = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        if self.cell_depth:
            self.cell_has_value = True
            return
        local = local_name(name)
        if not self.in_data:
            if local == "dimension":
                self.extent.dimension = attributes.get("ref")
            elif local == "sheetData":
                self.in_data = True
            return
        if local == "row":
            ref = attributes.get("r")
            if ref is not None:
                self.row = reference(ref)[0] - 1
        elif local == "c":
            ref = attributes.get("r")
            if ref is None:
                self.cell_position = (self.row, self.column)
            else:
                row, column = reference(ref)
                if column == 0:
                    raise BadReference(ref)
                self.cell_position = (row - 1, column - 1)
                self.column = column - 1
            self.cell_depth = self.depth
            self.cell_has_value = False

    def end(self, name: str) -> None:
        depth, self.depth = self.depth, self.depth - 1
        if self.cell_depth:
            if depth == self.cell_depth:
                self.cell_depth = 0
                self.column += 1
                if self.cell_has_value:
                    self._count(*self.cell_position)
            return
        if not self.in_data:
            return
        local = local_name(name)
        if local == "row":
            self.row += 1
            self.column = 0
        elif local == "sheetData":
            raise _Finished

    def _count(self, row: int, column: int) -> None:
        extent = self.extent
        extent.cells += 1
        extent.rows = max(extent.rows, row + 1)
        extent.columns = max(extent.columns, column + 1)
        if row >= MAX_ROWS or column >= MAX_COLUMNS:
            extent.far_cell = f"{column_name(column + 1)}{row + 1}"
            raise _Finished
        if extent.cells > MAX_CELLS or extent.rows * extent.columns > MAX_CELLS:
            raise _Finished


def _refuse_dtd(*_: object) -> None:
    raise MalformedXml("the part declares a DTD")


def safe_parser() -> xml.parsers.expat.XMLParserType:
    """An expat parser that refuses a DTD, so no entity can be declared
    (what defusedxml does); namespaces are left as written."""
    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def exact_scan(chunks: Iterable[bytes]) -> Extent:
    """The extent of a worksheet part, parsed with expat (no DTD allowed).
    Raises BadReference or MalformedXml."""
    walker = _CellWalker()
    parser = safe_parser()
    parser.StartElementHandler = walker.start
    parser.EndElementHandler = walker.end
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Finished:
        pass
    except xml.parsers.expat.ExpatError as exc:
        raise MalformedXml(
            f"{xml.parsers.expat.ErrorString(exc.code)} at line {exc.lineno}"
        ) from None
    return walker.extent
