"""Date expressions: finding and resolving, without a database. Examples are not from the seeds."""

import datetime as dt

import pytest

from timeline.extraction.dates import DateExpression, find_date_expressions, find_reference_date, infer_year, resolve


def only(text):
    exprs = find_date_expressions(text)
    assert len(exprs) == 1, exprs
    return exprs[0]


@pytest.mark.parametrize(
    "text, form, parts",
    [
        ("signed on 12 March 2015 in Kazan", "dm", (2015, 3, 12)),
        ("met on March 12, 2015 in Kazan", "md", (2015, 3, 12)),
        ("the decree of 2015-03-12", "iso", (2015, 3, 12)),
        ("dated 12.03.2015", "numeric", (2015, 3, 12)),
        ("on Sept. 3, 2013", "md", (2013, 9, 3)),
        ("on the 3rd of September 2013", "dm", (2013, 9, 3)),
    ],
)
def test_full_dates_are_found_with_their_parts(text, form, parts):
    e = only(text)
    assert e.form == form
    assert (e.year, e.month, e.day) == parts
    assert text[e.start : e.end] == e.text


def test_may_the_verb_is_not_a_month():
    assert find_date_expressions("The sides may meet again, officials said.") == []


def test_ordinal_numbers_are_not_dates():
    assert find_date_expressions("The 201st division and 7,000 troops") == []


def test_amounts_and_counts_are_not_years():
    assert [e.text for e in find_date_expressions("trade reached $1,500 million, 2000 troops, and 2019")] == ["2019"]


def test_a_year_before_a_verb_ending_in_s_is_a_year():
    # a counted noun is plural ("1500 tanks"); "was", "has", "is" after a year are verbs, not what is counted
    found = find_date_expressions("Not until his trip to Kulob in 1998 was the road finished; 1500 tanks left.")
    assert [e.text for e in found] == ["1998"]
    assert [e.text for e in find_date_expressions("The year 2011 has seen two visits.")] == ["2011"]


def test_range_of_days():
    e = only("The talks on 8-9 October 2020 in Minsk")
    assert (e.day, e.day_end, e.month, e.year) == (8, 9, 10, 2020)
    r = resolve(e, None)
    assert r.date == dt.date(2020, 10, 8) and r.date_end == dt.date(2020, 10, 9) and r.precision == "day"


def test_month_day_range_without_year_takes_reference_year():
    e = only("met on October 8-9")
    r = resolve(e, dt.date(2020, 10, 20), tense="past")
    assert (r.date, r.date_end) == (dt.date(2020, 10, 8), dt.date(2020, 10, 9))


@pytest.mark.parametrize(
    "text, bound",
    [("has served since 2008", "since"), ("will stay until 2042", "until"), ("(born July 11, 1951)", "born")],
)
def test_bounds_and_births_are_marked(text, bound):
    e = only(text)
    assert e.bound and e.bound.lower().startswith(bound[:4])


def test_weekday_with_day_resolves_in_reference_year_and_checks_weekday():
    e = only("On Tuesday March 3, the ministers met")
    r = resolve(e, dt.date(2015, 3, 5), tense="past")
    assert r.date == dt.date(2015, 3, 3)
    assert "but" not in r.note  # 2015-03-03 is a Tuesday


def test_weekday_mismatch_is_said():
    e = only("On Monday March 3, the ministers met")
    r = resolve(e, dt.date(2015, 3, 5), tense="past")
    assert "is a Tuesday" in r.note


def test_bare_weekday_past_and_future():
    e = only("The presidents talked on Thursday.")
    ref = dt.date(2015, 3, 9)  # a Monday
    assert resolve(e, ref, tense="past").date == dt.date(2015, 3, 5)
    assert resolve(e, ref, tense="future").date == dt.date(2015, 3, 12)


def test_weekday_named_on_the_reference_day_is_that_day():
    e = only("will meet on Monday")
    ref = dt.date(2015, 3, 9)  # a Monday
    assert resolve(e, ref, tense="future").date == ref
    assert resolve(e, ref, tense="past").date == ref


def test_last_weekday_is_strictly_before():
    e = only("last Monday")
    assert resolve(e, dt.date(2015, 3, 9)).date == dt.date(2015, 3, 2)


@pytest.mark.parametrize(
    "phrase, expected, precision",
    [
        ("yesterday", dt.date(2015, 3, 8), "day"),
        ("today", dt.date(2015, 3, 9), "day"),
        ("tomorrow", dt.date(2015, 3, 10), "day"),
        ("two days ago", dt.date(2015, 3, 7), "day"),
        ("a week ago", dt.date(2015, 3, 2), "day"),
        ("3 weeks ago", dt.date(2015, 2, 16), "day"),
        ("last week", dt.date(2015, 3, 2), "week"),
        ("earlier this month", dt.date(2015, 3, 1), "month"),
        ("last month", dt.date(2015, 2, 1), "month"),
        ("last year", dt.date(2014, 1, 1), "year"),
    ],
)
def test_relative_expressions(phrase, expected, precision):
    e = only(f"The officials spoke {phrase} in Dushanbe")
    r = resolve(e, dt.date(2015, 3, 9), tense="past")
    assert (r.date, r.precision, r.method) == (expected, precision, "relative")


def test_relative_without_reference_is_undated_not_guessed():
    assert resolve(only("met yesterday"), None) is None
    assert resolve(only("met on March 3"), None) is None
    assert resolve(only("met on Friday"), None) is None


def test_month_year_and_year_precision():
    r = resolve(only("visited in November 2013"), None)
    assert (r.date, r.precision) == (dt.date(2013, 11, 1), "month")
    r = resolve(only("visited in 2013"), None)
    assert (r.date, r.precision) == (dt.date(2013, 1, 1), "year")


def test_month_alone_past_and_future():
    e = only("met in December")
    assert resolve(e, dt.date(2015, 3, 9), tense="past").date == dt.date(2014, 12, 1)
    assert resolve(e, dt.date(2015, 3, 9), tense="future").date == dt.date(2015, 12, 1)


def test_month_day_year_chosen_by_tense_around_new_year():
    e = only("met on December 30")
    assert resolve(e, dt.date(2016, 1, 4), tense="past").date == dt.date(2015, 12, 30)
    e = only("will meet on January 3")
    assert resolve(e, dt.date(2015, 12, 28), tense="future").date == dt.date(2016, 1, 3)


def test_invalid_calendar_date_is_not_resolved():
    assert resolve(only("on 31 February 2015"), None) is None


def test_reference_manifest_beats_header_and_dateline():
    text = "date 2010-01-02 MOSCOW, January 2. /TASS/. Text."
    ref = find_reference_date(text, manifest_date=dt.date(2010, 1, 3))
    assert (ref.date, ref.source) == (dt.date(2010, 1, 3), "manifest")
    ref = find_reference_date(text)
    assert (ref.date, ref.source) == (dt.date(2010, 1, 2), "header")
    assert ref.span[0] == 0 and ref.span[1] >= text.index("January 2") + len("January 2")


def test_dateline_with_year():
    ref = find_reference_date("KHUJAND, June 4, 2012 (Xinhua) -- The ministers met.")
    assert (ref.date, ref.source) == (dt.date(2012, 6, 4), "dateline")


def test_dateline_year_inferred_from_weekday_and_past_year():
    text = "MOSCOW, March 11, Interfax -- On Tuesday March 10, the ministers met. They recalled the agreement of 2013."
    ref = find_reference_date(text)
    # March 10 is a Tuesday in 2015 (first such year from 2013 on).
    assert (ref.date, ref.source) == (dt.date(2015, 3, 11), "inferred")


def test_dateline_without_year_or_clues_is_unknown():
    ref = find_reference_date("MOSCOW, March 11 -- The ministers met on Tuesday.")
    assert ref.date is None and ref.source == "unknown"


def test_infer_year_ignores_future_bounds():
    year, _ = infer_year(
        "On Friday May 26 they met; the lease runs until 2042, signed in 2004.", 5, 29, today=dt.date(2026, 1, 1)
    )
    assert year == 2006


def _relative_phrases():
    phrases = ["yesterday", "tomorrow", "day before yesterday", "the day before yesterday", "the day after tomorrow"]
    for n in ["a", "an", "one", "three", "twelve", "0", "1", "2", "13", "31", "99"]:
        phrases += [f"{n} {unit} ago" for unit in ("day", "days", "week", "weeks", "month", "months", "year", "years")]
    return phrases


def test_relative_phrases_are_shifted_exactly_as_dateparser_parses_them():
    """``shift_back`` replaces dateparser.parse for these phrases (100x faster): same date on
    month ends, leap days, year ends and near the 1900-2100 bounds."""
    import random

    import dateparser

    from timeline.extraction.dates import MAX_YEAR, MIN_YEAR, shift_back

    rng = random.Random(7)
    references = [dt.date(1900, 1, 1) + dt.timedelta(days=rng.randrange(73000)) for _ in range(12)]
    references += [dt.date(2020, 3, 31), dt.date(2020, 2, 29), dt.date(2021, 12, 31), dt.date(1900, 1, 3)]
    for reference in references:
        base = dt.datetime(reference.year, reference.month, reference.day, 12, 0)
        for phrase in _relative_phrases():
            parsed = dateparser.parse(
                phrase,
                languages=["en"],
                settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
            )
            expected = parsed.date() if parsed and MIN_YEAR <= parsed.year <= MAX_YEAR else None
            assert shift_back(phrase, reference) == expected, (phrase, reference)
    assert shift_back("several days ago", dt.date(2020, 1, 1)) is None


def test_an_undated_article_reads_month_and_day_in_the_latest_year_it_names():
    from timeline.extraction.dates import latest_year

    text = "The lease was extended until 2042. The treaty of 2013 was ratified in 2015. They met on October 5."
    assert latest_year(text) == 2015  # "until 2042" is a plan's horizon
    [expr] = [e for e in find_date_expressions(text) if e.form == "md"]
    r = resolve(expr, None, year_hint=2015)
    assert (r.date, r.precision, r.method) == (dt.date(2015, 10, 5), "day", "text-year")
    assert "no date" in r.note and "2015" in r.note
    # with the article's own date, the hint plays no part
    assert resolve(expr, dt.date(2016, 4, 15), tense="past", year_hint=2015).date == dt.date(2015, 10, 5)
    assert resolve(expr, dt.date(2017, 4, 15), tense="past", year_hint=2015).date == dt.date(2016, 10, 5)


def test_the_year_a_running_term_ends_is_no_year_of_the_news():
    from timeline.extraction.dates import latest_year

    assert latest_year("The gas contract signed in 2009 expires in 2016. The ministers met on May 3.") == 2009
    assert latest_year("The accord runs out in 2030; it was signed in 2020.") == 2020
    # a term that ran out is a year something happened
    assert latest_year("The first lease was signed in 1999 and expired in 2004.") == 2004


def test_a_dateline_under_a_headline_a_subheading_and_a_time_line():
    text = (
        "Ministers agree on border plan\nThe sides will meet again in the autumn\n"
        "March 11, 09:30 UTC+3 ASTANA\nASTANA, March 11, 2015. /TASS/. The ministers met."
    )
    ref = find_reference_date(text)
    assert (ref.date, ref.source) == (dt.date(2015, 3, 11), "dateline")


def test_a_dateline_that_names_the_country_after_the_city():
    ref = find_reference_date("KHUJAND, Tajikistan, June 4, 2012. The ministers met.")
    assert (ref.date, ref.source) == (dt.date(2012, 6, 4), "dateline")


def test_a_dateline_without_a_year_takes_the_latest_year_the_text_tells_as_past():
    text = "MOSCOW, March 11 (Interfax) -- The ministers met. They signed a plan in 2014; a drill will be held in 2016."
    ref = find_reference_date(text)
    assert (ref.date, ref.source, ref.year_hint) == (dt.date(2014, 3, 11), "inferred", 2014)
    assert "no year" in ref.note and "2014" in ref.note


def test_victory_day_is_of_the_year_the_clause_names_before_it():
    [expr] = [
        e
        for e in find_date_expressions("In 2015 Rahmon stood beside Putin at the Victory Day parade.")
        if e.form == "md"
    ]
    assert (expr.year, expr.month, expr.day) == (2015, 5, 9)
    [expr] = [e for e in find_date_expressions("Rahmon will attend the Victory Day parade.") if e.form == "md"]
    assert expr.year is None


def test_a_february_29_to_come_that_no_year_in_range_has_stays_undated():
    expr = DateExpression(text="February 29", start=0, end=11, form="md", month=2, day=29)
    assert resolve(expr, dt.date(2021, 4, 1), tense="future").date == dt.date(2024, 2, 29)
    assert resolve(expr, dt.date(2096, 4, 1), tense="future") is None  # 2100 is no leap year


def test_today_with_its_weekday_is_the_day_the_weekday_names():
    # filed on Sunday in one time zone of Monday morning in another
    sunday = dt.date(2016, 4, 17)
    [e] = find_date_expressions("The ministers met early today (Monday) in Dushanbe.")
    assert (e.text, resolve(e, sunday).date) == ("today (Monday)", dt.date(2016, 4, 18))
    [e] = find_date_expressions("He arrived today, Saturday, in Moscow.")
    assert resolve(e, sunday).date == dt.date(2016, 4, 16)
    # a weekday that is no neighbour of the article's day leaves today as it is
    [e] = find_date_expressions("He arrived today, Wednesday, in Moscow.")
    assert resolve(e, sunday).date == sunday


def test_a_dateline_may_end_in_a_colon():
    ref = find_reference_date(
        "Headline of the story\nKHUJAND, March 9:The governor said the road, closed since 2014, was open."
    )
    assert (ref.date, ref.source) == (dt.date(2014, 3, 9), "inferred")


def test_the_victory_parade_is_on_victory_day_unless_the_text_gives_its_day():
    [e] = find_date_expressions("He was invited to watch the Victory Parade in Moscow.")
    assert (e.month, e.day) == (5, 9)
    [e] = find_date_expressions("He watched the Victory Parade on June 24, 2020 in Moscow.")
    assert (e.month, e.day, e.year) == (6, 24, 2020)


def test_a_page_address_gives_its_publication_date():
    from timeline.extraction.dates import url_date

    assert url_date("https://example.org/news/2018/10/23/ministers-meet") == (dt.date(2018, 10, 23), 2018, 10)
    assert url_date("https://example.org/en/news/economic/20110707/regions-sign") == (dt.date(2011, 7, 7), 2011, 7)
    assert url_date("https://example.org/2024-05-02-talks-in-moscow.html") == (dt.date(2024, 5, 2), 2024, 5)
    assert url_date("https://example.org/2018/10/joint-board-meets") == (None, 2018, 10)
    # no date: an article number, a year in the host or the query, a day that does not exist
    for url in (
        "https://example.org/world/530172.html",
        "https://news2019.example.org/story",
        "https://example.org/story?from=2019/10/02",
        "https://example.org/2019/02/30/x",
        "not a url",
    ):
        assert url_date(url)[0] is None, url


def test_the_page_address_dates_an_article_that_dates_itself_nowhere():
    ref = find_reference_date("Ministers met in Dushanbe today.", url="https://example.org/2018/10/23/story")
    assert (ref.date, ref.source) == (dt.date(2018, 10, 23), "url")
    # the manifest and the text's own dateline come first
    ref = find_reference_date("DUSHANBE, May 3, 2017. The ministers met.", url="https://example.org/2018/10/23/x")
    assert ref.date == dt.date(2017, 5, 3)
    only_month = find_reference_date("Ministers met in Dushanbe today.", url="https://example.org/2018/10/story")
    assert (only_month.date, only_month.year_hint, only_month.month_hint) == (None, 2018, 10)


def test_the_weekday_year_is_the_nearest_that_fits_every_weekday_named():
    from timeline.extraction.dates import weekday_year

    assert weekday_year("They meet on Tuesday, December 24.", 2025) == 2024  # nearest, before the hint
    assert weekday_year("They meet on Tuesday, December 24.", 2024) == 2024
    assert weekday_year("on Monday, May 4 and on Friday, May 8", 2019) == 2020
    assert weekday_year("on Monday, May 4 and on Monday, May 8", 2019) is None  # no year fits both
    assert weekday_year("They met on May 4.", 2019) is None  # no weekday named


def test_years_a_plan_runs_to_are_no_year_of_the_news():
    from timeline.extraction.dates import latest_year

    text = (
        "The border was handed over in 2004. The other sectors are scheduled to pass from Russian into Tajik "
        "hands in late 2005 and by the summer of 2006, respectively."
    )
    assert latest_year(text) == 2004


def test_a_yearless_dateline_takes_its_year_from_the_page_address():
    ref = find_reference_date(
        "DUSHANBE, May 29 (Asia-Plus) -- The ministers met on Friday.", url="https://example.org/2006/05/30/x"
    )
    assert (ref.date, ref.source) == (dt.date(2006, 5, 29), "dateline")
    assert "page address" in ref.note
    # across the new year
    ref = find_reference_date("MOSCOW, December 31. The talks ended.", url="https://example.org/2011/01/02/x")
    assert ref.date == dt.date(2010, 12, 31)
