"""Date expressions: find them with rules, normalise them against a reference date.

Pure functions, no database. Offsets are character offsets into the text given.

- ``find_date_expressions(text)`` -> ``list[DateExpression]``: what is written, where, and its parts.
- ``resolve(expr, reference, tense=...)`` -> ``ResolvedDate | None``: a calendar date with its
  precision and the method used; ``None`` when the expression cannot be dated without guessing.
- ``find_reference_date(text, manifest_date=...)`` -> ``ReferenceDate``: the article's own date
  (manifest > header line > dateline, its year from the manifest or inferred > unknown).

Relative phrases ("a week ago", "yesterday") are shifted from the reference date by ``shift_back``,
which gives what ``dateparser.parse`` gives (tests compare the two on thousands of cases) at a
hundredth of the cost. dateparser is never used to *find* dates: its ``search_dates`` sees dates
in words like "May" and "201st" (the benchmark runs it as the naive baseline).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

MIN_YEAR, MAX_YEAR = 1900, 2100

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None,
}  # fmt: skip

# Month names are matched capitalised only: "may" the verb is not a month.
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_DASH = r"\s*(?:-|–|—|to|and|through)\s*"

# Order matters: longer forms first; overlapping later matches are dropped.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(rf"\b(?P<year>{_YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")),
    ("numeric", re.compile(rf"\b(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>0?[1-9]|1[0-2])\.(?P<year>{_YEAR})\b")),
    # 8-9 October 2020 / 8 to 9 October
    (
        "range_dm",
        re.compile(
            rf"\b(?P<day>{_DAY}){_DASH}(?P<day_end>{_DAY})\s+(?:of\s+)?(?P<month>{_MON})(?:,?\s+(?P<year>{_YEAR}))?\b"
        ),
    ),
    # from February 24 through (February) 25(, 2020): a range, not a bound
    (
        "range_md",
        re.compile(
            rf"(?<=\b[Ff]rom\s)(?P<month>{_MON})\s+(?P<day>{_DAY})\s+(?:to|through|till|until|and)\s+"
            rf"(?:(?P=month)\s+)?(?P<day_end>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?\b"
        ),
    ),
    (
        "range_dm",
        re.compile(
            rf"(?<=\b[Ff]rom\s)(?P<day>{_DAY})\s+(?:(?P<month0>{_MON})\s+)?(?:to|through|till|until)\s+(?P<day_end>{_DAY})"
            rf"\s+(?P<month>{_MON})(?:,?\s+(?P<year>{_YEAR}))?\b"
        ),
    ),
    # October 8-9, 2020
    (
        "range_md",
        re.compile(rf"\b(?P<month>{_MON})\s+(?P<day>{_DAY}){_DASH}(?P<day_end>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?\b"),
    ),
    # (Friday,) 26 May (2006); "the 21st [of December]", a transcript's editor supplying the month
    (
        "dm",
        re.compile(
            rf"\b(?:(?P<weekday>{_WD}),?\s+)?(?:the\s+)?(?P<day>{_DAY})\s+(?:\[\s*)?(?:of\s+)?(?P<month>{_MON})(?:\s*\])?(?:,?\s+(?P<year>{_YEAR}))?\b"
        ),
    ),
    # (Friday,) May 26(, 2006)
    (
        "md",
        re.compile(
            rf"\b(?:(?P<weekday>{_WD}),?\s+)?(?P<month>{_MON})\s+(?P<day>{_DAY})(?!\s*(?:\d|%|percent|per cent|million|billion))(?:,?\s+(?P<year>{_YEAR}))?\b"
        ),
    ),
    # October 2004 / October of 2004
    ("month_year", re.compile(rf"\b(?P<month>{_MON}),?\s+(?:of\s+)?(?P<year>{_YEAR})\b")),
    # in April / early April / last April (a preposition is needed: "May" alone is a verb or a name)
    (
        "month",
        re.compile(
            rf"\b(?:in|In|during|During|since|Since|until|by|of|for|last|Last|this|This|next|Next|early|late|mid|end of|from|From)[\s-]+(?P<month>{_MON})(?!\s+{_DAY}\b)(?![\w-])"
        ),
    ),
    # in the autumn, this spring, next summer, in the spring of 2014: known to the year at best
    (
        "season",
        re.compile(
            r"\b(?:(?:in|during|by|In|During)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn)"
            r"|(?:in|during|In|During)\s+the\s+(?:(?:early|late)\s+)?(?P<season2>fall)"
            r"|(?P<which>this|last|next|This|Last|Next)\s+(?P<season3>spring|summer|autumn|fall))\b"
            rf"(?:\s+of\s+(?P<year>{_YEAR})\b)?"
        ),
    ),
    # last week, earlier this month, a week ago, yesterday, …
    (
        "relative",
        re.compile(
            r"\b(?P<rel>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow"
            r"|(?:earlier|later)\s+(?:this|that)\s+(?:week|month|year)|(?:earlier|later)\s+today"
            r"|(?:earlier|later)\s+(?:in|on)\s+the\s+day|(?:earlier|later)\s+that\s+(?:day|evening|morning)"
            r"|the\s+same\s+(?:day|evening|morning|night)"
            # a part of the day the story is telling: "In the second half of the day, …", "In the afternoon, …"
            r"|(?:in|during)\s+the\s+(?:(?:first|second)\s+half\s+of\s+the\s+day|morning|afternoon|evening)(?!\s+of\b)|(?<![\w,]\s)(?-i:T)hat\s+(?:evening|night|afternoon)(?!\s+(?:of|in|on)\b)"
            r"|(?:last|this|next|past)\s+(?:week|month|year|weekend)"
            r"|(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?|years?)\s+ago)\b",
            re.IGNORECASE | re.ASCII,
        ),
    ),
    # a day earlier, two days after the attack, the previous day, a week later: counted from another
    # date of the story, which the caller knows (``shift_of``); alone they resolve to nothing
    (
        "shift",
        re.compile(
            r"\b(?P<rel>(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+"
            r"(?:earlier|later|before|after|previously)|(?:the\s+)?(?:previous|next|following)\s+day"
            r"|the\s+day\s+(?:before|after)(?!\s+(?:yesterday|tomorrow)))\b",
            re.IGNORECASE | re.ASCII,
        ),
    ),
    # on Friday / last Friday / Friday's talks
    ("weekday", re.compile(rf"\b(?:(?P<which>last|this|next|Last|This|Next)\s+)?(?P<weekday>{_WD})(?:'s|’s)?\b")),
    # 2004 (not part of a number, an amount or a range of figures)
    ("year", re.compile(rf"(?<![\d.,$€£-])\b(?P<year>{_YEAR})\b(?!\s*(?:%|percent|per cent)|[.,]\d|-\d)")),
]

_GATES = {
    "numeric": (".",),
    "relative": (
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "earlier",
        "later",
        "same",
        "that evening",
        "that night",
        "that afternoon",
        "half of the day",
        "the morning",
        "the afternoon",
        "the evening",
        "last",
        "this",
        "next",
        "past",
        "ago",
    ),
    "shift": ("earlier", "later", "before", "after", "previous", "next", "following"),
    "season": ("spring", "summer", "autumn", "fall"),
    "weekday": ("day",),
}
_ANY_MONTH = re.compile(_MON)
_DIGIT = re.compile(r"\d")
_NEEDS_MONTH = {"range_dm", "range_md", "dm", "md", "month_year", "month"}
_NEEDS_DIGIT = {"iso", "numeric", "range_dm", "range_md", "dm", "md", "month_year", "year"}
_GATED = [
    (form, pattern, ("from",) if pattern.pattern.startswith("(?<=\\b[Ff]rom") else _GATES.get(form, ()))
    for form, pattern in _PATTERNS
]

# A word just before the expression that makes it a bound or a background fact, not an event date.
_BOUND = re.compile(
    r"(?:\b(?:since|until|till|untill|through|by|before|after|from|born|founded|established|as of|as early as|up to|"
    r"beginning from|starting from|as far back as|dating back to|till|to)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?|\()$",
    re.IGNORECASE | re.ASCII,
)


@dataclass(frozen=True)
class DateExpression:
    """A date expression as written. Offsets are into the text it was found in."""

    text: str
    start: int
    end: int
    form: str  # iso, numeric, range_dm, range_md, dm, md, month_year, month, relative, weekday, year
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None
    weekday: int | None = None
    which: str | None = None  # last / this / next for weekdays
    year_offset: int | None = None  # "in April last year": the year relative to the article's
    relative: str | None = None
    bound: str | None = None  # since / until / born …: not an event date

    @property
    def is_bound(self) -> bool:
        return self.bound is not None


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date
    precision: str  # day, week, month, year
    method: str  # explicit, reference, weekday, relative, inferred
    note: str
    date_end: dt.date | None = None


@dataclass(frozen=True)
class ReferenceDate:
    date: dt.date | None
    source: str  # manifest, header, dateline, inferred, unknown
    note: str
    span: tuple[int, int] | None = None  # header/dateline span in the text: not an event date
    # An undated article's latest year ("in 2012", "October 5, 2012"): the year of its month-and-day
    # dates that name none ("on October 4-5"), read with a note that says so.
    year_hint: int | None = None
    # The day a dateline shows, when the manifest's publication date is one to three days after it
    # (a paper printing on Thursday the wire story filed on Wednesday): the day its news is of.
    news_day: dt.date | None = None
    # The month of an undated page whose address gives its year and month ("/2018/10/slug").
    month_hint: int | None = None


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day(value: str) -> int:
    return int(re.match(r"\d+", value).group())


def find_date_expressions(text: str) -> list[DateExpression]:
    """Every date expression in ``text``, left to right, without overlaps."""
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    has_month = _ANY_MONTH.search(text) is not None
    has_digit = _DIGIT.search(text) is not None
    for form, pattern, gate in _GATED:
        if gate and not any(g in lower for g in gate):
            continue  # a pattern that cannot match without one of these words is not run
        if (form in _NEEDS_MONTH and not has_month) or (form in _NEEDS_DIGIT and not has_digit):
            continue
        for m in pattern.finditer(text):
            start, end = m.span("month") if form == "month" else m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            gd = m.groupdict()
            kwargs = {}
            if gd.get("year"):
                kwargs["year"] = int(gd["year"])
            if gd.get("month"):
                month = gd["month"]
                kwargs["month"] = int(month) if month.isdigit() else _month(month)
            if gd.get("day"):
                kwargs["day"] = _day(gd["day"])
            if gd.get("day_end"):
                kwargs["day_end"] = _day(gd["day_end"])
                if kwargs["day_end"] <= kwargs["day"]:
                    continue
            if gd.get("weekday"):
                kwargs["weekday"] = WEEKDAYS[gd["weekday"].lower()]
            if gd.get("which"):
                kwargs["which"] = gd["which"].lower()
            if gd.get("rel"):
                kwargs["relative"] = re.sub(r"\s+", " ", gd["rel"].lower())
            season = gd.get("season") or gd.get("season2") or gd.get("season3")
            if season:
                kwargs["relative"] = "autumn" if season.lower() == "fall" else season.lower()
            before = text[max(0, start - 30) : start]
            bound = None if form.startswith("range") else _BOUND.search(before)  # "from May 3 to 5" is a range
            expr = DateExpression(
                text=text[start:end],
                start=start,
                end=end,
                form=form,
                bound=bound.group().strip() if bound else None,
                **kwargs,
            )
            if form == "year" and not _plausible_year(text, start, end):
                continue
            found.append(expr)
            taken.append((start, end))
    if has_digit:
        # a misspelt month with its day ("17 Ocober 2004", "Feburary 3, 2010", "on Ocober 18 last year")
        for m in _TYPO_DATE.finditer(text):
            month = _misspelt_month(m.group("mon") or m.group("mon2"))
            clash = [x for x in found if m.start() < x.end and x.start < m.end()]
            if month and all(x.form == "year" for x in clash):
                day = int(m.group("day") or m.group("day2"))
                year = int(m.group("year") or m.group("year2") or 0) or None
                if _safe_date(year or 2000, month, day):
                    found = [x for x in found if x not in clash]
                    found.append(
                        DateExpression(
                            text=m.group(), start=m.start(), end=m.end(), form="dm", year=year, month=month, day=day
                        )
                    )
                    taken.append(m.span())
    if "victory" in lower:
        # Victory Day is May 9 (the parade and the celebrations Moscow hosts), a day and month like "May 9"
        for m in _VICTORY_DAY.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e in taken) and not (
                # (a parade held on another day says so: "the Victory Parade on June 24, 2020")
                "day" not in m.group().lower() and any(m.end() <= x.start <= m.end() + 12 for x in found)
            ):
                # (of the year the clause names before it: "in 2021 he was the only leader at the Victory Day parade")
                y = _YEAR_BEFORE_HOLIDAY.search(text, max(0, m.start() - 90), m.start())
                year = int(y.group("year")) if y else None
                found.append(
                    DateExpression(text=m.group(), start=m.start(), end=m.end(), form="md", year=year, month=5, day=9)
                )
    found.sort(key=lambda e: e.start)
    found = _today_named(text, found)
    return _with_relative_years(text, found)


_TODAY_THEN_WEEKDAY = re.compile(r"\s*(?:\(\s*|,\s*)$")


def _today_named(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """ "early today (Monday)", "today, Monday,": one day, the weekday telling which (a story filed
    across time zones: written on Sunday evening in Washington of Monday morning in Dushanbe)."""
    out: list[DateExpression] = []
    for e in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and e.form == "weekday"
            and e.which is None
            and prev.form == "relative"
            and prev.relative in {"today", "tonight"}
            and _TODAY_THEN_WEEKDAY.match(text[prev.end : e.start])
        ):
            end = e.end + 1 if text[e.end : e.end + 1] == ")" else e.end
            out[-1] = replace(prev, text=text[prev.start : end], end=end, weekday=e.weekday)
            continue
        out.append(e)
    return out


_TYPO_DATE = re.compile(
    rf"\b(?:(?P<day>[12]\d|3[01]|0?[1-9])\s+(?P<mon>[A-Z][a-z]{{3,9}})(?:\.?,?\s+(?P<year>{_YEAR}))?"
    rf"|(?P<mon2>[A-Z][a-z]{{3,9}})\.?\s+(?P<day2>[12]\d|3[01]|0?[1-9])(?:,?\s+(?P<year2>{_YEAR}))?)\b(?![.,]?\d)"
)
_FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"]  # fmt: skip


def edit_distance(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of neighbours that turn ``a`` into ``b``."""
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _misspelt_month(word: str) -> int | None:
    """A month name misspelt by one edit inside it (not a word that only adds a letter: Augusta)."""
    w = word.lower()
    if len(w) < 5 or w in MONTHS:
        return None
    hits = [
        i + 1
        for i, name in enumerate(_FULL_MONTHS)
        if len(name) >= 5
        and not w.startswith(name)
        and edit_distance(w, name) == 1
        # a short name only with two letters swapped ("Marhc"): one letter off is a word ("Match", "Marsh")
        and (len(name) >= 6 or sorted(w) == sorted(name))
    ]
    return hits[0] if len(hits) == 1 else None


_YEAR_BEFORE_HOLIDAY = re.compile(rf"\b(?:in\s+)?(?P<year>{_YEAR})\b(?![-–]|\s*(?:%|percent))[^.;!?\d]{{0,90}}$")
# (and its parade: "invited to attend the annual Victory Parade in Moscow")
_VICTORY_DAY = re.compile(
    r"\bVictory\s+(?:Day\b(?!\s+(?:in|of)\s+(?:Europe|Japan)\b)(?:\s+[Pp]arade\b)?|[Pp]arade\b)", re.IGNORECASE
)


_REL_YEAR = {"last": -1, "past": -1, "this": 0, "next": 1}
_MONTH_FORMS = {"month", "md", "dm", "range_md", "range_dm"}


def _with_relative_years(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """ "In April last year", "October 18 last year", "last year in April": one date, its year
    counted from the article's."""
    out: list[DateExpression] = []
    i = 0
    while i < len(found):
        e = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        rel = lambda x: x is not None and x.form == "relative" and (x.relative or "").endswith(" year")  # noqa: E731
        if (
            nxt
            and e.form in _MONTH_FORMS
            and e.year is None
            and rel(nxt)
            and re.fullmatch(r"\s*,?\s*", text[e.end : nxt.start])
        ):
            offset = _REL_YEAR.get(nxt.relative.split()[0])
            out.append(replace(e, text=text[e.start : nxt.end], end=nxt.end, year_offset=offset))
            i += 2
            continue
        if (
            nxt
            and rel(e)
            and nxt.form in _MONTH_FORMS
            and nxt.year is None
            and re.fullmatch(r"\s*,?\s*(?:in\s+|on\s+)?", text[e.end : nxt.start])
        ):
            offset = _REL_YEAR.get(e.relative.split()[0])
            out.append(replace(nxt, text=text[e.start : nxt.end], start=e.start, year_offset=offset))
            i += 2
            continue
        out.append(e)
        i += 1
    return out


def _plausible_year(text: str, start: int, end: int) -> bool:
    """A bare four-digit number is a year unless it is counted ("2000 troops", "1990-1994" bio ranges stay)."""
    after = text[end : end + 12]
    # (a word ending in s that is no plural noun follows a year: "in 2004 was the plan revived", "2010 has")
    return not re.match(
        r"\s+(?:troops|people|soldiers|officers|km|kilometers|tons|tonnes|men|units|seats"
        r"|(?!(?:was|is|has|as|its|his|this|thus|does|always|plus|perhaps|unless|whereas|across|besides|towards)\b)[a-z]+s\b)",
        after,
    )


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not (MIN_YEAR <= year <= MAX_YEAR):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _fmt(d: dt.date | None) -> str:
    return d.isoformat() if d else "an unknown date"


def _closest_year(month: int, day: int, reference: dt.date, tense: str | None, weekday: int | None) -> int | None:
    """The year of a month-day closest to the reference date, in the direction the tense says."""
    candidates = []
    # (February 29 may be four years away: look as far as that, the nearest years first)
    years = (
        range(reference.year - 4, reference.year + 5)
        if (month, day) == (2, 29)
        else range(reference.year - 1, reference.year + 2)
    )
    for year in years:
        d = _safe_date(year, month, day)
        if d is not None:
            candidates.append(d)
    if not candidates:
        return None
    if weekday is not None:
        matching = [d for d in candidates if d.weekday() == weekday and abs((d - reference).days) <= 200]
        if matching:
            return min(matching, key=lambda d: abs((d - reference).days)).year
    if tense == "future":
        # two days of slack: a report published (or reposted) a day after the wire it copies still
        # says "will visit on October 5"
        after = [d for d in candidates if d >= reference - dt.timedelta(days=2)]
        # (none: a February 29 still to come beyond 2100, which is no leap year; undated, not past)
        return min(after).year if after else None
    if tense == "past":
        # One day of slack: a dateline may carry the next day's date.
        before = [d for d in candidates if d <= reference + dt.timedelta(days=1)]
        return max(before).year if before else None
    return min(candidates, key=lambda d: abs((d - reference).days)).year


def resolve(
    expr: DateExpression, reference: dt.date | None, *, tense: str | None = None, year_hint: int | None = None
) -> ResolvedDate | None:
    """Normalise ``expr`` to a calendar date, or ``None`` when that would be a guess.

    ``tense`` ("past", "future" or None) picks the direction for expressions that name no year.
    ``year_hint``, for an undated article, is the year its month-and-day dates are read in.
    """
    ref_note = f"an article dated {reference.isoformat()}" if reference else "an undated article"
    quoted = f"'{expr.text}'"
    form = expr.form

    if form in {"iso", "numeric", "dm", "md", "range_dm", "range_md"}:
        year = expr.year
        method = "explicit"
        if year is None and expr.year_offset is not None and reference is not None:
            year, method = reference.year + expr.year_offset, "reference"
        if year is None and reference is None and year_hint is not None and expr.year_offset is None:
            d = _safe_date(year_hint, expr.month, expr.day)
            if d is None:
                return None
            end = _safe_date(year_hint, expr.month, expr.day_end) if expr.day_end else None
            note = f"from {quoted}; the article has no date, so the year is its assumed year ({year_hint}; a guess)"
            return ResolvedDate(d, "day", "text-year", note, end)
        if year is None:
            if reference is None:
                return None
            year = _closest_year(expr.month, expr.day, reference, tense, expr.weekday)
            if year is None:
                return None
            method = "reference"
        d = _safe_date(year, expr.month, expr.day)
        if d is None:
            return None
        end = _safe_date(year, expr.month, expr.day_end) if expr.day_end else None
        note = f"from {quoted}" if method == "explicit" else f"from {quoted} in {ref_note}"
        if expr.weekday is not None and d.weekday() != expr.weekday:
            note += f" (but {d.isoformat()} is a {calendar.day_name[d.weekday()]})"
        return ResolvedDate(d, "day", method, note, end)

    if form == "month_year":
        d = _safe_date(expr.year, expr.month, 1)
        return ResolvedDate(d, "month", "explicit", f"from {quoted} (month only)") if d else None

    if form == "year" or (form == "season" and expr.year):
        d = _safe_date(expr.year, 1, 1)
        return ResolvedDate(d, "year", "explicit", f"from {quoted} (year only)") if d else None

    if reference is None:
        return None

    if form == "season":
        first, last = _SEASONS[expr.relative]
        year = reference.year
        if expr.which == "next" or (expr.which is None and tense == "future"):
            year += 1 if reference.month > (first if expr.which == "next" else last) else 0
        elif expr.which == "last" or (expr.which is None and tense != "future"):
            year -= 1 if reference.month < (last + 1 if expr.which == "last" else first) else 0
        return ResolvedDate(
            dt.date(year, 1, 1), "year", "reference", f"from {quoted} in {ref_note}: {expr.relative} {year} (year only)"
        )

    if form == "month":
        month = expr.month
        year = reference.year
        if expr.year_offset is not None:
            year = reference.year + expr.year_offset
        elif tense == "future":
            if month < reference.month:
                year += 1
        elif month > reference.month:
            year -= 1
        return ResolvedDate(dt.date(year, month, 1), "month", "reference", f"from {quoted} in {ref_note} (month only)")

    if form == "weekday":
        delta_back = (reference.weekday() - expr.weekday) % 7
        delta_fwd = (expr.weekday - reference.weekday()) % 7
        if expr.which == "last":
            d = reference - dt.timedelta(days=delta_back or 7)
        elif expr.which == "next":
            d = reference + dt.timedelta(days=delta_fwd or 7)
        elif tense == "future":
            d = reference + dt.timedelta(days=delta_fwd)
        else:
            d = reference - dt.timedelta(days=delta_back)
        return ResolvedDate(d, "day", "weekday", f"from {quoted} in {ref_note}")

    if form == "relative":
        return _resolve_relative(expr, reference, quoted, ref_note)
    if form == "shift":
        # Counted from the article's date until the caller finds the date it counts from.
        shift = shift_of(expr)
        if shift is None:
            return None
        return ResolvedDate(reference + dt.timedelta(days=shift[0]), "day", "relative", f"from {quoted} in {ref_note}")
    return None


_PHRASE_STOP = {"in", "on", "at", "of", "to", "for", "with", "by", "from", "and", "was", "were", "had", "has", "is"}


def shift_of(expr: DateExpression, sentence: str = "") -> tuple[int, str | None, bool] | None:
    """For a "shift" expression: (days, the noun it counts from, whether a clause follows).

    "a day earlier" -> (-1, None, False); "two days after the attack" -> (2, "attack", False);
    "a week after Bortnikov held talks" -> (7, None, True): the contact of the clause that follows
    came that long before the one the sentence is about. ``sentence`` is the text the offsets of
    ``expr`` point into."""
    if expr.form != "shift":
        return None
    words = (expr.relative or "").split()
    if words[-1] == "day" and words[-2] in {"previous", "next", "following"}:
        return (-1 if words[-2] == "previous" else 1), None, False
    if words[:2] == ["the", "day"]:
        n, unit, direction = 1, "day", words[2]
    else:
        n = NUMBER_WORDS.get(words[0]) if not words[0].isdigit() else int(words[0])
        unit, direction = words[1], words[2]
    if n is None:
        return None
    days = n * (7 if unit.startswith("week") else 1) * (-1 if direction in {"earlier", "before", "previously"} else 1)
    noun, clause = None, False
    if direction in {"before", "after"}:
        m = re.match(r"\s+(?:the|his|her|their|its|this|that)\s+((?:[\w'’-]+\s*){1,4})", sentence[expr.end :])
        if m:
            phrase = []
            for word in m.group(1).split():
                if word.lower() in _PHRASE_STOP:
                    break
                phrase.append(word)
            noun = phrase[-1].lower().strip("'’") if phrase else None
        else:
            clause = True
    return days, noun, clause


def is_same_day(expr: DateExpression) -> bool:
    """ "Later in the day", "the same evening": the day of the events just reported, which the caller
    knows better; resolved alone they fall back on the reference date."""
    return expr.form == "relative" and bool(_SAME_DAY.match(expr.relative or ""))


_SAME_DAY = re.compile(
    r"(?:earlier|later) (?:in|on) the day|(?:earlier|later) that |the same |that (?:evening|night|afternoon)"
    r"|(?:in|during) the (?:first half|second half|morning|afternoon|evening)"
)


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}  # (winter straddles two years: not read)


def _resolve_relative(expr: DateExpression, reference: dt.date, quoted: str, ref_note: str) -> ResolvedDate | None:
    rel = expr.relative or ""
    note = f"from {quoted} in {ref_note}"
    if rel in {"today", "tonight", "earlier today", "later today"} or _SAME_DAY.match(rel):
        if expr.weekday is not None and reference.weekday() != expr.weekday:
            # "today (Monday)" in a story dated Sunday: the day the weekday names, one day off at most
            for shift in (1, -1):
                if (reference + dt.timedelta(days=shift)).weekday() == expr.weekday:
                    return ResolvedDate(reference + dt.timedelta(days=shift), "day", "relative", note)
        return ResolvedDate(reference, "day", "relative", note)
    if rel.endswith("ago") or rel in {"yesterday", "tomorrow"} or "day before" in rel or "day after" in rel:
        words = rel.split()
        if words[0] in NUMBER_WORDS and NUMBER_WORDS[words[0]] is None:
            return None
        parsed = shift_back(rel, reference)
        if parsed is None:
            return None
        unit = words[1] if rel.endswith("ago") else "day"
        precision = {"month": "month", "months": "month", "year": "year", "years": "year"}.get(unit, "day")
        if precision == "month":
            parsed = parsed.replace(day=1)
        elif precision == "year":
            parsed = parsed.replace(month=1, day=1)
        approx = " (approximate)" if unit.startswith("week") else ""
        return ResolvedDate(parsed, precision, "relative", note + approx)
    which, _, unit = rel.rpartition(" ")
    which = which.split()[-1] if which else ""
    if unit in {"week", "weekend"}:
        monday = reference - dt.timedelta(days=reference.weekday())
        shift = {"last": -7, "past": -7, "next": 7}.get(which, 0)
        start = monday + dt.timedelta(days=shift)
        return ResolvedDate(start, "week", "relative", note + " (week only)", start + dt.timedelta(days=6))
    if unit == "month":
        year, month = reference.year, reference.month
        if which in {"last", "past"}:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif which == "next":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return ResolvedDate(dt.date(year, month, 1), "month", "relative", note + " (month only)")
    if unit == "year":
        year = reference.year + {"last": -1, "past": -1, "next": 1}.get(which, 0)
        return ResolvedDate(dt.date(year, 1, 1), "year", "relative", note + " (year only)")
    return None


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_METHOD_RANK = {
    "explicit": 0, "reference": 0, "inferred": 0, "weekday": 1, "relative": 1, "text-year": 1, "lead": 2, "recent": 2,
}  # fmt: skip


def date_rank(precision: str, method: str, has_end: bool) -> tuple:
    """Which of an event's dates to trust most (smaller is better): the finer precision; a single
    day before a range that contains it ("a visit on April 8-9 … talks on Monday"); a date written
    out before one counted from the article's date ("on Thursday", "yesterday"); the article's own
    date (a lead that gives none) last."""
    return _PRECISION_RANK.get(precision, 9), has_end, _METHOD_RANK.get(method, 1)


def shift_back(phrase: str, reference: dt.date) -> dt.date | None:
    """ "yesterday", "the day after tomorrow", "three weeks ago", "2 months ago" (lower case, single
    spaces, as ``find_date_expressions`` gives them) as a date: what ``dateparser.parse`` returns for
    them relative to ``reference`` (tested against it), a hundred times faster."""
    if phrase == "yesterday":
        days = -1
    elif phrase == "tomorrow":
        days = 1
    elif phrase.endswith("day before yesterday"):
        days = -2
    elif phrase.endswith("day after tomorrow"):
        days = 2
    else:
        count, unit, _ = phrase.split()
        n = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
        if n is None:
            return None
        unit = unit.removesuffix("s")
        if unit in {"month", "year"}:
            months = reference.year * 12 + reference.month - 1 - (n if unit == "month" else 12 * n)
            year, month = divmod(months, 12)
            if not (MIN_YEAR <= year <= MAX_YEAR):
                return None
            return dt.date(year, month + 1, min(reference.day, calendar.monthrange(year, month + 1)[1]))
        days = -n * (7 if unit == "week" else 1)
    try:
        shifted = reference + dt.timedelta(days=days)
    except OverflowError:
        return None
    return shifted if MIN_YEAR <= shifted.year <= MAX_YEAR else None


# --- the article's own date -------------------------------------------------------------------

_HEADER = re.compile(r"^\s*(?:date|published|dated)\s*[:=]?\s*(?P<date>\d{4}-\d{2}-\d{2})\b", re.IGNORECASE | re.ASCII)
_HEADER_AT = re.compile(_HEADER.pattern.removeprefix("^"), re.IGNORECASE | re.ASCII)
# A dateline opens the first paragraph: the place in capitals, maybe the outlet, then the date.
_PLACE = r"(?P<place>[A-Z][A-Z.'’\- ]{1,40}?)"
_DATELINE = re.compile(
    rf"^\s*(?:(?:date|published)\s*[:=]?\s*\d{{4}}-\d{{2}}-\d{{2}}\s+)?"
    rf"{_PLACE}(?:\s*\([^)\n]{{1,40}}\))?(?:\s*,\s*(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?(?=\s*,))?\s*[,—–-]\s*"
    rf"(?:(?P<month>{_MON})\s+(?P<day>{_DAY})|(?P<day2>{_DAY})\s+(?P<month2>{_MON}))(?:,?\s+(?P<year>{_YEAR}))?(?=[.,:\s/—–(-])"
)
# "DUSHANBE, 08.05.2021 (NIAT Khovar) –": numeric, day first, as Khovar and other CIS outlets write it.
_DATELINE_NUMERIC = re.compile(
    rf"^\s*{_PLACE}\s*,\s*(?P<nday>0?[1-9]|[12]\d|3[01])[./](?P<nmonth>0?[1-9]|1[0-2])[./](?P<year>{_YEAR})\b"
)
# "16 October 2004 -- Russian President …", "Prague, 25 April 2003 (RFE/RL) -- …": a paragraph that
# opens with a whole date and a dash, the place (if any) written in lower case, as RFE/RL prints it.
_DATELINE_DATE_FIRST = re.compile(
    rf"^\s*(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)?\s*,\s*)?"
    rf"(?:(?P<day>{_DAY})\s+(?P<month>{_MON}),?|(?P<month2>{_MON})\s+(?P<day2>{_DAY}),)\s+(?P<year>{_YEAR})"
    rf"(?:\s*\([^)\n]{{1,40}}\))?\s*(?:--|—|–)\s"
)
# "MOSCOW (UrduPoint News / Sputnik - 16th May, 2022)": the date inside the parentheses.
_DATELINE_PAREN = re.compile(rf"^\s*{_PLACE}\s*\((?P<inner>[^)\n]{{3,80}})\)")
# A line of its own that is a date, maybe with a weekday, a time, a time zone, a label, an outlet or a
# byline (Kremlin readouts, government sites, wire pages, many web pages): "October 9, 2019, 13:30,
# Dushanbe", "09.10.2019 13:30", "Published: 9 Oct 2019", "15 June 2019 04:55 (UTC+04:00)", "Xinhua,
# September 15, 2015", "Tue Nov 21 2023", "04/27/2021", "2017-06-29 20:40 | www.trend.az".
_LINE_MON = (
    r"(?P<mon>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?"
)
_LINE_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_LINE_DATE = re.compile(
    rf"(?<![\w/.-])(?:{_LINE_MON}[ \t]+{_LINE_DAY},?[ \t]+(?P<year>{_YEAR})"
    rf"|{_LINE_DAY.replace('day>', 'day2>')}[ \t]+{_LINE_MON.replace('mon>', 'mon2>')},?[ \t]+(?P<year2>{_YEAR}|\d\d)"
    rf"|(?P<iy>{_YEAR})(?P<isep>[-./ ])(?P<im>0?[1-9]|1[0-2])(?P=isep)(?P<id>[12]\d|3[01]|0?[1-9])"
    rf"|(?P<nd>[12]\d|3[01]|0?[1-9])(?P<nsep>[-. ])(?P<nm>0?[1-9]|1[0-2])(?P=nsep)(?P<ny>{_YEAR})"
    rf"|(?P<sa>\d\d?)/(?P<sb>\d\d?)/(?P<sy>{_YEAR}))(?![\w/-]|\.\d)"
)
# what a date line holds besides its date
_LINE_LABELS = frozenset(
    [
        "published",
        "posted",
        "updated",
        "date",
        "dated",
        "last",
        "modified",
        "created",
        "on",
        "at",
        "in",
        "by",
        "am",
        "pm",
        "a",
        "m",
        "p",
    ]
)
_LINE_WEEKDAYS = frozenset(WEEKDAYS) | {w[:3] for w in WEEKDAYS} | {"tues", "thur", "thurs"}
_LINE_BEFORE = frozenset(
    ["on", "in", "from", "since", "until", "till", "by", "before", "after", "to", "for", "of", "at"]
)
_WEB_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|ru|tj|az|uz|kz|kg|info|news)\b"
)
_LINE_WORD = re.compile(r"[^\W\d_]+")


def _line_date(match: re.Match) -> dt.date | None:
    g = match.groupdict()
    if g["mon"]:
        return _safe_date(int(g["year"]), _month(g["mon"]), int(g["day"]))
    if g["mon2"]:
        year = int(g["year2"])
        if year < 100:  # "16 Oct 04": a two-digit year is of this century
            year += 2000
        return _safe_date(year, _month(g["mon2"]), int(g["day2"]))
    if g["iy"]:
        return _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["nd"]:
        return _safe_date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
    a, b = int(g["sa"]), int(g["sb"])
    if a > 12 >= b or a == b:
        return _safe_date(int(g["sy"]), b, a)
    if b > 12 >= a:  # "04/27/2021": month first, as American pages write it
        return _safe_date(int(g["sy"]), a, b)
    # "03/05/2021": day or month first cannot be told, unless the line names the weekday of one of them
    words = {w.lower() for w in _LINE_WORD.findall(match.string)}
    weekdays = {n for name, n in WEEKDAYS.items() if name in words or name[:3] in words}
    fits = [
        d for d in (_safe_date(int(g["sy"]), b, a), _safe_date(int(g["sy"]), a, b)) if d and d.weekday() in weekdays
    ]
    return fits[0] if len(fits) == 1 else None


def date_line_date(line: str) -> dt.date | None:
    """The date of a line that holds only a date and what pages print beside one: a weekday, a time
    and its zone, a label ("Published:", "Updated on"), an outlet, a byline or a short headline in
    capitals, a web address, separators. None for a line that says anything else ("On 31 August 2023,
    the ministers met"), for a date after a preposition ("Putin To Visit Dushanbe On October 9, 2025")
    and for a two-digit year unless the month is a word."""
    for segment in re.split(r"\s[|·]\s", line):
        m = _LINE_DATE.search(segment)
        if m is None:
            continue
        rest = _WEB_ADDRESS.sub(" ", segment[: m.start()] + " " + segment[m.end() :])
        before = _LINE_WORD.findall(_WEB_ADDRESS.sub(" ", segment[: m.start()]))
        if before and before[-1].lower() in _LINE_BEFORE and any(w.lower() not in _LINE_LABELS for w in before):
            continue
        capitalised = 0
        for word in _LINE_WORD.findall(rest):
            low = word.lower()
            if low in _LINE_LABELS or low in _LINE_WEEKDAYS or not word.isascii():
                continue
            if not word[0].isupper():
                break  # a sentence, not a date line
            capitalised += 1
        else:
            if capitalised <= 6:
                d = _line_date(m)
                if d is not None:
                    return d
    return None


HEAD_CHARS = 600  # where an article's own date is looked for
HEAD_LINES = 6


def _full_date(text: str) -> tuple[dt.date | None, DateExpression | None]:
    """The first complete date (day, month and year) written in ``text``."""
    for e in find_date_expressions(text):
        if e.year and e.month and e.day and e.form in {"iso", "numeric", "dm", "md", "range_dm", "range_md"}:
            return _safe_date(e.year, e.month, e.day), e
    return None, None


@dataclass(frozen=True)
class _Found:
    kind: str  # dateline, date line
    span: tuple[int, int]
    text: str
    month: int
    day: int
    year: int | None


def _find_dateline(head: str) -> _Found | None:
    """The dateline at the top of the article, or on the line after a headline.

    Wire copy often opens with a headline line (short, no final full stop) and puts the
    dateline at the start of the first paragraph.
    """
    starts = [0]
    # (web copies stack a headline, a subheading and a time line above it: up to four short lines
    # without a final full stop)
    for line in re.finditer(r"[^\n]*\n", head):
        body = line.group().strip()
        if len(starts) > 4 or len(body) > 160 or body.endswith((".", "!", "?")):
            break
        if body:
            starts.append(line.end())
    for shift in starts:
        chunk = head[shift:]
        m = _DATELINE_NUMERIC.match(chunk)
        if m and _safe_date(int(m.group("year")), int(m.group("nmonth")), int(m.group("nday"))):
            return _Found(
                "dateline", (m.start() + shift, m.end() + shift), m.group().strip(),
                int(m.group("nmonth")), int(m.group("nday")), int(m.group("year")),
            )  # fmt: skip
        m = _DATELINE.match(chunk)
        if m:
            month = _month(m.group("month") or m.group("month2"))
            day = _day(m.group("day") or m.group("day2"))
            year = int(m.group("year")) if m.group("year") else None
            return _Found("dateline", (m.start() + shift, m.end() + shift), m.group().strip(), month, day, year)
        found = _date_first_dateline(chunk, shift)
        if found is not None:
            return found
        m = _DATELINE_PAREN.match(chunk)
        if m:
            d, _ = _full_date(m.group("inner"))
            if d is not None:
                return _Found(
                    "dateline", (m.start() + shift, m.end() + shift), m.group().strip(), d.month, d.day, d.year
                )
    # a paragraph that opens with a whole date and a dash is the story's dateline wherever it stands in the
    # head, under a headline and a summary that ends in a full stop ("… both say each side has something to
    # gain.\nPrague, 25 April 2003 (RFE/RL) -- …")
    for line in re.finditer(r"(?m)^(?=[^\n]*\d{4})", head):
        if line.start() not in starts:
            found = _date_first_dateline(head[line.start() :], line.start())
            if found is not None:
                return found
    return None


def _date_first_dateline(chunk: str, shift: int) -> _Found | None:
    """A dateline that opens ``chunk`` with a whole date and a dash ("16 October 2004 --"), its span
    shifted by ``shift`` (where ``chunk`` starts in the head)."""
    m = _DATELINE_DATE_FIRST.match(chunk)
    if m is None:
        return None
    month = _month(m.group("month") or m.group("month2"))
    day, year = _day(m.group("day") or m.group("day2")), int(m.group("year"))
    if _safe_date(year, month, day) is None:
        return None
    return _Found("dateline", (m.start() + shift, m.end() + shift), m.group().strip(), month, day, year)


def _find_date_line(head: str) -> _Found | None:
    """A line of its own among the first few that holds only a date (and a time, a label, an outlet)."""
    offset = 0
    for n, line in enumerate(head.split("\n")):
        if n >= HEAD_LINES + 4:
            break
        if len(line) <= 120 and _DIGIT.search(line):  # a date line is short and has the year's digits
            d = date_line_date(line)
            if d is not None:
                return _Found("date line", (offset, offset + len(line)), line.strip(), d.month, d.day, d.year)
        offset += len(line) + 1
    return None


_YEAR_IN_TEXT = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
# a year a plan or a term runs to is no year of the news: "the lease until 2042", "a programme for
# 2021-2025", "by 2030"
# (and when a term still running ends: "the lease expires in 2014")
_HORIZON = re.compile(
    r"(?:\b(?:until|till|through|by|to|before|up\s+to|for|(?:expires|expiring|runs\s+out|ends)\s+in)\s+"
    r"(?:the\s+(?:end|beginning|start|middle|summer|spring|autumn|fall|winter)\s+of\s+)?|[-–—]\s*)$",
    re.I,
)


# a year told in the future tense is later than the news: "the exercise that will be held in 2019"
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|to\s+be\s+held|planned|scheduled|due|upcoming|next|expected)\b[^.;!?]*$", re.I
)


def latest_year(text: str, *, limit: int = 200_000) -> int | None:
    """The latest plausible year (1980–2049) an undated article names as a time something happened
    (not the year a plan runs to, nor one told in the future tense), or None."""
    years = [
        int(m.group())
        for m in _YEAR_IN_TEXT.finditer(text, 0, limit)
        if not _HORIZON.search(text, max(0, m.start() - 20), m.start())
        and not _FUTURE_BEFORE.search(text, max(0, m.start() - 90), m.start())
    ]
    return max(years) if years else None


def weekday_year(text: str, near: int | None, *, limit: int = 200_000) -> int | None:
    """The year, nearest to ``near`` (the latest year an undated article names), in which every
    month-day it names with a weekday ("on Friday, September 28") falls on that weekday; None when
    no year from two before to six after fits, or the text names no such date."""
    if near is None:
        return None
    named = [
        e
        for e in find_date_expressions(text[:limit])
        if e.weekday is not None and e.day and e.month and e.year is None and e.year_offset is None
    ]
    if not named:
        return None
    this_year = dt.date.today().year
    for year in sorted(range(near - 2, min(near + 6, this_year) + 1), key=lambda y: (abs(y - near), y < near)):
        days = [_safe_date(year, e.month, e.day) for e in named]
        if all(d is not None and d.weekday() == e.weekday for d, e in zip(days, named, strict=True)):
            return year
    return None


def precision_span(day: dt.date, precision: str, end: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """First and last day a date known at ``precision`` may stand for: the whole year or month, the
    week (or its range), the day (or its range)."""
    if precision == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if precision == "month":
        return dt.date(day.year, day.month, 1), dt.date(
            day.year, day.month, calendar.monthrange(day.year, day.month)[1]
        )
    if precision == "week":
        return day, end or day + dt.timedelta(days=6)
    return day, end or day


# A news page's address often carries its publication date: ".../2018/10/23/slug", ".../20110707/slug",
# ".../2024-05-02-slug"; or only its year and month: "thediplomat.com/2024/05/slug".
_URL_DAY = re.compile(
    r"/(?P<y>(?:19|20)\d\d)(?:/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    r"|-(?P<m2>0[1-9]|1[0-2])-(?P<d2>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)|(?P<m3>0[1-9]|1[0-2])(?P<d3>0[1-9]|[12]\d|3[01])(?=[/_.-]|$))"
)
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])(?=/)")


def url_date(url: str) -> tuple[dt.date | None, int | None, int | None]:
    """(day, year, month): the publication day a page's address gives, else the year and month it
    gives, else Nones. Only the path is read (not the host, nor a query's numbers)."""
    m = re.match(r"(?i)^https?://[^/?#]+(?P<path>/[^?#]*)", url or "")
    if not m:
        return None, None, None
    path = m.group("path")
    for found in _URL_DAY.finditer(path):
        month = found.group("m") or found.group("m2") or found.group("m3")
        day = found.group("d") or found.group("d2") or found.group("d3")
        d = _safe_date(int(found.group("y")), int(month), int(day))
        if d is not None and d <= dt.date.today():
            return d, d.year, d.month
    month = _URL_MONTH.search(path)
    if month and MIN_YEAR <= int(month.group("y")) <= dt.date.today().year:
        return None, int(month.group("y")), int(month.group("m"))
    return None, None, None


def _dateline_day_before(dateline: _Found, shown: dt.date | None) -> dt.date | None:
    """A yearless dateline's day in the year of a date the page shows (or the year before, across a
    new year), when it falls within the week up to that date: the day the story was filed."""
    if shown is None:
        return None
    for year in (shown.year, shown.year - 1):
        d = _safe_date(year, dateline.month, dateline.day)
        if d and 0 <= (shown - d).days <= 7:
            return d
    return None


def find_reference_date(text: str, *, manifest_date: dt.date | None = None, url: str = "") -> ReferenceDate:
    """The article's reference date: manifest > header line > dateline (+ year) > a date line of
    its own near the top > the page address's date > unknown (with the page address's year, if it
    gives one, as the year of the article's dates).

    The span of a header, dateline or date line is returned so that its date is never taken for
    an event's.
    """
    head = text[:HEAD_CHARS]
    header = _HEADER.match(head)
    dateline = _find_dateline(head)
    if header is None and dateline is not None:
        header = _HEADER_AT.match(head, dateline.span[0])  # "date 2015-09-15 DUSHANBE, …" under a headline
    date_line = _find_date_line(head) if not header else None
    span = None
    if dateline:
        span = dateline.span
    elif header:
        span = header.span()
    elif date_line:
        span = date_line.span

    if manifest_date is not None:
        note = f"publication date {manifest_date.isoformat()} from the manifest"
        shown = dateline or date_line
        news_day = None
        if shown:
            d = _safe_date(shown.year or manifest_date.year, shown.month, shown.day)
            if d is not None and d != manifest_date:
                note += f" ({shown.kind} says {shown.text})"
                if shown.kind == "dateline" and 1 <= (manifest_date - d).days <= 3:
                    news_day = d
        return ReferenceDate(manifest_date, "manifest", note, span, news_day=news_day)

    if header:
        d = dt.date.fromisoformat(header.group("date")) if _valid_iso(header.group("date")) else None
        if d is not None:
            return ReferenceDate(d, "header", f"date line '{header.group().strip()}' at the top of the article", span)

    if dateline and dateline.year:
        d = _safe_date(dateline.year, dateline.month, dateline.day)
        if d:
            return ReferenceDate(d, "dateline", f"dateline '{dateline.text}'", span)
    if date_line:
        d = _safe_date(date_line.year, date_line.month, date_line.day)
        if d and (not dateline or (d.month, d.day) == (dateline.month, dateline.day)):
            return ReferenceDate(d, "dateline", f"date line '{date_line.text}' under the headline", span)
    if dateline and date_line:
        # "Published: Thursday, 29 July, 2021" above "DUSHANBE, July 28: …": the dateline's day of the
        # page's year (the page went up a day or a few after the story was filed)
        d = _dateline_day_before(dateline, _safe_date(date_line.year, date_line.month, date_line.day))
        if d is not None:
            note = f"dateline '{dateline.text}', year {d.year} from the date line '{date_line.text}'"
            return ReferenceDate(d, "dateline", note, span)
    day, url_year, url_month = url_date(url)
    if day is not None and dateline:
        # "DUSHANBE, May 29" on a page whose address says 2006/05/30: the dateline's day of that year
        d = _dateline_day_before(dateline, day)
        if d is not None:
            return ReferenceDate(
                d, "dateline", f"dateline '{dateline.text}', year {d.year} from the page address", span
            )
    if day is not None:
        return ReferenceDate(day, "url", f"publication date {day.isoformat()} from the page address", span)
    if dateline:
        year, why = infer_year(text, dateline.month, dateline.day)
        if year is not None:
            d = _safe_date(year, dateline.month, dateline.day)
            if d is not None:
                return ReferenceDate(d, "inferred", f"dateline '{dateline.text}', year {year} inferred: {why}", span)
        # Wire copy reprinted without its date ("MINSK, October 17. /TASS/."): the news is of the
        # latest year the report names, at best a guess, checked against the people it dates (events)
        year = latest_year(text)
        d = _safe_date(year, dateline.month, dateline.day) if year else None
        if d is not None:
            note = f"dateline '{dateline.text}' has no year: {year}, the latest year the text names, is assumed"
            weekday = _lead_weekday(text, dateline.span[1])
            if weekday is not None and d.weekday() not in (weekday, (weekday + 1) % 7):
                # wire copy names the dateline's day, or the day before it, by its weekday ("DUSHANBE, June
                # 5. /TASS/. … reported on Monday"): a year in which the dateline's day is neither that
                # weekday nor the day after it is not the story's; the first year from the latest one named
                # in which that day is that weekday is
                later = next(
                    (
                        y
                        for y in range(year + 1, min(year + 7, dt.date.today().year + 1))
                        if (c := _safe_date(y, dateline.month, dateline.day)) and c.weekday() == weekday
                    ),
                    None,
                )
                if later is not None:
                    year, d = later, _safe_date(later, dateline.month, dateline.day)
                    note = (
                        f"dateline '{dateline.text}' has no year: {year}, the first year from the latest one the "
                        f"text names in which it falls on the weekday its lead names, is assumed"
                    )
            return ReferenceDate(d, "inferred", note, span, year_hint=year)
        return ReferenceDate(
            None, "unknown", f"dateline '{dateline.text}' has no year and none could be inferred", span
        )
    if url_year is not None:
        note = (
            f"no manifest date, header line, dateline or date line; the page address is of {url_year}-{url_month:02d}"
        )
        return ReferenceDate(None, "unknown", note, None, year_hint=url_year, month_hint=url_month)
    return ReferenceDate(None, "unknown", "no manifest date, header line, dateline or date line", None)


_BARE_WEEKDAY = re.compile(rf"\b(?:on|this|last)?\s*(?P<wd>{_WD})\b(?!\s*,?\s*(?:{_MON}|{_DAY}\b))")


def _lead_weekday(text: str, start: int) -> int | None:
    """The weekday the paragraph of a dateline names on its own ("on Monday", not "Monday, June 5"),
    if it names one weekday only."""
    end = text.find("\n", start)
    days = {WEEKDAYS[m.group("wd").lower()] for m in _BARE_WEEKDAY.finditer(text, start, end if end > 0 else len(text))}
    return days.pop() if len(days) == 1 else None


def _valid_iso(value: str) -> bool:
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return MIN_YEAR <= d.year <= MAX_YEAR


def infer_year(text: str, month: int, day: int, *, today: dt.date | None = None) -> tuple[int | None, str]:
    """Infer the year of an article whose dateline gives only month and day.

    Needs a weekday named with a month-day in the text ("On Friday May 26"): the year must make
    that weekday right. Years written as past in the text ("in October 2004") are a lower bound;
    future bounds ("until 2042") are ignored. Picks the earliest year that fits, never later
    than today. Returns (None, reason) when the text does not allow it.
    """
    today = today or dt.date.today()
    exprs = find_date_expressions(text)
    weekday_constraints = [e for e in exprs if e.weekday is not None and e.day and e.month and e.year is None]
    lower = max(
        (
            e.year
            for e in exprs
            if e.year and not (e.bound and e.bound.lower().startswith(("until", "till", "by", "to", "up")))
        ),
        default=None,
    )
    if not weekday_constraints:
        return None, "no weekday named with a date"
    if lower is None:
        return None, "no year mentioned to bound the search"
    for year in range(lower, today.year + 1):
        ok = True
        for e in weekday_constraints:
            # A month after the dateline's month belongs to the previous year.
            y = year - 1 if e.month > month + 1 else year
            d = _safe_date(y, e.month, e.day)
            if d is None or d.weekday() != e.weekday:
                ok = False
                break
        if ok and _safe_date(year, month, day):
            names = ", ".join(f"'{e.text}'" for e in weekday_constraints)
            return year, f"first year from {lower} (latest year mentioned) in which {names} falls on that weekday"
    return None, "no year fits the weekdays named"


def shift_expression(expr: DateExpression, offset: int) -> DateExpression:
    """The same expression with offsets moved by ``offset`` (sentence → article body)."""
    return replace(expr, start=expr.start + offset, end=expr.end + offset)
