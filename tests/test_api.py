"""Data out: every format parsed back with a real parser, with the page's filters."""

import csv
import io
import json

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db


def test_json_api_has_the_export_schema_and_source_links(client, seeded):
    r = client.get("/api/events?topic=migration")
    assert r.status_code == 200 and r["Content-Type"] == "application/json"
    data = json.loads(r.content)
    assert data["count"] == 2 and data["page"] == 1 and data["next"] is None
    assert {"events", "undated"} <= set(data)
    for e in data["events"]:
        assert {
            "id",
            "date",
            "date_precision",
            "status",
            "kind",
            "title",
            "place",
            "participants",
            "topics",
            "mentions",
        } <= set(e)
        for m in e["mentions"]:
            assert m["passage_url"].startswith("http://testserver/articles/") and "#p-" in m["passage_url"]
            assert m["url"].startswith("https://")


def test_json_api_pagination(client, seeded):
    first = json.loads(client.get("/api/events?page_size=3").content)
    assert (first["count"], first["pages"], len(first["events"])) == (9, 3, 3)
    assert "page=2" in first["next"] and first["previous"] is None
    second = json.loads(client.get(first["next"]).content)
    assert {e["id"] for e in second["events"]}.isdisjoint({e["id"] for e in first["events"]})
    last = json.loads(client.get("/api/events?page=3&page_size=3").content)
    assert len(last["events"]) == 3 and last["next"] is None


@pytest.mark.parametrize("query", ["page=0", "page=x", "page_size=100000", "topic=nope", "from=2020&to=2000"])
def test_json_api_bad_parameters(client, seeded, query):
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 400 and json.loads(r.content)["errors"]


def test_csv_download(client, seeded):
    r = client.get("/api/events.csv?kind=visit")
    assert r.status_code == 200 and "attachment" in r["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(r.getvalue().decode())))
    assert {row["date"] for row in rows} == {"2004-10", "2019-05-22"}
    assert all("#p-" in row["first_passage_url"] for row in rows)


def test_ics_download_parses_with_icalendar(client, seeded):
    r = client.get("/api/events.ics")
    assert r.status_code == 200 and r["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(r.getvalue())
    events = cal.walk("VEVENT")
    assert len(events) == 9
    sochi = next(e for e in events if "Sochi" in str(e["summary"]))
    assert str(sochi.decoded("dtstart")) == "2006-05-26" and str(sochi.decoded("dtend")) == "2006-05-27"
    assert "#p-0" in str(sochi["url"])
    month = next(e for e in events if str(e.decoded("dtstart")) == "2004-10-01")
    assert str(month.decoded("dtend")) == "2004-11-01"  # the whole month: its precision


def test_timelinejs_format(client, seeded):
    data = json.loads(client.get("/api/events.timeline.json?status=planned").getvalue())
    assert data["title"]["text"]["headline"]
    (slide,) = data["events"]
    assert slide["start_date"] == {"year": 2021, "month": 5, "day": 8, "display_date": "2021-05-08"}
    assert "#p-" in slide["text"]["text"]


def test_exports_escape_and_neutralise_article_text(client, db):
    from articles.services import ingest_text

    ingest_text(
        "evil.txt",
        '=HYPERLINK("x") MOSCOW, March 3, 2015 -- Vladimir Putin met Emomali Rahmon in Moscow on March 3, 2015 '
        "<script>alert(1)</script>.\n",
    )
    raw = client.get("/api/events.timeline.json").getvalue().decode()
    assert "<script>" not in raw
    assert "&lt;script&gt;" in json.loads(raw)["events"][0]["text"]["text"]  # escaped HTML for TimelineJS
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv").getvalue().decode())))
    assert rows[0]["first_quote"].startswith("'=")


def test_page_offers_downloads_for_current_filters(client, seeded):
    html = client.get("/?topic=migration&rows=topic").content.decode()
    assert 'href="/api/events.csv?topic=migration"' in html
    assert 'href="/api/events.ics?topic=migration"' in html


def test_json_api_undated_mentions_follow_the_filters_by_pages(client, seeded):
    from timeline.models import Event

    ids = list(Event.objects.order_by("pk").values_list("pk", flat=True)[:5])
    Event.objects.filter(pk__in=ids).update(date=None)
    first = json.loads(client.get("/api/events?page_size=2").content)
    assert (first["undated_events"], first["undated_pages"], first["undated_page"]) == (5, 3, 1)
    seen = [{m["event_id"] for m in first["undated"]}]
    assert len(seen[0]) == 2
    url = first["undated_next"]
    while url:
        data = json.loads(client.get(url).content)
        seen.append({m["event_id"] for m in data["undated"]})
        url = data["undated_next"]
    assert len(seen) == 3 and set().union(*seen) == set(ids) and sum(map(len, seen)) == 5
    # the filters apply to undated events too: none of them under a date range
    assert json.loads(client.get("/api/events?from=1990&to=2030").content)["undated"] == []
    migration = Event.objects.filter(pk__in=ids, topics__slug="migration").distinct().count()
    assert json.loads(client.get("/api/events?topic=migration").content)["undated_events"] == migration
    assert client.get("/api/events?undated_page=0").status_code == 400
