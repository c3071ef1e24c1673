"""Evidence files attached to progress updates and consultations.

A file is read whole into the database (``attachment.content``), with its
size and SHA-256, so that evidence travels with a backup and cannot be lost
by moving a folder; reading it back checks the digest.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError, NotFoundError, ValidationError
from desktop.store.models import Attachment

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
"""Evidence files above this size are refused: scans of a few hundred pages
fit; a video does not belong in the database."""


@dataclass(frozen=True)
class NewAttachment:
    """A file read and checked, ready to be stored with its record."""

    file_name: str
    media_type: str
    content: bytes
    sha256: str

    @property
    def size(self) -> int:
        return len(self.content)

    def to_record(self) -> Attachment:
        return Attachment(
            file_name=self.file_name,
            media_type=self.media_type,
            size=self.size,
            sha256=self.sha256,
            content=self.content,
        )


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str


def read_attachment_file(path: Path) -> NewAttachment:
    """Read an evidence file, refusing what cannot be stored."""
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ValidationError("not a file", where=name, code="file.not_a_file")
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                f"the file is {size / 1048576:.0f} MB; evidence files may be at most "
                f"{MAX_ATTACHMENT_BYTES // 1048576} MB",
                where=name,
                code="file.too_large",
                params={"limit": MAX_ATTACHMENT_BYTES // 1048576},
            )
        content = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"cannot read the file: {exc.strerror or exc}",
            where=name,
            code="file.unreadable",
            params={"reason": exc.strerror or exc},
        ) from exc
    if not content:
        raise ValidationError("the file is empty", where=name, code="file.empty")
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return NewAttachment(name[:255], media_type, content, hashlib.sha256(content).hexdigest())


def info(attachment: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        attachment.id,
        attachment.file_name,
        attachment.media_type,
        attachment.size,
        attachment.sha256,
    )


def attachment_content(session_factory: sessionmaker[Session], attachment_id: int) -> bytes:
    """The stored bytes of an attachment, checked against their digest."""
    with session_factory() as session:
        row = session.execute(
            select(Attachment.file_name, Attachment.sha256, Attachment.content).where(
                Attachment.id == attachment_id
            )
        ).one_or_none()
    if row is None:
        raise NotFoundError("the attachment no longer exists", code="record.not_found")
    file_name, sha256, content = row
    if content is None or hashlib.sha256(content).hexdigest() != sha256:
        raise NmrfError("the stored copy is damaged (its SHA-256 does not match)", where=file_name)
    return bytes(content)


def save_attachment_as(
    session_factory: sessionmaker[Session], attachment_id: int, dest: Path
) -> Path:
    """Write an attachment to ``dest``: written beside it, then moved in place,
    so that a full disk leaves no half-written file."""
    content = attachment_content(session_factory, attachment_id)
    fd, temp = tempfile.mkstemp(prefix=".nmrf-", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        os.replace(temp, dest)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise NmrfError(f"cannot write the file: {exc.strerror or exc}", where=str(dest)) from exc
    return dest
