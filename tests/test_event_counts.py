"""The event counts (``EventCount``) that triggers keep: equal to counting the events, whoever
writes and however; the page and the API read the same from them as from the events."""

import contextlib
import datetime as dt
import importlib
import threading
from collections import Counter

import pytest
from django.db import connection, connections, transaction

from bench.probe import add_events
from timeline import views
from timeline.filters import Filters
from timeline.models import Event, EventCount, Topic
from timeline.queries import read_state
from timeline.services import ensure_defaults

migration = importlib.import_module("timeline.migrations.0005_event_counts")


def counted_from_events() -> Counter:
    """What the triggers must keep, counted in Python from the events."""
    out = Counter()
    for e in Event.objects.dated().prefetch_related("topics"):
        cell = (e.date.replace(day=1), e.kind, e.status, e.primary_topic_id or 0)
        out[(*cell, 0)] += 1
        for t in [t.pk for t in e.topics.all()] or [-1]:
            out[(*cell, t)] += 1
    return out


def kept() -> Counter:
    assert not EventCount.objects.filter(n__lt=0).exists()
    return Counter(
        {(c.month, c.kind, c.status, c.primary_topic, c.topic): c.n for c in EventCount.objects.filter(n__gt=0)}
    )


def _links_table() -> str:
    return Event.topics.through._meta.db_table


def _writes():
    """Every way the counted columns and topic links change, including those that send no signal."""

    def save_changed_event():
        e = Event.objects.dated().first()
        e.date, e.kind, e.status = dt.date(2001, 2, 3), "summit", "planned"
        e.save()

    def update_dates_kinds_topics():
        ids = list(Event.objects.values_list("pk", flat=True)[:10])
        Event.objects.filter(pk__in=ids[:5]).update(date=dt.date(1999, 9, 9))
        Event.objects.filter(pk__in=ids[3:8]).update(kind="visit", status="planned")
        Event.objects.filter(pk__in=ids[6:]).update(primary_topic=None)

    def undate_and_date_again():
        ids = list(Event.objects.values_list("pk", flat=True)[:6])
        Event.objects.filter(pk__in=ids).update(date=None)
        Event.objects.filter(pk__in=ids[:3]).update(date=dt.date(2020, 1, 31))

    def topics_added_removed_set_cleared():
        topics = list(Topic.objects.all())
        events = list(Event.objects.all()[:8])
        events[0].topics.add(*topics)  # one multi-row INSERT
        events[1].topics.clear()  # one multi-row DELETE: the event now carries none
        events[2].topics.set(topics[:1])
        events[3].topics.remove(*topics)
        events[3].topics.add(topics[2], topics[3])  # from none to two in one statement
        Event.topics.through.objects.filter(event__in=events[4:]).delete()

    def links_moved_by_raw_sql():
        a, b = Event.objects.all()[:2]
        Event.topics.through.objects.filter(event=b).delete()
        link = Event.topics.through.objects.filter(event=a).first()
        spare = Topic.objects.exclude(events=a).first()
        with connection.cursor() as c:
            c.execute(f"UPDATE {_links_table()} SET topic_id = %s WHERE id = %s", [spare.pk, link.pk])
            c.execute(f"UPDATE {_links_table()} SET event_id = %s WHERE id = %s", [b.pk, link.pk])

    def events_deleted():
        Event.objects.filter(pk__in=list(Event.objects.values_list("pk", flat=True)[:7])).delete()
        Event.objects.last().delete()

    def event_deleted_before_its_links_by_raw_sql():
        e = Event.objects.filter(topics__isnull=False).first()
        with transaction.atomic(), connection.cursor() as c:  # foreign keys are checked at commit
            c.execute("DELETE FROM timeline_mention WHERE event_id = %s", [e.pk])
            c.execute(f"DELETE FROM {Event.participants.through._meta.db_table} WHERE event_id = %s", [e.pk])
            c.execute("DELETE FROM timeline_event WHERE id = %s", [e.pk])
            c.execute(f"DELETE FROM {_links_table()} WHERE event_id = %s", [e.pk])

    def topic_deleted():
        Topic.objects.filter(pk=Topic.objects.first().pk).delete()

    def article_ingested():
        from articles.services import ingest_text

        ingest_text(
            "new.txt",
            "MOSCOW, March 3, 2015 -- Vladimir Putin met Emomali Rahmon in Moscow to discuss migration today.\n",
        )

    return [
        save_changed_event,
        update_dates_kinds_topics,
        undate_and_date_again,
        topics_added_removed_set_cleared,
        links_moved_by_raw_sql,
        events_deleted,
        event_deleted_before_its_links_by_raw_sql,
        topic_deleted,
        article_ingested,
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("write", _writes(), ids=lambda f: f.__name__)
def test_the_counts_follow_every_write(write):
    ensure_defaults()
    add_events(40, first_day=dt.date(2008, 1, 1), days=500)  # bulk inserts: events, then their links
    assert read_state().counts
    assert kept() == counted_from_events()
    write()
    assert kept() == counted_from_events()


@pytest.mark.django_db
def test_install_recomputes_the_counts_and_a_missing_trigger_turns_them_off():
    ensure_defaults()
    add_events(30)
    expected = counted_from_events()
    EventCount.objects.all().delete()

    class Editor:  # what install uses of a schema editor (SQLite's refuses to open in a transaction)
        def __init__(self, cursor):
            self.connection, self.execute = connection, cursor.execute

    with connection.cursor() as c:
        migration.install(None, Editor(c))
    assert kept() == expected
    assert read_state().counts
    with connection.cursor() as c:
        if connection.vendor == "postgresql":
            c.execute("DROP TRIGGER timeline_ec_topics_insert ON timeline_event_topics")
        else:
            c.execute("DROP TRIGGER timeline_ec_topics_insert")
    assert not read_state().counts


FILTERS = [
    Filters(),
    Filters(rows="topic"),
    Filters(topics=["migration"]),
    Filters(topics=["migration"], rows="topic"),
    Filters(kinds=["visit", "talks"]),
    Filters(kinds=["visit"], status="planned", rows="topic"),
    Filters(status="held", topics=["energy"]),
    Filters(topics=["migration", "energy"]),  # events with both: counted once
    Filters(topics=["migration", "energy", "security"], kinds=["talks", "visit"], status="held"),
    Filters(topics=["migration", "energy"], rows="topic"),
    Filters(date_from=dt.date(2009, 3, 1), date_to=dt.date(2010, 6, 30)),  # whole months
    Filters(date_from=dt.date(2009, 3, 15), date_to=dt.date(2010, 6, 10), rows="topic"),  # cut months
    Filters(date_from=dt.date(2009, 3, 15), topics=["migration", "energy"], kinds=["talks", "visit", "meeting"]),
    Filters(date_to=dt.date(2009, 11, 3), topics=["migration"]),
    Filters(date_from=dt.date(2009, 4, 3), date_to=dt.date(2009, 4, 20), rows="topic"),  # no whole month
    Filters(date_from=dt.date(1, 1, 1), date_to=dt.date(9999, 12, 31), status="held"),
    Filters(date_from=dt.date(1, 1, 2), date_to=dt.date(9999, 12, 30)),
]


def _name(f: Filters) -> str:
    dates = "&".join(f"{k}={v}" for k, v in (("from", f.date_from), ("to", f.date_to)) if v)
    return "&".join(p for p in (f.querystring(), dates) if p) or "none"


@pytest.mark.django_db
@pytest.mark.parametrize("filters", FILTERS, ids=_name)
def test_the_page_reads_the_same_from_the_counts_as_from_the_events(monkeypatch, filters):
    monkeypatch.setattr(views, "DETAIL_LIMIT", 10)  # the monthly figure
    ensure_defaults()
    add_events(150, first_day=dt.date(2008, 6, 1), days=900)
    ids = list(Event.objects.values_list("pk", flat=True))
    Event.objects.filter(pk__in=ids[:4]).update(date=None)
    Event.objects.filter(pk__in=ids[4:9]).update(primary_topic=None)
    Event.topics.through.objects.filter(event_id__in=ids[9:14]).delete()
    topics = list(Topic.objects.all())
    for e in Event.objects.filter(pk__in=ids[14:20]):
        e.topics.add(*topics)  # carries three of the topics asked for, and more
    # multi-day events that begin before a range's first day and end inside it; a year-precision one
    Event.objects.filter(pk__in=ids[20:23]).update(date=dt.date(2009, 2, 25), date_end=dt.date(2009, 3, 20))
    Event.objects.filter(pk__in=ids[23:25]).update(date=dt.date(2009, 1, 1), date_precision="year")
    assert read_state().counts
    from_counts = views.summarise(filters, topics, counts=True)
    from_events = views.summarise(filters, topics, counts=False)
    assert from_counts["n"] > 0
    for key in ("n", "total", "counts", "year_chart", "figure", "n_undated"):
        assert from_counts[key] == from_events[key], key


@pytest.mark.django_db
def test_the_counts_answer_only_what_they_can():
    ensure_defaults()
    topics = list(Topic.objects.all())
    cells = EventCount.objects
    assert cells.matching(Filters(topics=["migration"]), topics) is not None
    assert cells.matching(Filters(topics=["migration", "energy"]), topics) is not None
    assert cells.matching(Filters(kinds=["visit"], status="held"), topics) is not None
    assert cells.matching(Filters(date_from=dt.date(2010, 1, 5), date_to=dt.date(2011, 1, 1)), topics) is not None
    for f in (
        Filters(people=["Vladimir Putin"]),
        Filters(q="gas"),
        Filters(topics=["no-such-topic"]),
    ):
        assert cells.matching(f, topics) is None, f
    # the topic counts ignore the topics asked for
    assert (
        cells.matching(Filters(topics=["migration", "energy"]), topics, by_topic=True, ignore_topics=True) is not None
    )


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_neither_deadlock_nor_lose_counts():
    """Two transactions add events to the same months in opposite orders. On PostgreSQL, row
    locks on the count rows taken in those orders would deadlock; the triggers' advisory lock
    makes the writers take turns. (SQLite lets one writer at a time anyway.)"""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers")
    ensure_defaults()
    months = [dt.date(2011, m, 5) for m in range(1, 7)]
    Event.objects.bulk_create([Event(date=d, title="seed", kind="meeting") for d in months])
    barrier = threading.Barrier(2)
    errors = []

    def writer(order):
        try:
            with transaction.atomic():
                for i, d in enumerate(order):
                    Event.objects.create(date=d, title="concurrent", kind="meeting")
                    if i == 0:
                        # both hold their first month's count rows, unless one waits for the other
                        with contextlib.suppress(threading.BrokenBarrierError):
                            barrier.wait(timeout=3)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(o,)) for o in (months, months[::-1])]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    assert Event.objects.filter(title="concurrent").count() == 12
    assert kept() == counted_from_events()


@pytest.mark.parametrize(
    ("date_from", "date_to", "months"),
    [
        (dt.date(2010, 1, 1), dt.date(2010, 12, 31), (dt.date(2010, 1, 1), dt.date(2010, 12, 1))),
        (dt.date(2010, 1, 2), dt.date(2010, 12, 30), (dt.date(2010, 2, 1), dt.date(2010, 11, 1))),
        (dt.date(2012, 2, 29), dt.date(2012, 2, 29), (dt.date(2012, 3, 1), dt.date(2012, 2, 1))),  # none
        (dt.date(2012, 2, 1), dt.date(2012, 2, 29), (dt.date(2012, 2, 1), dt.date(2012, 2, 1))),
        (None, dt.date(2010, 5, 31), (dt.date(1, 1, 1), dt.date(2010, 5, 1))),
        (dt.date(9999, 12, 2), None, (dt.date(9999, 12, 1), dt.date(9999, 11, 1))),  # none, no overflow
        (None, dt.date(1, 1, 30), (dt.date(1, 2, 1), dt.date(1, 1, 1))),  # none, no overflow
        (None, None, None),
    ],
)
def test_whole_months_of_a_date_range(date_from, date_to, months):
    from timeline.queries import _whole_months

    assert _whole_months(date_from, date_to) == months
