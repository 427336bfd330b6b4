"""``services.derive``: an event's fields from the rows of its mentions (pure, no database)."""

import datetime as dt

from timeline.models import Precision, Status
from timeline.services import derive


def row(day, status, precision=Precision.DAY, resolution="explicit", published=None):
    return {
        "date": day,
        "date_end": None,
        "date_precision": precision,
        "date_resolution": resolution,
        "status": status,
        "extracted": {"kind": "meeting", "status": status, "participants": ["Vladimir Putin"]},
        "article__published": published,
    }


def test_a_report_of_the_contact_as_held_dates_it_before_its_announcement():
    announced = row(dt.date(2015, 12, 21), Status.PLANNED, published=dt.date(2015, 11, 27))
    reported = row(dt.date(2015, 12, 22), Status.HELD, resolution="weekday", published=dt.date(2015, 12, 22))
    for rows in ([announced, reported], [reported, announced]):
        d = derive(rows)
        assert (d.date, d.status) == (dt.date(2015, 12, 22), Status.HELD)


def test_a_finer_announcement_still_beats_a_coarser_report():
    announced = row(dt.date(2015, 10, 5), Status.PLANNED, published=dt.date(2015, 9, 1))
    reported = row(dt.date(2015, 10, 1), Status.HELD, precision=Precision.MONTH, published=dt.date(2015, 11, 1))
    d = derive([reported, announced])
    assert (d.date, d.date_precision, d.status) == (dt.date(2015, 10, 5), Precision.DAY, Status.HELD)


def test_a_written_date_of_an_announcement_beats_a_lead_dated_report():
    announced = row(dt.date(2015, 12, 21), Status.PLANNED, resolution="reference", published=dt.date(2015, 11, 27))
    lead = row(dt.date(2015, 12, 23), Status.HELD, resolution="lead", published=dt.date(2015, 12, 23))
    assert derive([lead, announced]).date == dt.date(2015, 12, 21)


def test_two_lead_dated_reports_from_different_articles_beat_an_announcement():
    announced = row(dt.date(2015, 12, 21), Status.PLANNED, resolution="reference", published=dt.date(2015, 11, 27))
    announced["article"] = 1
    one = row(dt.date(2015, 12, 22), Status.HELD, resolution="lead", published=dt.date(2015, 12, 22))
    one["article"] = 2
    other = row(dt.date(2015, 12, 22), Status.HELD, resolution="lead", published=dt.date(2015, 12, 22))
    other["article"] = 3
    assert derive([announced, one, other]).date == dt.date(2015, 12, 22)
    # two mentions of one article are one report
    again = dict(one)
    assert derive([announced, one, again]).date == dt.date(2015, 12, 21)
