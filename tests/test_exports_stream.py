"""Exports are written as they are read (issue 14): the same bytes as a whole-document dump, read a
chunk of events at a time, never an article's body; a failed export leaves no half file."""

import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

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
