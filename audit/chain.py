"""The hash chain that makes the audit trail tamper-evident.

Each entry's hash is SHA-256 over its canonical JSON, which includes the
previous entry's hash. Altering, removing or reordering any entry breaks
every link after it; ``verify_chain`` finds the first broken one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

GENESIS_HASH = "0" * 64


class ChainedEntry(Protocol):
    seq: int
    prev_hash: str
    entry_hash: str

    def canonical_fields(self) -> dict[str, Any]: ...


def canonical_json(fields: dict[str, Any]) -> bytes:
    def default(value: object) -> str:
        if isinstance(value, datetime):
            return value.astimezone(UTC).isoformat(timespec="microseconds")
        raise TypeError(f"audit field of type {type(value).__name__} cannot be hashed")

    return json.dumps(
        fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True, default=default
    ).encode()


def entry_hash(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(fields)).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    head_seq: int
    head_hash: str
    broken_seq: int | None = None
    reason: str = ""


def verify_chain(entries: Iterable[ChainedEntry]) -> ChainReport:
    """Walk entries in ``seq`` order and stop at the first that does not link."""
    expected_seq = 1
    prev = GENESIS_HASH
    checked = 0
    for entry in entries:
        if entry.seq != expected_seq:
            reason = "an entry is missing or out of order before this one"
            return ChainReport(False, checked, expected_seq - 1, prev, entry.seq, reason)
        if entry.prev_hash != prev:
            reason = "previous-hash link does not match the entry before it"
            return ChainReport(False, checked, expected_seq - 1, prev, entry.seq, reason)
        if entry_hash(entry.canonical_fields()) != entry.entry_hash:
            reason = "content does not match its hash (entry altered)"
            return ChainReport(False, checked, expected_seq - 1, prev, entry.seq, reason)
        prev = entry.entry_hash
        expected_seq += 1
        checked += 1
    return ChainReport(True, checked, expected_seq - 1, prev)
