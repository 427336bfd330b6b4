"""The main read queries (timeline/queries.py: the page, its fragments, the API) use an index, checked
with EXPLAIN: SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN with sequential scans discouraged
(``enable_seqscan = off``: on a tiny table the planner would rightly prefer them, and with them
off it still takes one when no index can serve the query)."""

import datetime as dt
import re
from contextlib import contextmanager

import pytest
from django.db import connection

from timeline.filters import Filters
from timeline.models import Event, EventCount, Mention, Topic

pytestmark = pytest.mark.django_db

DATE = "timeline_ev_date_14661d_idx"
DATE_END = "timeline_ev_date_en_01de85_idx"
KIND = "timeline_ev_kind_b1126d_idx"


@contextmanager
def no_seqscan():
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as c:
        # Hash and merge joins too: over a table of twenty rows the planner reads it whole, which
        # tells nothing of the plan at scale (a nested loop probing the primary key).
        c.execute("SET enable_seqscan = off")
        c.execute("SET enable_hashjoin = off")
        c.execute("SET enable_mergejoin = off")
    try:
        yield
    finally:
        with connection.cursor() as c:
            c.execute("RESET enable_seqscan")
            c.execute("RESET enable_hashjoin")
            c.execute("RESET enable_mergejoin")


def plan(qs) -> str:
    with no_seqscan():
        return qs.explain()


def full_scans(text: str) -> list[str]:
    """Lines of the plan that read a whole table, or a whole index (an index scan without a condition)."""
    lines = text.splitlines()
    if connection.vendor != "postgresql":
        return [line for line in lines if re.search(r"\bSCAN \w+", line) and "CONSTANT ROW" not in line]
    found = []
    for i, line in enumerate(lines):
        if "Seq Scan" in line:
            found.append(line)
        elif "Index Scan" in line or "Index Only Scan" in line:
            node = []
            for following in lines[i + 1 :]:
                if "->" in following:
                    break
                node.append(following)
            if not any("Index Cond" in n for n in node):
                found.append(line)
    return found


def dated(**filters):
    return Event.objects.dated().matching(Filters(**filters))


WINDOW = {"date_from": dt.date(2010, 3, 1), "date_to": dt.date(2010, 12, 31)}

# name: (queryset, an index the plan must use)
CASES = {
    "count, from/to": (lambda: dated(**WINDOW).values("pk"), DATE),
    "table page ids": (lambda: Event.objects.dated().order_by("date", "pk").values_list("pk")[:100], DATE),
    "table page ids, from/to": (lambda: dated(**WINDOW).order_by("date", "pk").values_list("pk")[:100], DATE),
    "table page ids, newest first": (
        lambda: Event.objects.dated().order_by("-date", "-pk").values_list("pk")[:100],
        DATE,
    ),
    "from only": (lambda: dated(date_from=dt.date(2010, 3, 4)).values("pk"), DATE),
    "topic": (lambda: dated(topics=["migration"]).values("pk"), "timeline_event_topics_topic_id"),
    "person": (lambda: dated(people=["Vladimir Putin"]).values("pk"), "timeline_event_participants_person_id"),
    "kind": (lambda: dated(kinds=["call"]).values("pk"), KIND),
    "per month, from/to": (lambda: dated(**WINDOW).per_month_queryset("kind"), DATE),
    "per month by topic, from/to": (lambda: dated(**WINDOW).per_month_queryset("topic"), DATE),
    "per year, from/to": (lambda: dated(**WINDOW).per_year_queryset(), DATE),
    "topic counts, from/to": (lambda: dated(**WINDOW).topic_counts_queryset(), DATE),
    "undated mentions": (
        lambda: Mention.objects.filter(event__in=Event.objects.undated().matching(Filters())),
        DATE,
    ),
    "table page ids, topic": (
        lambda: (
            Event.objects.dated()
            .matching(Filters(topics=["migration"]), per_event=True)
            .order_by("date", "pk")
            .values_list("pk")[:100]
        ),
        DATE + "|timeline_event_topics_topic_id",  # PostgreSQL: a semi-join from the topic's links
    ),
    "undated mentions, topic": (
        lambda: Mention.objects.filter(
            event__in=Event.objects.undated().matching(Filters(topics=["migration"]), per_event=True)
        ),
        DATE,
    ),
    "event counts, one topic": (
        lambda: EventCount.objects.matching(
            Filters(topics=["migration"]), [Topic(pk=1, slug="migration")]
        ).cells.values("month", "kind", "n"),
        "timeline_ev_topic_c7ac66_idx",
    ),
    "event panel": (lambda: Event.objects.for_timeline().filter(pk=1), "timeline_event_pkey|INTEGER PRIMARY KEY"),
    "event panel mentions": (lambda: Mention.objects.filter(event_id=1), "event_id"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_main_read_queries_use_an_index(name):
    build, index = CASES[name]
    text = plan(build())
    assert not full_scans(text), text
    assert re.search(index, text), text


def test_the_from_filter_reads_multi_day_events_through_the_date_end_index():
    """Events that began before 'from' but end after it: the date_end index, not a scan (with enough
    rows, and statistics, for the planner to see that the date_end branch is selective)."""
    from bench.probe import add_events
    from timeline.services import ensure_defaults

    ensure_defaults()
    add_events(3000)
    Event.objects.filter(pk__in=Event.objects.order_by("pk").values("pk")[:30]).update(date_end=dt.date(2012, 1, 1))
    with connection.cursor() as c:
        c.execute("ANALYZE")
    text = plan(dated(date_from=dt.date(2010, 3, 4)).values("pk").order_by())
    assert not full_scans(text), text
    assert DATE_END in text and DATE in text, text


def test_full_scans_are_detected():
    # the check above can fail: a filter on an unindexed column is a full scan
    assert full_scans(plan(Event.objects.filter(title="x")))


@pytest.mark.django_db(transaction=True)
def test_sqlite_statistics_are_refreshed_after_ingesting_a_large_archive(monkeypatch, tmp_path):
    from articles import services
    from bench.probe import add_events
    from timeline.services import ensure_defaults

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's autovacuum keeps its statistics")

    def statistics():
        with connection.cursor() as c:
            c.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            if not c.fetchone()[0]:
                return 0
            c.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'timeline_event'")
            return c.fetchone()[0]

    ensure_defaults()
    add_events(30)
    (tmp_path / "a.txt").write_text("MOSCOW, March 3, 2015 -- Vladimir Putin met Emomali Rahmon in Moscow today.\n")
    try:
        services.ingest_paths([tmp_path])
        assert statistics() == 0  # a small database: SQLite's own guesses
        monkeypatch.setattr(services, "ANALYZE_FROM", 20)
        (tmp_path / "b.txt").write_text("MOSCOW, March 4, 2015 -- Vladimir Putin met Emomali Rahmon in Moscow today.\n")
        services.ingest_paths([tmp_path])
        assert statistics() > 0
    finally:
        with connection.cursor() as c:  # no statistics left for the tests after this one
            c.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            if c.fetchone()[0]:
                c.execute("DELETE FROM sqlite_stat1")
                c.execute("ANALYZE sqlite_schema")  # the planner reloads them (now none)
