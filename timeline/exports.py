"""Data out: the export schema shared by ``export_events`` (and later the API).

JSON: ``{"events": [event, ...], "undated": [mention, ...]}``. An event is
``{"id", "date" (YYYY-MM-DD | YYYY-MM | YYYY by precision), "date_end", "date_precision",
"status", "kind", "title", "place", "participants": [{"name", "country", "role"}],
"topics": [slug], "mentions": [mention]}``; a mention is ``{"article", "passage_index",
"start", "end", "quote", "date_text", "date_resolution", "date_note", "url"}``.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from types import SimpleNamespace

from articles.links import http_url

from .models import Event, Mention, Precision


def format_date(date, precision: str) -> str | None:
    if date is None:
        return None
    if precision == Precision.YEAR:
        return f"{date:%Y}"
    if precision == Precision.MONTH:
        return f"{date:%Y-%m}"
    return date.isoformat()


@functools.lru_cache(maxsize=8)
def _article_path_template(urlconf: str) -> str:
    from django.urls import reverse

    return reverse("articles:detail", args=[_ID_MARK])


_ID_MARK = 987654321  # an id no article has: its digits in the reversed path are replaced by the real id


def passage_url(m: Mention, base: str | None = None) -> str:
    """Absolute link to the passage on the article page (base: the request's, else SITE_URL)."""
    from django.conf import settings
    from django.urls import get_urlconf

    path = _article_path_template(str(get_urlconf() or settings.ROOT_URLCONF)).replace(str(_ID_MARK), str(m.article_id))
    return f"{(base or settings.SITE_URL).rstrip('/')}{path}#p-{m.passage.index}"


def mention_dict(m: Mention, base: str | None = None) -> dict:
    return {
        "article": m.article.file_name,
        "passage_index": m.passage.index,
        "start": m.start,
        "end": m.end,
        "quote": m.quote,
        "date_text": m.date_text,
        "date_resolution": m.date_resolution,
        "date_note": m.date_note,
        "url": http_url(m.article.url) or None,
        "passage_url": passage_url(m, base),
        "article_topics": (m.extracted or {}).get("topics", []),
        "outlet": m.article.outlet or None,
        "published": m.article.published.isoformat() if m.article.published else None,
    }


def event_dict(e: Event, base: str | None = None) -> dict:
    return {
        "id": e.pk,
        "date": format_date(e.date, e.date_precision),
        "date_end": e.date_end.isoformat() if e.date_end and e.date_precision in ("day", "week") else None,
        "date_precision": e.date_precision,
        "status": e.status,
        "kind": e.kind,
        "title": e.title,
        "place": e.place.name if e.place else None,
        "participants": [{"name": p.name, "country": p.country, "role": p.role} for p in e.participants.all()],
        "topics": sorted(t.slug for t in e.topics.all()),
        "mentions": [mention_dict(m, base) for m in e.mentions.all()],
    }


# Events are read a chunk of ids at a time (500): memory stays flat, and the ``IN`` lists stay short
# (SQLite switches to scanning articles by date for an ``IN`` list of thousands of ids).
CHUNK = 500


class _Row(SimpleNamespace):
    """An event, mention, article or passage as an export reads it: the attributes the writers use,
    without building a model instance for each (at 10k events that was most of an export's time)."""

    date_label = Event.date_label

    def all(self):  # ``e.participants.all()`` and the like read a list
        return self.items


def iter_events(queryset):
    """The events of ``queryset`` in date order, each with what an export writes, read by chunks."""

    ids = list(dict.fromkeys(queryset.order_by("date", "pk").values_list("pk", flat=True)))
    for lo in range(0, len(ids), CHUNK):
        chunk = ids[lo : lo + CHUNK]
        people: dict[int, list] = {}
        for event_id, name, country, role in (
            Event.participants.through.objects.filter(event_id__in=chunk)
            .order_by("person__name", "person_id")
            .values_list("event_id", "person__name", "person__country", "person__role")
        ):
            people.setdefault(event_id, []).append(_Row(name=name, country=country, role=role))
        topics: dict[int, list] = {}
        for event_id, slug in (
            Event.topics.through.objects.filter(event_id__in=chunk)
            .order_by("topic__slug")
            .values_list("event_id", "topic__slug")
        ):
            topics.setdefault(event_id, []).append(_Row(slug=slug))
        mentions: dict[int, list] = {}
        articles: dict[int, _Row] = {}
        for m in (
            Mention.objects.filter(event_id__in=chunk)
            .order_by("article__published", "article__file_name", "start", "pk")
            .values(
                "event_id",
                "article_id",
                "start",
                "end",
                "quote",
                "date_text",
                "date_resolution",
                "date_note",
                "extracted",
                "passage__index",
                "article__file_name",
                "article__url",
                "article__outlet",
                "article__published",
            )  # fmt: skip
        ):
            article = articles.get(m["article_id"])
            if article is None:
                article = articles[m["article_id"]] = _Row(
                    file_name=m.pop("article__file_name"),
                    url=m.pop("article__url"),
                    outlet=m.pop("article__outlet"),
                    published=m.pop("article__published"),
                )
            m = {k: v for k, v in m.items() if not k.startswith("article__")}
            passage = _Row(index=m.pop("passage__index"))
            mentions.setdefault(m["event_id"], []).append(_Row(article=article, passage=passage, **m))
        for e in (
            Event.objects.filter(pk__in=chunk)
            .order_by("date", "pk")
            .values(
                "pk",
                "date",
                "date_end",
                "date_precision",
                "status",
                "kind",
                "title",
                "place__name",
                "primary_topic__name",
            )  # fmt: skip
        ):
            place, topic = e.pop("place__name"), e.pop("primary_topic__name")
            yield _Row(
                **e,
                place=_Row(name=place) if place is not None else None,
                primary_topic=_Row(name=topic) if topic is not None else None,
                participants=_Row(items=people.get(e["pk"], [])),
                topics=_Row(items=topics.get(e["pk"], [])),
                mentions=_Row(items=mentions.get(e["pk"], [])),
            )


def iter_undated(queryset, base: str | None = None):
    """One dict per mention of the undated events of ``queryset``: where it is, and why it has no date."""
    for e in iter_events(queryset):
        for m in e.mentions.all():
            d = mention_dict(m, base)
            d.update(
                {
                    "event_id": e.pk,
                    "kind": e.kind,
                    "status": e.status,
                    "participants": [p.name for p in e.participants.all()],
                    "reason": m.date_note,
                }
            )
            yield d


def _parts(queryset=None, undated_queryset=None, base: str | None = None):
    dated = queryset if queryset is not None else Event.objects.dated()
    undated = undated_queryset if undated_queryset is not None else Event.objects.undated()
    return (event_dict(e, base) for e in iter_events(dated)), iter_undated(undated, base)


def export_data(queryset=None, undated_queryset=None, base: str | None = None) -> dict:
    """The export schema (module docstring) for ``queryset`` (default: every dated event)."""
    events, undated = _parts(queryset, undated_queryset, base)
    return {"events": list(events), "undated": list(undated)}


def buffered(pieces, size: int = 1 << 16):
    """Joins small pieces of text (or bytes) into chunks of about ``size`` for a streamed response."""
    buf, n = [], 0
    for piece in pieces:
        buf.append(piece)
        n += len(piece)
        if n >= size:
            yield buf[0][:0].join(buf)
            buf, n = [], 0
    if buf:
        yield buf[0][:0].join(buf)


def iter_events_json(queryset=None, undated_queryset=None, base: str | None = None):
    """``events_json`` piece by piece: the same text as ``json.dumps(export_data(…), indent=2)``."""
    events, undated = _parts(queryset, undated_queryset, base)
    yield "{\n"
    for key, items, end in (("events", events, ",\n"), ("undated", undated, "\n")):
        yield f'  "{key}": ['
        empty = True
        for item in items:
            yield ("\n    " if empty else ",\n    ") + json.dumps(item, ensure_ascii=False, indent=2).replace(
                "\n", "\n    "
            )
            empty = False
        yield ("]" if empty else "\n  ]") + end
    yield "}\n"


def events_json(queryset=None, base: str | None = None) -> str:
    return "".join(iter_events_json(queryset, base=base))


def ics_text(value: str) -> str:
    """An iCalendar TEXT value (RFC 5545 3.3.11), escaped as the icalendar library escapes it."""
    return (
        value.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def ics_fold(line: str) -> bytes:
    """A content line folded as the icalendar library folds it: at most 74 octets a line, never
    inside a UTF-8 character, and a backslash or caret that would end a line starts the next one."""
    raw = line.encode("utf-8")
    if len(raw) <= 74:
        return raw
    parts, i, n = [], 0, len(raw)
    while n - i > 74:
        j = i + 74
        while raw[j] & 0xC0 == 0x80:  # j is inside a character: it goes to the next line whole
            j -= 1
        if j - i > 1 and raw[j - 1] in b"\\^":
            j -= 1
        parts.append(raw[i:j])
        i = j
    parts.append(raw[i:])
    return b"\r\n ".join(parts)


def ics_event(e, base: str | None, stamp) -> bytes:
    """One all-day VEVENT spanning the event's precision; its sources in the description. Written
    directly (the same bytes as icalendar's ``Event.to_ical()``, which a test checks; about six
    times faster, which an archive's export needs)."""
    import datetime as dt

    from .figure import span_of

    def day(d):
        return f"{d.year:04}{d.month:02}{d.day:02}"

    start, end = span_of(e)
    mentions = list(e.mentions.all())
    description = [f"Date: {e.date_label} ({e.date_precision} precision)"]
    description += [f"Participants: {', '.join(p.name for p in e.participants.all())}"]
    description += [
        f"Source: {m.article.outlet or m.article.file_name}: {m.quote} <{passage_url(m, base)}>" for m in mentions
    ]
    lines = [
        "BEGIN:VEVENT",
        "SUMMARY:" + ics_text(one_line(e.title) + (" (planned)" if e.status == "planned" else "")),
        f"DTSTART;VALUE=DATE:{day(start)}",
        f"DTEND;VALUE=DATE:{day(end + dt.timedelta(days=1))}",
        f"DTSTAMP:{day(stamp)}T{stamp.hour:02}{stamp.minute:02}{stamp.second:02}Z",
        "UID:" + ics_text(f"event-{e.pk}@ru-tj-timeline"),
        "CATEGORIES:" + ",".join(ics_text(t.slug) for t in e.topics.all()) if e.topics.all() else "CATEGORIES:none",
        "DESCRIPTION:" + ics_text("\n".join(description)),
    ]
    if e.place:
        lines.append("LOCATION:" + ics_text(one_line(e.place.name)))
    if mentions:
        lines.append("URL:" + passage_url(mentions[0], base))
    lines.append("END:VEVENT")
    return b"\r\n".join(ics_fold(line) for line in lines) + b"\r\n"


def iter_events_ics(queryset, base: str | None = None):
    """iCalendar (RFC 5545) piece by piece: the calendar's properties, then one VEVENT per event."""
    import datetime as dt

    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//ru-tj-timeline//Russia-Tajikistan meetings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Russia–Tajikistan meetings")
    end_line = b"END:VCALENDAR\r\n"
    yield cal.to_ical()[: -len(end_line)]  # the calendar's properties come before its components
    stamp = dt.datetime.now(dt.UTC)
    for e in iter_events(queryset):
        yield ics_event(e, base, stamp)
    yield end_line


def events_ics(queryset, base: str | None = None) -> bytes:
    return b"".join(iter_events_ics(queryset, base))


_CONTROLS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def one_line(text: str) -> str:
    """A single-line iCalendar value: line breaks and other control characters become a space
    (icalendar escapes them too; a title or place has no business spanning lines)."""
    return _CONTROLS.sub(" ", text).strip()


TIMELINEJS_TITLE = {
    "text": {
        "headline": "Russia–Tajikistan meetings",
        "text": "Every event links to the article passage that reports it.",
    }
}


def iter_timelinejs_slides(queryset, base: str | None = None):
    """TimelineJS3 slides; text is escaped HTML, as TimelineJS renders HTML."""
    from django.utils.html import escape

    from .figure import span_of

    def tl_date(d, precision):
        out = {"year": d.year}
        if precision in ("day", "week", "month"):
            out["month"] = d.month
        if precision in ("day", "week"):
            out["day"] = d.day
        return out

    for e in iter_events(queryset):
        sources = "".join(
            f'<p>“{escape(m.quote)}” — <a href="{escape(passage_url(m, base))}">{escape(m.article.outlet or m.article.file_name)}</a></p>'
            for m in e.mentions.all()
        )
        slide = {
            "unique_id": f"event-{e.pk}",
            "start_date": tl_date(e.date, e.date_precision) | {"display_date": e.date_label},
            "text": {"headline": escape(e.title), "text": sources},
            "group": escape(e.primary_topic.name) if e.primary_topic else "No topic",
        }
        start, end = span_of(e)
        if e.date_precision in ("day", "week") and end > start:
            slide["end_date"] = tl_date(end, "day")
        yield slide


def events_timelinejs(queryset, base: str | None = None) -> dict:
    """TimelineJS3 JSON (``{"title", "events": [slide]}``)."""
    return {"title": TIMELINEJS_TITLE, "events": list(iter_timelinejs_slides(queryset, base))}


CSV_COLUMNS = [
    "id", "date", "date_precision", "status", "kind", "title", "place", "participants", "topics",
    "sources", "first_article", "first_quote", "first_passage_url", "article_urls", "outlets",
]  # fmt: skip


class _Line:
    """A file for ``csv.writer`` whose ``write`` hands the formatted row back."""

    def write(self, text: str) -> str:
        return text


def iter_events_csv(queryset=None, base: str | None = None):
    """One row per event; starts with a UTF-8 byte-order mark (Excel reads "Putin – Rahmon", not
    mojibake); every text cell that a spreadsheet would read as a formula is neutralised."""
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)
    events, _ = _parts(queryset, Event.objects.none(), base)
    for e in events:
        first = e["mentions"][0] if e["mentions"] else {}
        row = [
            e["id"], e["date"], e["date_precision"], e["status"], e["kind"], e["title"], e["place"] or "",
            "; ".join(p["name"] for p in e["participants"]), " ".join(e["topics"]),
            len({m["article"] for m in e["mentions"]}), first.get("article", ""), first.get("quote", ""),
            first.get("passage_url", ""), " ".join(dict.fromkeys(m["url"] for m in e["mentions"] if m["url"])),
            "; ".join(dict.fromkeys(m["outlet"] for m in e["mentions"] if m["outlet"])),
        ]  # fmt: skip
        yield writer.writerow([csv_cell(v) for v in row])


def events_csv(queryset=None, base: str | None = None) -> str:
    return "".join(iter_events_csv(queryset, base))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_DATA = re.compile(r"-?\d+(\.\d+)?|\d{4}(-\d{2}(-\d{2})?)?")


def csv_cell(value) -> str | int | float:
    """A cell a spreadsheet will not run (OWASP, CSV injection): text that starts with ``=``, ``+``,
    ``-``, ``@``, a tab, a carriage return or a new line (or their full-width forms) gets a leading
    ``'``. Numbers and dates are data and stay as they are (``-3``, ``2015-03-03``)."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS) and not _DATA.fullmatch(value):
        return "'" + value
    return value
