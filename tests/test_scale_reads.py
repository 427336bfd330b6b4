"""Reads at archive scale: a constant number of queries whatever the number of events, whole-table
reads cached under the data version and never stale, figure payloads bounded.

Speed itself is shown by the benchmark (bench/run.py --views-only); these tests check what makes it.
"""

import datetime as dt
import importlib
import json
import re

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from bench.probe import add_events
from timeline import views
from timeline.models import Event, Mention, Person, Place, Topic
from timeline.queries import data_version
from timeline.services import ensure_defaults

HX = {"HX-Request": "true"}


def requests():
    from urllib.parse import quote_plus

    first = Event.objects.order_by("pk").values_list("pk", flat=True).first()
    person = quote_plus(Event.objects.order_by("pk").first().participants.first().name)
    return [
        ("/", {}),
        ("/?topic=migration", HX),
        ("/?from=2010&to=2010", HX),
        (f"/?person={person}&kind=talks&status=held&q=x&rows=topic&sort=-date&page=2", HX),
        (f"/events/{first}/", HX),
        ("/api/events", {}),
        ("/api/events?topic=energy&from=2001-05", {}),
    ]


def query_counts(client):
    counts = {}
    for url, headers in requests():
        with CaptureQueriesContext(connection) as ctx:
            r = client.get(url, headers=headers)
        assert r.status_code == 200, (url, r.content[:300])
        counts[url.split("?")[0] if url.startswith("/events/") else url.split("person=")[0]] = len(ctx.captured_queries)
    return counts


@pytest.fixture
def small_limit(monkeypatch):
    # Above 20 matching events the figure is aggregated by month: both paths run with few rows.
    monkeypatch.setattr(views, "DETAIL_LIMIT", 20)


@pytest.mark.django_db
@pytest.mark.parametrize("limit", [20, 10_000], ids=["monthly-figure", "single-events"])
def test_queries_per_request_do_not_grow_with_the_events(client, monkeypatch, limit):
    monkeypatch.setattr(views, "DETAIL_LIMIT", limit)
    ensure_defaults()
    add_events(200, first_day=dt.date(2009, 6, 1), days=700)
    query_counts(client)  # per-process lookups (content types) made once
    few = query_counts(client)
    add_events(600, first_day=dt.date(2001, 1, 1), days=6000, prefix="more", seed=2)
    many = query_counts(client)
    assert few == many
    assert max(many.values()) <= 20


@pytest.mark.django_db(transaction=True)
def test_cached_requests_use_fewer_queries_and_the_same_number_at_any_size(client, small_limit):
    ensure_defaults()
    add_events(200, first_day=dt.date(2009, 6, 1), days=700)
    cache.clear()
    query_counts(client)  # fills the cache
    few = query_counts(client)
    add_events(600, first_day=dt.date(2001, 1, 1), days=6000, prefix="more", seed=2)
    query_counts(client)
    many = query_counts(client)
    assert few == many
    # the page and its fragments, unchanged data: the data version only
    assert many["/"] == 1 and many["/?topic=migration"] == 1 and many["/?from=2010&to=2010"] == 1
    assert many["/api/events"] == 1


@pytest.mark.django_db(transaction=True)
def test_the_data_version_is_there_and_every_trigger_with_it():
    migration = importlib.import_module("timeline.migrations.0004_data_version")
    assert len(migration.TABLES) == 9  # timeline.queries._VERSION_SQL counts 3 (SQLite) or 2 triggers a table
    tables = set(connection.introspection.table_names())
    assert set(migration.TABLES) <= tables
    assert data_version() is not None


@pytest.mark.django_db
def test_nothing_is_cached_inside_a_transaction():
    assert connection.in_atomic_block
    assert data_version() is None


def _writers():
    """Every kind of change a reader must see, made the ways that send no Django signal."""

    def event_update():
        Event.objects.filter(pk=Event.objects.first().pk).update(date=dt.date(1999, 9, 9))

    def mention_delete():
        Mention.objects.filter(pk=Mention.objects.first().pk).delete()

    def topics_removed():
        Event.topics.through.objects.filter(event=Event.objects.first()).delete()

    def person_renamed():
        Person.objects.filter(pk=Person.objects.first().pk).update(name="Somebody Else")

    def participant_raw_sql():
        e, p = Event.objects.first(), Person.objects.exclude(events__isnull=False).first()
        with connection.cursor() as c:
            c.execute(
                f"INSERT INTO {Event.participants.through._meta.db_table} (event_id, person_id) VALUES (%s, %s)",
                [e.pk, p.pk],
            )

    def topic_renamed():
        Topic.objects.filter(pk=Topic.objects.first().pk).update(name="Renamed")

    def place_added():
        Place.objects.create(name="Nowhere")

    def article_retitled():
        from articles.models import Article

        Article.objects.filter(pk=Article.objects.first().pk).update(title="Another title")

    def passage_edited():
        from articles.models import Passage

        Passage.objects.filter(pk=Passage.objects.first().pk).update(text="y" * 200)

    return [
        event_update,
        mention_delete,
        topics_removed,
        person_renamed,
        participant_raw_sql,
        topic_renamed,
        place_added,
        article_retitled,
        passage_edited,
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("write", _writers(), ids=lambda f: f.__name__)
def test_every_writer_raises_the_data_version(write):
    ensure_defaults()
    add_events(5)
    before = data_version()
    assert before is not None
    write()
    assert data_version() not in (None, before)


@pytest.mark.django_db(transaction=True)
def test_a_transaction_raises_the_data_version_when_it_commits_not_before():
    ensure_defaults()
    add_events(5)
    before = data_version()
    with transaction.atomic():
        Event.objects.update(title="Renamed")
        Mention.objects.filter(pk=Mention.objects.first().pk).delete()
        assert data_version() is None  # never read, nor cached, inside a transaction
    after = data_version()
    assert after is not None and after != before


@pytest.mark.django_db(transaction=True)
def test_the_page_is_never_stale_after_a_change(client):
    from articles.services import ingest_text

    cache.clear()
    ensure_defaults()
    add_events(30, first_day=dt.date(2010, 1, 1), days=300)
    page = client.get("/")
    assert page.context["n"] == 30
    assert client.get("/").context["n"] == 30  # served from the cache
    assert client.get("/api/events").json()["count"] == 30
    assert client.get("/api/events").json()["count"] == 30

    # an update that sends no signal: the year chart and the counts follow
    Event.objects.filter(pk__in=list(Event.objects.values_list("pk", flat=True)[:3])).update(date=dt.date(2003, 3, 3))
    r = client.get("/?from=2003&to=2003", headers=HX)
    assert r.context["n"] == 3
    assert 2003 in r.context["year_chart"]["data"][0]["x"]

    # a renamed person is renamed in the select, at once
    someone = Person.objects.filter(events__isnull=False).first()
    Person.objects.filter(pk=someone.pk).update(name="Renamed <Person>")
    html = client.get("/").content.decode()
    assert "Renamed &lt;Person&gt;" in html

    # the table too (rows, their participants and topics)
    first = Event.objects.dated().order_by("date", "pk").first()
    Event.objects.filter(pk=first.pk).update(title="Fresh title")
    Event.topics.through.objects.filter(event=first).delete()
    row = re.search(rf'<tr class="\w+" id="row-{first.pk}">.*?</tr>', client.get("/").content.decode(), re.S)[0]
    assert "Fresh title" in row and 'class="topic"' not in row

    # an ingested article adds its event
    ingest_text("new.txt", "MOSCOW, March 3, 2015 -- Vladimir Putin met Emomali Rahmon in Moscow today.\n")
    assert client.get("/").context["n"] == 31
    assert client.get("/api/events").json()["count"] == 31
    api = client.get("/api/events?page=1&page_size=500").json()
    assert "Fresh title" in {e["title"] for e in api["events"]}
    assert client.get("/?from=2015-03&to=2015-03", headers=HX).context["n"] == 1


@pytest.mark.django_db
def test_figure_payloads_stay_small(client):
    """The largest figures the page sends: DETAIL_LIMIT single events (by kind; by topic each event is
    drawn once per topic, so the limit counts markers), and thirty-five years of months."""
    from timeline.figure import build_aggregate_figure

    ensure_defaults()
    add_events(views.DETAIL_LIMIT)
    by_kind = client.get("/").context
    assert not by_kind["aggregated"] and len(json.dumps(by_kind["figure"])) <= 300_000
    by_topic = client.get("/?rows=topic").context
    assert by_topic["aggregated"]  # most events carry two topics: more than DETAIL_LIMIT markers
    assert len(json.dumps(by_topic["figure"])) <= 300_000
    topics = list(Topic.objects.all())
    for rows, keys in (("kind", ["meeting", "talks", "visit", "call", "summit"]), ("topic", [t.slug for t in topics])):
        months = [
            {"month": dt.date(1990 + i // 12, i % 12 + 1, 1), "row": key, "n": 1000 + i, "planned": i % 7}
            for i in range(12 * 35)
            for key in keys
        ]
        aggregated = build_aggregate_figure(months, rows=rows, topics=topics)
        assert len(json.dumps(aggregated)) <= 300_000, rows


@pytest.mark.django_db
def test_hover_values_are_escaped(client, monkeypatch):
    """Plotly renders hovertemplate values and category labels as HTML: every one is escaped."""
    ensure_defaults()
    add_events(30, first_day=dt.date(2012, 1, 1), days=200)
    evil = '<img src=x onerror="alert(1)">'
    event = Event.objects.first()
    Event.objects.filter(pk=event.pk).update(title=evil, place=Place.objects.create(name=evil))
    Person.objects.filter(pk=event.participants.first().pk).update(name=evil + " P")
    Topic.objects.filter(pk=event.topics.first().pk).update(name=evil + " T", slug="evil")
    monkeypatch.setattr(views, "DETAIL_LIMIT", 10)
    for url in ("/", "/?rows=topic", "/?rows=topic&from=2012-01&to=2012-02", "/?from=2012-01&to=2012-02"):
        context = client.get(url, headers=HX).context
        assert "<img" not in json.dumps(context["figure"]) + json.dumps(context["year_chart"]), url
    day = f"{event.date:%Y-%m-%d}"
    detail = json.dumps(client.get(f"/?rows=topic&from={day}&to={day}").context["figure"])
    # title, place, participant, topic (hover and row label), each escaped
    assert detail.count('&lt;img src=x onerror=\\"alert(1)\\"&gt;') >= 4  # (JSON escapes the quotes)


@pytest.mark.django_db
def test_whole_table_counts_from_the_through_tables_match_the_joins():
    from django.db.models import Count

    from timeline.queries import people_in_dated_events, topic_counts_of_dated_events

    ensure_defaults()
    add_events(60)
    undated = list(Event.objects.order_by("pk")[:7])
    Event.objects.filter(pk__in=[e.pk for e in undated]).update(date=None)
    only_undated = Person.objects.create(name="Only Undated", country="TJ")
    undated[0].participants.add(only_undated)
    topics = list(Topic.objects.all())
    assert topic_counts_of_dated_events(topics) == Event.objects.dated().topic_counts()
    joined = {
        p.name: p.n
        for p in Person.objects.filter(events__date__isnull=False).annotate(n=Count("events", distinct=True))
    }
    assert {p.name: p.n for p in people_in_dated_events()} == joined
    assert "Only Undated" not in joined


@pytest.mark.django_db
def test_per_year_and_per_month_match_python_counts():
    from collections import Counter

    ensure_defaults()
    add_events(120, first_day=dt.date(1998, 11, 1), days=900)
    Event.objects.filter(pk__in=list(Event.objects.values_list("pk", flat=True)[:5])).update(primary_topic=None)
    events = list(Event.objects.dated().select_related("primary_topic"))
    per_year = Counter((e.date.year, e.primary_topic.slug if e.primary_topic else None) for e in events)
    rows = Event.objects.dated().per_year_by_topic()
    assert {(r["year"], r["primary_topic__slug"]): r["n"] for r in rows} == per_year
    per_month = Counter((e.date.replace(day=1), e.kind) for e in events)
    planned = Counter((e.date.replace(day=1), e.kind) for e in events if e.status == "planned")
    rows = Event.objects.dated().per_month("kind")
    assert {(r["month"], r["row"]): r["n"] for r in rows} == per_month
    assert {(r["month"], r["row"]): r["planned"] for r in rows if r["planned"]} == planned
