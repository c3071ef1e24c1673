"""Signing forms: HMAC-SHA256 with a random key kept in the database (never
in a form) over the manifest, which holds a digest of every read-only cell."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.forms.manifest import Manifest
from desktop.store.base import utcnow
from desktop.store.models import SigningKey

PURPOSE = "update-forms"
KEY_BYTES = 32


def signing_key(session: Session) -> bytes:
    """The database's key for forms, made on first use (inside the caller's
    write transaction, so two first uses cannot make two keys)."""
    key = session.scalar(select(SigningKey.secret).where(SigningKey.purpose == PURPOSE))
    if key is not None:
        return bytes(key)
    secret = secrets.token_bytes(KEY_BYTES)
    session.add(SigningKey(purpose=PURPOSE, secret=secret, created_at=utcnow()))
    session.flush()
    return secret


def existing_key(session: Session) -> bytes | None:
    """The key, or None when this database never made a form."""
    key = session.scalar(select(SigningKey.secret).where(SigningKey.purpose == PURPOSE))
    return bytes(key) if key is not None else None


def sign(manifest: Manifest, key: bytes) -> str:
    return hmac.new(key, manifest.signed_bytes(), hashlib.sha256).hexdigest()


def verify(manifest: Manifest, key: bytes) -> bool:
    return hmac.compare_digest(sign(manifest, key), manifest.signature)
