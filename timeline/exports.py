"""Data out: the export schema shared by ``export_events`` (and later the API).

JSON: ``{"events": [event, ...], "undated": [mention, ...]}``. An event is
``{"id", "date" (YYYY-MM-DD | YYYY-MM | YYYY by precision), "date_end", "date_precision",
"status", "kind", "title", "place", "participants": [{"name", "country", "role"}],
"topics": [slug], "mentions": [mention]}``; a mention is ``{"article", "passage_index",
"start", "end", "quote", "date_text", "date_resolution", "date_note", "url"}``.
"""

from __future__ import annotations

import csv
import io
import json
import re

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


def passage_url(m: Mention, base: str | None = None) -> str:
    """Absolute link to the passage on the article page (base: the request's, else SITE_URL)."""
    from django.conf import settings
    from django.urls import reverse

    return f"{(base or settings.SITE_URL).rstrip('/')}{reverse('articles:detail', args=[m.article_id])}#p-{m.passage.index}"


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


def export_data(queryset=None, undated_queryset=None, base: str | None = None) -> dict:
    """The export schema (module docstring) for ``queryset`` (default: every dated event)."""
    qs = queryset if queryset is not None else Event.objects.dated()
    events = [event_dict(e, base) for e in qs.for_timeline()]
    undated = []
    for e in (undated_queryset if undated_queryset is not None else Event.objects.undated()).for_timeline():
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
            undated.append(d)
    return {"events": events, "undated": undated}


def events_json(queryset=None, base: str | None = None) -> str:
    return json.dumps(export_data(queryset, base=base), ensure_ascii=False, indent=2) + "\n"


def events_ics(queryset, base: str | None = None) -> bytes:
    """iCalendar (RFC 5545): one all-day VEVENT per event, spanning its precision; sources in the description."""
    import datetime as dt

    from icalendar import Calendar
    from icalendar import Event as VEvent

    from .figure import span_of

    cal = Calendar()
    cal.add("prodid", "-//ru-tj-timeline//Russia-Tajikistan meetings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Russia–Tajikistan meetings")
    for e in queryset.for_timeline():
        start, end = span_of(e)
        v = VEvent()
        v.add("uid", f"event-{e.pk}@ru-tj-timeline")
        v.add("summary", one_line(e.title) + (" (planned)" if e.status == "planned" else ""))
        v.add("dtstart", start)
        v.add("dtend", end + dt.timedelta(days=1))
        v.add("dtstamp", dt.datetime.now(dt.UTC))
        if e.place:
            v.add("location", one_line(e.place.name))
        lines = [f"Date: {e.date_label} ({e.date_precision} precision)"]
        lines += [f"Participants: {', '.join(p.name for p in e.participants.all())}"]
        lines += [
            f"Source: {m.article.outlet or m.article.file_name}: {m.quote} <{passage_url(m, base)}>"
            for m in e.mentions.all()
        ]
        v.add("description", "\n".join(lines))
        first = next(iter(e.mentions.all()), None)
        if first is not None:
            v.add("url", passage_url(first, base))
        v.add("categories", [t.slug for t in e.topics.all()] or ["none"])
        cal.add_component(v)
    return cal.to_ical()


_CONTROLS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def one_line(text: str) -> str:
    """A single-line iCalendar value: line breaks and other control characters become a space
    (icalendar escapes them too; a title or place has no business spanning lines)."""
    return _CONTROLS.sub(" ", text).strip()


def events_timelinejs(queryset, base: str | None = None) -> dict:
    """TimelineJS3 JSON (``{"title", "events": [slide]}``); text is escaped HTML, as TimelineJS renders HTML."""
    from django.utils.html import escape

    from .figure import span_of

    def tl_date(d, precision):
        out = {"year": d.year}
        if precision in ("day", "week", "month"):
            out["month"] = d.month
        if precision in ("day", "week"):
            out["day"] = d.day
        return out

    slides = []
    for e in queryset.for_timeline():
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
        slides.append(slide)
    return {
        "title": {
            "text": {
                "headline": "Russia–Tajikistan meetings",
                "text": "Every event links to the article passage that reports it.",
            }
        },
        "events": slides,
    }


CSV_COLUMNS = [
    "id", "date", "date_precision", "status", "kind", "title", "place", "participants", "topics",
    "sources", "first_article", "first_quote", "first_passage_url", "article_urls", "outlets",
]  # fmt: skip


def events_csv(queryset=None, base: str | None = None) -> str:
    """One row per event; starts with a UTF-8 byte-order mark (Excel reads "Putin – Rahmon", not
    mojibake); every text cell that a spreadsheet would read as a formula is neutralised."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for e in export_data(queryset, Event.objects.none(), base)["events"]:
        first = e["mentions"][0] if e["mentions"] else {}
        row = [
            e["id"], e["date"], e["date_precision"], e["status"], e["kind"], e["title"], e["place"] or "",
            "; ".join(p["name"] for p in e["participants"]), " ".join(e["topics"]),
            len({m["article"] for m in e["mentions"]}), first.get("article", ""), first.get("quote", ""),
            first.get("passage_url", ""), " ".join(dict.fromkeys(m["url"] for m in e["mentions"] if m["url"])),
            "; ".join(dict.fromkeys(m["outlet"] for m in e["mentions"] if m["outlet"])),
        ]  # fmt: skip
        writer.writerow([csv_cell(v) for v in row])
    return out.getvalue()


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
