"""Exports are written as they are read (issue 14): the same bytes as a whole-document dump, read a
chunk of events at a time, never an article's body; a failed export leaves no half file."""

import datetime as dt
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db


def test_streamed_json_is_the_text_of_one_json_dump(seeded):
    from timeline.exports import events_json, export_data

    assert events_json() == json.dumps(export_data(), ensure_ascii=False, indent=2) + "\n"


def test_streamed_json_of_an_empty_archive(db):
    from timeline.exports import events_json

    assert events_json() == json.dumps({"events": [], "undated": []}, indent=2) + "\n"


def test_streamed_timelinejs_is_the_text_of_one_json_dump(client, seeded):
    from timeline.api import json_text
    from timeline.exports import events_timelinejs
    from timeline.models import Event

    r = client.get("/api/events.timeline.json")
    assert r.streaming
    assert r.getvalue().decode() == json_text(events_timelinejs(Event.objects.dated(), "http://testserver/"))


@pytest.mark.parametrize("url", ["/api/events.csv", "/api/events.ics", "/api/events.timeline.json"])
def test_chunk_boundaries_change_nothing(client, seeded, monkeypatch, url):
    import timeline.exports

    whole = client.get(url).getvalue()
    monkeypatch.setattr(timeline.exports, "CHUNK", 2)
    with CaptureQueriesContext(connection) as ctx:
        chunked = client.get(url).getvalue()
    if url.endswith(".ics"):  # DTSTAMP is the time of writing
        whole, chunked = (
            b"\n".join(x for x in t.split(b"\n") if not x.startswith(b"DTSTAMP")) for t in (whole, chunked)
        )
    assert chunked == whole
    assert sum('"timeline_event"' in q["sql"] and " IN (" in q["sql"] for q in ctx.captured_queries) >= 4  # 9 events


def test_exports_do_not_read_article_bodies(client, seeded):
    with CaptureQueriesContext(connection) as ctx:
        for url in ("/api/events.csv", "/api/events.ics", "/api/events.timeline.json", "/api/events"):
            assert client.get(url).status_code == 200
        call_command("export_events", stdout=io.StringIO())
    sql = "\n".join(q["sql"] for q in ctx.captured_queries)
    assert '"articles_article"."file_name"' in sql
    assert '"articles_article"."body"' not in sql and '"articles_passage"."text"' not in sql


def test_failed_export_keeps_the_file_it_would_have_replaced(seeded, tmp_path, monkeypatch):
    from django.core.management.base import CommandError

    import timeline.management.commands.export_events as command

    out = tmp_path / "events.json"
    out.write_text("yesterday's export\n")

    def broken():
        yield "{\n"
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(command, "iter_events_json", broken)
    with pytest.raises(CommandError, match="No space left"):
        call_command("export_events", "-o", str(out), stderr=io.StringIO())
    assert out.read_text() == "yesterday's export\n"
    assert list(tmp_path.iterdir()) == [out]


def _reference_vevent(e, base, stamp) -> bytes:
    """The VEVENT as the icalendar library writes it (what ``ics_event`` must equal)."""
    from icalendar import Event as VEvent

    from timeline.exports import one_line, passage_url
    from timeline.figure import span_of

    start, end = span_of(e)
    v = VEvent()
    v.add("uid", f"event-{e.pk}@ru-tj-timeline")
    v.add("summary", one_line(e.title) + (" (planned)" if e.status == "planned" else ""))
    v.add("dtstart", start)
    v.add("dtend", end + dt.timedelta(days=1))
    v.add("dtstamp", stamp)
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
    return v.to_ical()


STAMP = dt.datetime(2026, 12, 3, 20, 5, 9, 123456, tzinfo=dt.UTC)


def test_ics_events_are_the_bytes_icalendar_writes(seeded):
    from timeline.exports import ics_event, iter_events
    from timeline.models import Event

    events = list(iter_events(Event.objects.dated()))
    assert len(events) == 9
    for e in events:
        assert ics_event(e, "http://example.org/", STAMP) == _reference_vevent(e, "http://example.org/", STAMP)


_TEXT = st.text(alphabet=st.sampled_from(list("ab ,;:\\^\n\rN–é日😀\"'<>")), max_size=300)


@settings(max_examples=300, deadline=None)
@given(title=_TEXT, quote=_TEXT, place=_TEXT, outlet=_TEXT)
def test_ics_escaping_and_folding_match_icalendar_on_any_text(title, quote, place, outlet):
    from timeline.exports import _Row, ics_event

    article = _Row(file_name="a.txt", outlet=outlet, url="", published=None)
    mention = _Row(article=article, article_id=7, passage=_Row(index=3), quote=quote)
    e = _Row(
        pk=12,
        title=title,
        status="planned",
        date=dt.date(987, 3, 4),
        date_end=None,
        date_precision="day",
        place=_Row(name=place),
        participants=_Row(items=[_Row(name="Sergei Lavrov", country="RU", role="")]),
        topics=_Row(items=[_Row(slug="security"), _Row(slug="mi,gr;ation")]),
        mentions=_Row(items=[mention, mention]),
    )
    assert ics_event(e, "http://example.org/", STAMP) == _reference_vevent(e, "http://example.org/", STAMP)
