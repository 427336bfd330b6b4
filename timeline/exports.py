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

from .models import Event, Mention, Precision


def format_date(date, precision: str) -> str | None:
    if date is None:
        return None
    if precision == Precision.YEAR:
        return f"{date:%Y}"
    if precision == Precision.MONTH:
        return f"{date:%Y-%m}"
    return date.isoformat()


def mention_dict(m: Mention) -> dict:
    return {
        "article": m.article.file_name,
        "passage_index": m.passage.index,
        "start": m.start,
        "end": m.end,
        "quote": m.quote,
        "date_text": m.date_text,
        "date_resolution": m.date_resolution,
        "date_note": m.date_note,
        "url": m.article.url or None,
    }


def event_dict(e: Event) -> dict:
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
        "mentions": [mention_dict(m) for m in e.mentions.all()],
    }


def export_data(queryset=None) -> dict:
    qs = queryset if queryset is not None else Event.objects.all()
    events = [event_dict(e) for e in qs.dated().for_timeline()]
    undated = []
    for e in Event.objects.undated().for_timeline():
        for m in e.mentions.all():
            d = mention_dict(m)
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


def events_json(queryset=None) -> str:
    return json.dumps(export_data(queryset), ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = [
    "id", "date", "date_precision", "status", "kind", "title", "place", "participants", "topics",
    "sources", "first_article", "first_quote",
]  # fmt: skip


def events_csv(queryset=None) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for e in export_data(queryset)["events"]:
        first = e["mentions"][0] if e["mentions"] else {}
        writer.writerow(
            [
                e["id"], e["date"], e["date_precision"], e["status"], e["kind"], _cell(e["title"]), _cell(e["place"] or ""),
                "; ".join(_cell(p["name"]) for p in e["participants"]), " ".join(e["topics"]),
                len({m["article"] for m in e["mentions"]}), _cell(first.get("article", "")), _cell(first.get("quote", "")),
            ]
        )  # fmt: skip
    return out.getvalue()


def _cell(value: str) -> str:
    """Neutralise spreadsheet formulas in text that came from articles."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
