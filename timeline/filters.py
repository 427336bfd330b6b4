"""The timeline's query parameters: parsed and checked once, used by the page, its fragments and exports.

``parse_filters(querydict)`` -> ``Filters`` (with ``errors``: messages for the user, and
``notices`` for parameters that were ignored). Every value is checked; nothing from the URL
reaches a query unvalidated.

Parameters: ``topic`` (repeatable slug), ``person`` (repeatable name), ``kind`` (repeatable),
``status`` (held|planned), ``from``/``to`` (YYYY, YYYY-MM or YYYY-MM-DD), ``q`` (text searched
in the source passages), ``rows`` (kind|topic), ``sort`` (date|-date), ``page`` (of the table).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from .models import Kind, Status

KNOWN = {"topic", "person", "kind", "status", "from", "to", "q", "rows", "sort", "page"}
MAX_VALUES = 20
MAX_Q = 200


@dataclass
class Filters:
    topics: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    status: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str = ""
    rows: str = "kind"
    sort: str = "date"
    page: int = 1
    raw_from: str = ""
    raw_to: str = ""
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return bool(self.topics or self.people or self.kinds or self.status or self.date_from or self.date_to or self.q)

    def querystring(self, **changes) -> str:
        """The URL query for these filters, with ``changes`` applied (used for sort links)."""
        params = {
            "topic": self.topics,
            "person": self.people,
            "kind": self.kinds,
            "status": self.status,
            "from": self.raw_from,
            "to": self.raw_to,
            "q": self.q,
            "rows": self.rows if self.rows != "kind" else "",
            "sort": self.sort if self.sort != "date" else "",
            "page": str(self.page) if self.page != 1 else "",
        }
        params.update(changes)
        pairs = []
        for key, value in params.items():
            for v in value if isinstance(value, list) else [value]:
                if v:
                    pairs.append((key, v))
        return urlencode(pairs)


def parse_date(value: str, *, end: bool) -> dt.date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; ``end`` picks the last day of a year or month. None if malformed."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    if not (1 <= month <= 12) or not (1 <= year <= 9999):
        return None
    last = calendar.monthrange(year, month)[1]
    day = int(m.group(3)) if m.group(3) else (last if end else 1)
    if not (1 <= day <= last):
        return None
    return dt.date(year, month, day)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(value: str, limit: int = 200) -> str:
    """Trimmed, cut to ``limit``, without control characters (PostgreSQL refuses NUL in text)."""
    return _CONTROL.sub("", value).strip()[:limit]


def parse_filters(params, *, topics: set[str], people: set[str]) -> Filters:
    """Check every parameter against what exists (``topics`` slugs, ``people`` names)."""
    f = Filters()
    unknown = sorted(k for k in params if k not in KNOWN)
    if unknown:
        f.notices.append(
            "Ignored unknown parameter" + ("s " if len(unknown) > 1 else " ") + ", ".join(unknown[:5]) + "."
        )

    def values(key):
        got = [clean(v) for v in params.getlist(key) if v.strip()]
        if len(got) > MAX_VALUES:
            f.errors.append(f"Too many values for '{key}' (at most {MAX_VALUES}).")
            got = got[:MAX_VALUES]
        return list(dict.fromkeys(got))

    for slug in values("topic"):
        if slug in topics:
            f.topics.append(slug)
        else:
            f.errors.append(f"Unknown topic '{slug}'. Known topics: {', '.join(sorted(topics))}.")
    for name in values("person"):
        if name in people:
            f.people.append(name)
        else:
            f.errors.append(f"No events with a participant named '{name}'.")
    for kind in values("kind"):
        if kind in Kind.values:
            f.kinds.append(kind)
        else:
            f.errors.append(f"Unknown kind '{kind}'. Kinds: {', '.join(Kind.values)}.")
    status = clean(params.get("status", ""))
    if status:
        if status in Status.values:
            f.status = status
        else:
            f.errors.append(f"Unknown status '{status}'. Use held or planned.")
    for key, end in (("from", False), ("to", True)):
        raw = clean(params.get(key, ""), 20)
        if not raw:
            continue
        parsed = parse_date(raw, end=end)
        if parsed is None:
            f.errors.append(f"'{key}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got '{raw}').")
            continue
        if key == "from":
            f.date_from, f.raw_from = parsed, raw
        else:
            f.date_to, f.raw_to = parsed, raw
    if f.date_from and f.date_to and f.date_from > f.date_to:
        f.errors.append(f"The range is reversed: 'from' ({f.raw_from}) is after 'to' ({f.raw_to}).")
        f.date_from = f.date_to = None
    q = params.get("q", "")
    if len(q) > MAX_Q:
        f.errors.append(f"The search text is too long ({len(q)} characters; at most {MAX_Q}).")
    f.q = clean(q, MAX_Q)
    rows = clean(params.get("rows", "")) or "kind"
    if rows in {"kind", "topic"}:
        f.rows = rows
    else:
        f.errors.append("'rows' must be kind or topic.")
    page = clean(params.get("page", "")) or "1"
    # (ASCII digits only: "¹" and "٣" are digits to str.isdigit but not to int)
    if page.isascii() and page.isdigit() and 1 <= int(page) <= 1_000_000:
        f.page = int(page)
    else:
        f.errors.append("'page' must be a whole number from 1.")
    sort = clean(params.get("sort", "")) or "date"
    if sort in {"date", "-date"}:
        f.sort = sort
    else:
        f.errors.append("'sort' must be date or -date.")
    return f
