"""Ingestion's lookups use indexes (EXPLAIN), so their cost does not grow with the archive."""

import datetime as dt

import pytest
from django.db import connection

from timeline.extraction.events import ExtractedEvent
from timeline.models import Event, Mention
from timeline.services import _batch_windows, known_rows


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET enable_seqscan = off")  # a near-empty table would be scanned anyway
            cursor.execute("EXPLAIN " + sql, params)
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        rows = cursor.fetchall()
    return "\n".join(str(r[-1]) for r in rows)


def extracted(day: dt.date, precision: str = "day") -> ExtractedEvent:
    return ExtractedEvent(kind="meeting", status="held", date=day, date_end=None, precision=precision,
                          participants=[], place=None, countries=set())  # fmt: skip


def uses_index(text: str, table: str) -> bool:
    if connection.vendor == "postgresql":
        return "Index" in text and "Seq Scan" not in text
    # SQLite: "SEARCH t USING INDEX i (date>? AND date<?)" is a lookup; "SCAN t" (even "USING
    # INDEX", walking a whole index for ORDER BY) reads every row.
    lines = [line.strip() for line in text.splitlines()]
    return any(line.startswith(f"SEARCH {table} ") for line in lines) and not any(
        line.startswith(f"SCAN {table}") for line in lines
    )


@pytest.mark.django_db
def test_the_batch_candidate_query_uses_the_date_index():
    batch = [extracted(dt.date(2015, 3, d)) for d in (1, 9, 20)] + [extracted(dt.date(2019, 6, 1), "month")]
    (q,) = _batch_windows(batch)
    text = plan(known_rows(Event.objects.filter(q)))
    assert uses_index(text, "timeline_event"), text


@pytest.mark.django_db
def test_the_one_article_candidate_query_uses_the_date_index():
    (q,) = _batch_windows([extracted(dt.date(2015, 3, 9))])
    text = plan(known_rows(Event.objects.filter(q)))
    assert uses_index(text, "timeline_event"), text


@pytest.mark.django_db
def test_mentions_and_participants_of_candidates_are_read_by_event_index():
    text = plan(Mention.objects.filter(event_id__in=[1, 2, 3]).values_list("event_id", "start"))
    assert uses_index(text, "timeline_mention"), text
    through = Event.participants.through
    text = plan(through.objects.filter(event_id__in=[1, 2, 3]).values_list("event_id", "person_id"))
    assert uses_index(text, "timeline_event_participants"), text
