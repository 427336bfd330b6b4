"""manifest.csv: ``file,published,source,url,title`` (any field but ``file`` may be empty)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from .links import is_http_url

COLUMNS = ("file", "published", "source", "url", "title")


@dataclass(frozen=True)
class ManifestRow:
    file: str
    published: dt.date | None = None
    source: str = ""
    url: str = ""
    title: str = ""


@dataclass
class Manifest:
    rows: dict[str, ManifestRow]
    problems: list[str]  # human-readable, each naming the manifest and the row


def read_manifest(path: Path) -> Manifest:
    """Read a manifest; bad rows are reported in ``problems`` and skipped, never fatal."""
    problems: list[str] = []
    rows: dict[str, ManifestRow] = {}
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return Manifest({}, [f"{path}: cannot read manifest ({exc.__class__.__name__}: {exc})"])
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "file" not in fields:
        return Manifest({}, [f"{path}: no 'file' column (columns found: {', '.join(fields) or 'none'})"])
    unknown = [f for f in fields if f not in COLUMNS]
    if unknown:
        problems.append(f"{path}: unknown columns ignored: {', '.join(unknown)}")
    for line, raw_row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw_row.items() if isinstance(v, str)}
        name = row.get("file", "")
        if not name:
            problems.append(f"{path}:{line}: row without a file name skipped")
            continue
        published = None
        if row.get("published"):
            try:
                published = dt.date.fromisoformat(row["published"])
            except ValueError:
                problems.append(f"{path}:{line}: invalid date {row['published']!r} for {name}; date ignored")
        url = row.get("url", "")
        if url and (len(url) > 1000 or not is_http_url(url)):
            problems.append(f"{path}:{line}: url {url[:80]!r} for {name} is not an absolute http(s) link; stored empty")
            url = ""
        if name in rows:
            problems.append(f"{path}:{line}: duplicate row for {name}; the first one is used")
            continue
        rows[name] = ManifestRow(
            file=name,
            published=published,
            source=row.get("source", "")[:200],
            url=url,
            title=row.get("title", "")[:500],
        )
    return Manifest(rows, problems)
