"""The timeline's filters, with the Django test client: each filter, the fragment/page choice, bad input."""

import pytest
from django.http import QueryDict

from timeline.filters import parse_date, parse_filters

pytestmark = pytest.mark.django_db


def titles(response):
    return [e.title for e in response.context["events"]]


def test_no_filter_shows_everything(client, seeded):
    r = client.get("/")
    assert len(titles(r)) == 9
    assert r.context["filters"].active is False


@pytest.mark.parametrize(
    "query, expected",
    [
        ("topic=migration", {"2017-02-27", "2021-05-08"}),
        ("topic=migration&topic=health", {"2017-02-27", "2021-05-08"}),
        ("topic=energy&topic=migration", {"2006-05-26", "2017-02-27", "2021-05-08"}),
        ("person=Alexander+Bortnikov", {"2019-05-22"}),
        ("person=Sergei+Shoigu&person=Alexander+Bortnikov", {"2019-05-22", "2019-05-28"}),
        ("kind=call", {"2021-04-23"}),
        ("status=planned", {"2021-05-08"}),
        ("from=2019&to=2019", {"2019-05-22", "2019-05-28"}),
        ("from=2004-10-20&to=2005", {"2004-10-01"}),  # a month-precision event overlaps the range
        ("from=2021-05", {"2021-05-08"}),
        ("to=2006-05-25", {"2004-10-01"}),
        # the passage that reports the April call also announces the "migrant amnesty" talks
        ("q=amnesty", {"2021-04-23", "2021-05-08"}),
        ("q=AMNESTY", {"2021-04-23", "2021-05-08"}),
        ("q=Sochi", {"2006-05-26"}),
        ("topic=security&kind=visit", {"2019-05-22"}),
    ],
)
def test_each_filter(client, seeded, query, expected):
    r = client.get(f"/?{query}")
    assert r.status_code == 200
    assert {e.date.isoformat() for e in r.context["events"]} == expected


def test_topic_chip_counts_ignore_the_topic_filter_but_follow_the_others(client, seeded):
    r = client.get("/?topic=migration&from=2020")
    counts = {t["topic"].slug: t["count"] for t in r.context["topics"]}
    assert counts["migration"] == 1 and counts["economy"] == 2 and counts["energy"] == 0
    assert next(t for t in r.context["topics"] if t["topic"].slug == "migration")["checked"]


def test_sort_descending(client, seeded):
    r = client.get("/?sort=-date")
    dates = [e.date for e in r.context["events"]]
    assert dates == sorted(dates, reverse=True)


def test_rows_by_topic_draws_an_event_once_per_selected_topic(client, seeded):
    fig = client.get("/?rows=topic&topic=migration&topic=education").context["figure"]
    rows = [
        (cd[0], y)
        for t in fig["data"]
        if t.get("mode") == "markers"
        for cd, y in zip(t["customdata"], t["y"], strict=True)
    ]
    assert len(rows) == 4  # two events, each carrying both topics
    assert {y for _, y in rows} == {"Migration", "Education and culture"}


def test_htmx_gets_results_fragment_with_out_of_band_counts(client, seeded):
    r = client.get("/?topic=migration", headers={"HX-Request": "true"})
    html = r.content.decode()
    assert "<html" not in html and "<form" not in html
    assert 'id="count-migration" hx-swap-oob="true"' in html
    assert 'id="figure-data"' in html and 'id="year-data"' in html


def test_history_restore_gets_the_full_page(client, seeded):
    r = client.get("/?topic=migration", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in r.content.decode() and "<form" in r.content.decode()


def test_full_page_keeps_the_form_state(client, seeded):
    html = client.get("/?topic=migration&q=amnesty&rows=topic").content.decode()
    assert 'value="migration" checked' in html
    assert 'value="amnesty"' in html
    assert 'value="topic" checked' in html


@pytest.mark.parametrize(
    "query, message",
    [
        ("topic=nope", "Unknown topic"),
        ("person=Nobody+Atall", "No events with a participant"),
        ("kind=dinner", "Unknown kind"),
        ("status=maybe", "Unknown status"),
        ("from=2020-13-01", "must be a date"),
        ("from=yesterday", "must be a date"),
        ("from=2020&to=2010", "range is reversed"),
        ("q=" + "x" * 500, "too long"),
        ("rows=diagonal", "must be kind or topic"),
        ("sort=;DROP TABLE", "must be date or -date"),
        ("topic=" + "&topic=".join(["security"] * 30), "Too many values"),
    ],
)
def test_bad_parameters_are_a_400_with_a_message(client, seeded, query, message):
    r = client.get(f"/?{query}")
    assert r.status_code == 400
    assert message in r.content.decode()
    assert r.context["events"] == []
    # the fragment says the same to htmx
    r = client.get(f"/?{query}", headers={"HX-Request": "true"})
    assert r.status_code == 400 and message in r.content.decode()


def test_unknown_parameter_is_ignored_with_a_notice(client, seeded):
    r = client.get("/?utm_source=mail&topic=migration")
    assert r.status_code == 200
    assert "Ignored unknown parameter utm_source" in r.content.decode()
    assert len(r.context["events"]) == 2


def test_sql_in_search_is_just_text(client, seeded):
    r = client.get("/?q=%27%20OR%201%3D1%20--")
    assert r.status_code == 200 and r.context["events"] == []


def test_query_count_does_not_grow_with_events(client, seeded, tmp_path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.services import ingest_text

    def queries(url, **headers):
        with CaptureQueriesContext(connection) as ctx:
            r = client.get(url, headers=headers)
        assert r.status_code == 200
        return len(ctx.captured_queries), r

    before = [queries(u)[0] for u in ("/", "/?topic=economy")] + [queries("/?q=trade", **{"HX-Request": "true"})[0]]
    for i in range(10):
        ingest_text(
            f"extra{i}.txt",
            f"MOSCOW, March {i + 1}, 2015 -- Vladimir Putin met Emomali Rahmon in Moscow on March {i + 1}, 2015 to discuss trade.\n",
        )
    after = [queries(u)[0] for u in ("/", "/?topic=economy")] + [queries("/?q=trade", **{"HX-Request": "true"})[0]]
    assert after == before and max(after) <= 20
    assert len(queries("/")[1].context["events"]) == 19


def test_parse_date_forms():
    import datetime as dt

    assert parse_date("2020", end=False) == dt.date(2020, 1, 1)
    assert parse_date("2020", end=True) == dt.date(2020, 12, 31)
    assert parse_date("2020-02", end=True) == dt.date(2020, 2, 29)
    assert parse_date("2020-02-30", end=True) is None
    assert parse_date("20-02-01", end=True) is None


def test_querystring_roundtrip():
    f = parse_filters(QueryDict("topic=migration&q=a+b&from=2010"), topics={"migration"}, people=set())
    assert f.querystring(sort="-date") == "topic=migration&from=2010&q=a+b&sort=-date"


def test_many_events_are_drawn_as_monthly_counts_and_the_table_is_paged(client, seeded, monkeypatch):
    monkeypatch.setattr("timeline.views.DETAIL_LIMIT", 3)
    monkeypatch.setattr("timeline.views.TABLE_PAGE", 5)
    r = client.get("/")
    fig = r.context["figure"]
    assert fig["layout"]["meta"] == {"aggregated": True}
    (trace,) = fig["data"]
    assert sum(1 for cd in trace["customdata"] if cd[0] is None) == len(trace["x"])
    assert {cd[1] for cd in trace["customdata"]} >= {"2006-05", "2019-05", "2021-05"}
    assert len(r.context["events"]) == 5 and r.context["pages"] == 2
    html = r.content.decode()
    assert "events per month" in html and "page=2" in html
    second = client.get("/?page=2")
    assert len(second.context["events"]) == 4
    # zoomed in (a from/to window) with few events: single events again, the window kept
    zoom = client.get("/?from=2019-05-01&to=2019-05-31").context["figure"]
    assert "meta" not in zoom["layout"] and zoom["layout"]["xaxis"]["range"][0] < "2019-05-01"


def test_page_parameter_is_checked(client, seeded):
    assert client.get("/?page=0").status_code == 400
    assert client.get("/?page=abc").status_code == 400
    assert client.get("/?page=99").status_code == 200


def test_found_by_hypothesis_a_superscript_digit_is_no_page_number():
    from django.http import QueryDict

    f = parse_filters(QueryDict("page=%C2%B9"), topics=set(), people=set())
    assert f.page == 1 and any("page" in e for e in f.errors)
