"""The import use case: read a file with the reader of its format, compare
every record with the database by stable key, and apply the result in one
transaction after a verified backup, or (a dry run, the preview) roll it back.

Re-importing the same or a newer file is idempotent: a matched
recommendation's official fields are updated, its local work (agencies,
status, priority, notes, cluster) is never touched. Cancel, or any error,
leaves the database as it was."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.domain.errors import ImportFileError, NmrfError
from desktop.services.audit_log import audit_source, file_source, record_event
from desktop.services.backups import BEFORE_IMPORT_REASON, backup_before
from desktop.services.database import Database, scratch_copy
from desktop.services.free_memory import give_back_free_memory
from desktop.services.importing.context_rows import ContextCounts
from desktop.services.importing.mapped import MappingProfile
from desktop.services.importing.reader_child import Chunk, Prepared
from desktop.services.importing.reader_process import ReadCancelled, Reading, readings
from desktop.services.importing.records import (
    ImportedRecommendation,
    ImportFormat,
    OtherTypes,
    RowProblem,
    is_recommendation_type,
)
from desktop.services.importing.run import ImportRun
from desktop.store.core_tables import recommendation as recommendation_table
from desktop.store.engine import WAIT_OPTION

IMPORT_WAIT_S = 900

Progress = Callable[[int, int], None]
"""(rows read, rows in all as far as known)."""


class ImportCancelled(NmrfError):
    """The user cancelled; nothing was written."""


@dataclass
class ImportSummary:
    file: str
    format: ImportFormat
    rows_read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    created: dict[str, list[str]] = field(default_factory=dict)
    """Names the import added, by kind: mechanisms, documents, States, themes,
    affected persons, UPR Info issues, clusters."""
    responses: Counter[str] = field(default_factory=Counter)
    """Positions of the recommendations read (other annotation types not counted)."""
    types: Counter[str | None] = field(default_factory=Counter)
    """Rows read per annotation type as the file names it (None: the file gives
    none, read as recommendations); only UHRI exports have types."""
    other_types: OtherTypes = OtherTypes.KEEP
    context: ContextCounts = field(default_factory=ContextCounts)
    """What became of the rows of other types than recommendations."""
    preview: list[ImportedRecommendation] = field(default_factory=list)
    """The first rows as they will be stored (with their references)."""
    dry_run: bool = True
    backup: Path | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "format": self.format.value,
            "dry_run": self.dry_run,
            "rows_read": self.rows_read,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [
                {"row": p.row, "column": p.column, "reason": p.reason} for p in self.rejected
            ],
            "created": self.created,
            "responses": dict(self.responses),
            "types": [
                {"type": label, "rows": n, "recommendation": is_recommendation_type(label)}
                for label, n in self.types.most_common()
            ],
            "other_types": self.other_types.value,
            "context": self.context.as_dict(),
            "backup": str(self.backup) if self.backup else None,
        }


def import_file(
    database: Database,
    path: Path,
    *,
    fmt: ImportFormat | None = None,
    mapping: MappingProfile | None = None,
    dry_run: bool = False,
    other_types: OtherTypes = OtherTypes.KEEP,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import ``path`` (format detected when ``fmt`` is None). A dry run reports
    what would happen and writes nothing. Raises ImportFileError for a file that
    cannot be imported, ImportCancelled when cancelled; the database is then unchanged.

    Only recommendations enter the register; rows of other annotation types
    (UHRI) are kept as context of their document or skipped (``other_types``).

    The file is streamed through the transaction a chunk at a time, so a large
    file never sits in memory whole; a problem met half-way rolls everything back."""
    return import_files(
        database,
        [path],
        fmt=fmt,
        mapping=mapping,
        dry_run=dry_run,
        other_types=other_types,
        progress=progress,
        cancelled=cancelled,
    )[0]


def import_files(
    database: Database,
    paths: Sequence[Path],
    *,
    fmt: ImportFormat | None = None,
    mapping: MappingProfile | None = None,
    dry_run: bool = False,
    other_types: OtherTypes = OtherTypes.KEEP,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportSummary]:
    """Import the files in order, as import_file does one, all in one
    transaction after one verified backup: all of them or, for a refused
    file, a cancel or any error, none. A file sees the rows of the files
    before it (a recommendation in two files is new in the first and matched
    in the second). One summary per file, in order; ``fmt`` and ``mapping``
    apply to every file; ``progress`` counts the rows of all files."""
    if not paths:
        raise ValueError("no file to import")
    if dry_run and database.read_only and database.path is not None:
        # A dry run writes and rolls back: on a read-only database it runs on a copy.
        with scratch_copy(database) as scratch:
            return import_files(
                scratch,
                paths,
                fmt=fmt,
                mapping=mapping,
                dry_run=True,
                other_types=other_types,
                progress=progress,
                cancelled=cancelled,
            )
    batch = _Batch(list(paths), dry_run, OtherTypes(other_types), progress, cancelled)
    try:
        all_new = register_is_empty(database)
        with readings(batch.paths, fmt, mapping, cancelled, all_new=all_new) as files:
            _import_all(database, batch, files)
    except ReadCancelled:
        raise ImportCancelled("the import was cancelled; nothing was changed") from None
    finally:
        give_back_free_memory()  # what the import held, however it ended
    return batch.summaries


@dataclass
class _Batch:
    """The files of one import and what became of them so far."""

    paths: list[Path]
    dry_run: bool
    other_types: OtherTypes
    progress: Progress | None
    cancelled: Callable[[], bool] | None
    summaries: list[ImportSummary] = field(default_factory=list)
    rows_before: int = 0
    """Rows read in the files before the one being read."""
    sizes: list[int] = field(init=False)
    """Each file's size in bytes (0: unknown), for the progress."""

    def __post_init__(self) -> None:
        self.sizes = [_size(path) for path in self.paths]

    def report(self, read: Reading, rows_read: int) -> None:
        """Rows read in all files, of the rows in all as far as known: the
        files not yet opened are guessed from their size at this file's rate."""
        if self.progress is None:
            return
        rows_here = max(read.estimate or 0, rows_read)
        here = len(self.summaries) - 1  # the file being read
        rate = rows_here / max(self.sizes[here], 1)
        guessed = int(rate * sum(self.sizes[here + 1 :]))
        done = self.rows_before + rows_read
        self.progress(done, self.rows_before + rows_here + guessed)


def register_is_empty(database: Database) -> bool:
    """Whether the register holds no recommendation at all: every row of an
    import is then new (one query that reads one row at most). A database
    that cannot be read counts as not empty: the import then says what is
    wrong with it, as any import does."""
    try:
        with database.engine.connect() as connection:
            found = connection.execute(select(recommendation_table.c.id).limit(1)).first()
    except SQLAlchemyError:
        return False
    return found is None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # its reader says what is wrong with it


def _import_all(database: Database, batch: _Batch, files: Iterator[Reading]) -> None:
    """The files' records into the database in one transaction, a summary
    filled in for each as it is read."""
    session = database.session_factory()
    # An import runs in the background: it queues behind another program's
    # import or bulk change rather than giving up after the busy timeout.
    session.info[WAIT_OPTION] = IMPORT_WAIT_S
    try:
        with _collector_paused(), _database_errors(database), session.begin():
            first: ImportRun | None = None
            for path in batch.paths:
                _check_cancelled(batch.cancelled)
                # Its lookups are read (and the search index deferred, in the
                # transaction that holds the write lock) while a reader process
                # opens the file.
                run = ImportRun(session, batch.other_types, after=first)
                read = next(files)
                summary = ImportSummary(
                    file=path.name,
                    format=read.format,
                    dry_run=batch.dry_run,
                    other_types=batch.other_types,
                )
                batch.summaries.append(summary)
                with audit_source(file_source(path)):
                    _import_rows(session, path, read, run, summary, batch)
                first = first or run
                batch.rows_before += summary.rows_read
            _check_cancelled(batch.cancelled)  # a last chance before the commit
            if batch.dry_run:
                session.rollback()
                return
            assert first is not None
            first.finish()  # the search index of the new rows (a dry run rolls back)
            if database.path is not None and any(map(_changed, batch.summaries)):
                # Before the commit, so the backup holds the database as it was (other
                # connections see only committed data); an import that changes
                # nothing needs none.
                backup = backup_before(database, BEFORE_IMPORT_REASON)
                for summary in batch.summaries:
                    summary.backup = backup
    finally:
        session.close()


def _import_rows(
    session: Session,
    path: Path,
    read: Reading,
    run: ImportRun,
    summary: ImportSummary,
    batch: _Batch,
) -> None:
    """One file's records through ``run``, ``summary`` filled in as they are."""
    for chunk in read.chunks:
        _check_cancelled(batch.cancelled)
        records, prepared = _recommendations(chunk)
        run.rejected += [i for i in chunk.items if isinstance(i, RowProblem)]
        summary.rows_read += len(chunk.items)
        refused = run.apply(records, prepared)
        if refused:  # rows too long to store count as refused, not by type or response
            refused_ids = {id(r) for r in refused}
            records = [r for r in records if id(r) not in refused_ids]
        types = Counter(map(_TYPE, records))
        summary.types.update(types)
        if set(types) == {None}:  # no types (most files): every record is a recommendation
            positions = Counter(map(_RESPONSE, records))
        else:
            positions = Counter(r.response for r in records if r.is_recommendation)
        summary.responses.update({position.value: n for position, n in positions.items()})
        batch.report(read, summary.rows_read)
    # Anything the file added and the session still holds is written (and
    # recorded as coming from the file) before the next file.
    session.flush()
    if summary.rows_read == 0:
        raise ImportFileError(
            "the file holds no recommendations",
            file=path.name,
            code="import.no_recommendations",
        )
    summary.new, summary.updated, summary.unchanged = run.new, run.updated, run.unchanged
    summary.rejected = sorted(run.rejected, key=lambda p: p.row)
    summary.preview, summary.created = run.preview, run.created()
    summary.context = run.context.counts
    record_event(
        session,
        "import",
        "file",
        label=path.name,
        changes={
            "format": summary.format.value,
            "rows": summary.rows_read,
            "new": summary.new,
            "updated": summary.updated,
            "rejected": len(summary.rejected),
        },
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while an import runs: it makes and keeps
    hundreds of thousands of objects (records, keys, rows), and collections
    that walk them all again and again cost a tenth of a large import. What
    the import leaves behind is collected when it ends."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _changed(summary: ImportSummary) -> bool:
    counts = summary.context
    return bool(
        summary.new
        or summary.updated
        or summary.created
        or counts.new
        or counts.updated
        or counts.moved_out
        or counts.moved_in
    )


@contextmanager
def _database_errors(database: Database) -> Iterator[None]:
    """A database that cannot be written (a full disk, a lost server) is the
    user's to know about, in plain words; the transaction is rolled back."""
    try:
        yield
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise NmrfError(
            f"the import could not be written, nothing was changed ({detail})",
            where=database.display_name,
            code="import.not_written",
            params={"reason": detail},
        ) from exc


def _check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("the import was cancelled; nothing was changed")


_TYPE, _RESPONSE = attrgetter("annotation_type"), attrgetter("response")


def _recommendations(
    chunk: Chunk,
) -> tuple[list[ImportedRecommendation], list[Prepared | None] | None]:
    """The records of a chunk (not the problems), with what the reader
    prepared for them if it did."""
    if chunk.prepared is None:
        return [i for i in chunk.items if isinstance(i, ImportedRecommendation)], None
    pairs = [
        (i, d)
        for i, d in zip(chunk.items, chunk.prepared, strict=True)
        if isinstance(i, ImportedRecommendation)
    ]
    return [i for i, _ in pairs], [d for _, d in pairs]
