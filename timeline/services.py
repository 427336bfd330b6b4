"""Events out: the only module of ``timeline`` that writes events to the database.

- ``load_gazetteer()``: the extractor's gazetteer, built from the database (seeded from code).
- ``store_events(article, passages, extraction)``: replace one article's mentions, attaching each
  extracted event to the stored Event it reports (same meeting from another article) or a new one.
- ``refresh_event(event)`` / ``refresh_events(events)``: recompute events' fields from all their
  mentions, leaving the fields an editor curated alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Article, Passage
from config.bulk import adapt_date, adapt_json, insert_rows

from .extraction import gazetteer_data
from .extraction.dates import date_rank
from .extraction.events import KIND_PRIORITY, ExtractedEvent, Extraction, dates_compatible, event_title
from .extraction.gazetteer import DEFAULT_TOPICS, Gazetteer, PersonEntry, PlaceEntry, default_people, default_places
from .models import Event, Mention, Person, Place, Precision, Status, Topic

_gazetteer_cache: dict[tuple, Gazetteer] = {}


def ensure_defaults() -> None:
    """Create the default people, places and topics that are missing. Never overwrites edits."""
    if not Topic.objects.exists():
        Topic.objects.bulk_create(
            [
                Topic(slug=slug, name=name, colour=colour, keywords=kws)
                for slug, (name, colour, kws) in DEFAULT_TOPICS.items()
            ],
            ignore_conflicts=True,
        )
    people = default_people()
    if Person.objects.count() < len(people):
        have = set(Person.objects.values_list("name", flat=True))
        Person.objects.bulk_create(
            [
                Person(name=p.name, aliases=list(p.aliases), country=p.country, role=p.role)
                for p in people
                if p.name not in have
            ],
            ignore_conflicts=True,
        )
    places = default_places()
    if Place.objects.count() < len(places):
        have = set(Place.objects.values_list("name", flat=True))
        Place.objects.bulk_create(
            [Place(name=p.name, country=p.country) for p in places if p.name not in have], ignore_conflicts=True
        )


def load_gazetteer() -> Gazetteer:
    """The gazetteer as stored (editors may add aliases and keywords); offices come from code."""
    ensure_defaults()
    reset_caches()
    people_rows = list(Person.objects.order_by("pk").values_list("name", "aliases", "country", "role"))
    topic_rows = list(Topic.objects.order_by("slug").values_list("slug", "keywords"))
    place_rows = list(Place.objects.order_by("pk").values_list("name", "country"))
    key = (repr(people_rows), repr(topic_rows), repr(place_rows))
    cached = _gazetteer_cache.get(key)
    if cached is not None:
        return cached
    offices = {p.name: p.offices for p in default_people()}
    place_aliases = {p.name: p.aliases for p in default_places()}
    gaz = Gazetteer(
        people=[
            PersonEntry(name=n, country=c, role=r, aliases=tuple(a or ()), offices=offices.get(n, ()))
            for n, a, c, r in people_rows
        ],
        places=[PlaceEntry(name=n, country=c, aliases=place_aliases.get(n, ())) for n, c in place_rows],
        topics={slug: list(kws or []) for slug, kws in topic_rows},
        ambiguous=set(gazetteer_data.AMBIGUOUS_SURNAMES),
    )
    _gazetteer_cache.clear()
    _gazetteer_cache[key] = gaz
    return gaz


class Detached(set):
    """Ids of the events an article's mentions belonged to, keyed by sentence text: ``previous``
    {quote: event id} for every mention, ``pins`` for the ones an editor placed by hand."""

    def __init__(self, ids=(), previous=None, pins=None):
        super().__init__(ids)
        self.previous = dict(previous or {})
        self.pins = dict(pins or {})


EVENTS_LOCK = 0x52555F544A  # "RU_TJ": one PostgreSQL advisory lock for attaching mentions to events


def lock_events() -> None:
    """Serialise event matching between concurrent ingestions (call inside a transaction).

    Two processes that each find no stored event for the same meeting would otherwise both
    create one. PostgreSQL: a transaction-level advisory lock. SQLite already serialises writers.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [EVENTS_LOCK])


def detach_mentions(article: Article) -> Detached:
    """Delete the article's mentions; returns the events they belonged to, by sentence."""
    rows = list(Mention.objects.filter(article=article).values_list("event_id", "quote", "pinned"))
    previous = {quote: event_id for event_id, quote, _ in rows}
    pins = {quote: event_id for event_id, quote, pinned in rows if pinned}
    Mention.objects.filter(article=article).delete()
    return Detached((r[0] for r in rows), previous, pins)


APPROXIMATE = {"relative", "weekday", "lead"}  # date resolutions that can land a day off


@dataclass
class Known:
    """What matching needs to know of an event, stored or about to be: ``key`` is its pk (or, for
    an event not created yet, a placeholder above every stored pk, in creation order)."""

    key: int
    date: dt.date | None
    precision: str
    kind: str
    names: set[str]
    relative: bool | None  # a mention's date is relative or a weekday (None: not read yet)
    sides: dict[str, str] = field(default_factory=dict)  # participant name -> country, where known


def _in_window(date: dt.date, precision: str, extracted: ExtractedEvent) -> bool:
    """Whether a stored date can be compatible with the extracted one (see ``dates_compatible``):
    within a week of it (a week-precision event contains the day), or a month- or year-precise
    date of its month or year. ``_batch_windows`` reads these from the database."""
    d = extracted.date
    if extracted.precision == "year":
        return date.year == d.year
    same_month = (date.year, date.month) == (d.year, d.month)
    if extracted.precision == "month":
        return same_month or (precision == "year" and date.year == d.year)
    return (
        abs((date - d).days) <= 7
        or (precision == "month" and same_month)
        or (precision == "year" and date.year == d.year)
    )


def best_match(
    extracted: ExtractedEvent, known, prefer=frozenset(), exclude=frozenset(), is_relative=lambda k: bool(k.relative)
) -> Known | None:
    """Pure: the event among ``known`` that reports the same contact as ``extracted``: same kind
    family, compatible date, a shared participant (or none on either side); the closest date wins,
    then the oldest event. ``prefer`` (the events the article reported before) win over others.
    ``is_relative(k)`` tells whether an event's date came from a relative expression (asked only
    when that decides: two day-precise dates one day apart)."""
    if extracted.date is None:
        return None
    names = {p.name for p in extracted.participants}
    call = extracted.kind == "call"
    best = None
    for event in known:
        if event.key in exclude or event.date is None or (event.kind == "call") != call:
            continue
        if not _in_window(event.date, event.precision, extracted):
            continue
        # One day of slack only where a date is relative ("a week ago", "on Friday"): reports
        # written on different days can land a day apart. Meetings on consecutive days stay apart.
        if not dates_compatible(event.date, event.precision, extracted.date, extracted.precision, 0) and not (
            dates_compatible(event.date, event.precision, extracted.date, extracted.precision, 1)
            and (extracted.date_method in APPROXIMATE or is_relative(event))
        ):
            continue
        if names and event.names and not (names & event.names):
            continue
        if _other_counterpart(extracted, event.sides):
            continue
        if not names and event.names:
            continue
        rank = (event.key not in prefer, abs((event.date - extracted.date).days), event.key)
        if best is None or rank < best[0]:
            best = (rank, event)
    return best[1] if best else None


def _other_counterpart(extracted: ExtractedEvent, sides: dict[str, str]) -> bool:
    """Whether two reports, each naming both countries' officials, name different officials of one
    country: Rahmon's talks with Putin and his meeting with Mishustin the same day are two contacts,
    however many reports share Rahmon."""
    ours: dict[str, set[str]] = {}
    for p in extracted.participants:
        ours.setdefault(p.country, set()).add(p.name)
    theirs: dict[str, set[str]] = {}
    for name, country in sides.items():
        theirs.setdefault(country, set()).add(name)
    if not ({"RU", "TJ"} <= ours.keys() and {"RU", "TJ"} <= theirs.keys()):
        return False
    return any(not (ours[c] & theirs[c]) for c in ("RU", "TJ"))


def known_rows(events):
    """What matching reads of candidate events; unordered, so that the date index is searched by
    range rather than walked whole for an ORDER BY (tests/test_explain_ingest.py)."""
    return events.order_by().values_list("pk", "date", "date_precision", "kind")


def _known_events(events) -> list[Known]:
    """``Known`` for a queryset of events: two queries (events, participants); whether a date is
    relative is left unknown (``stored_is_relative``)."""
    rows = list(known_rows(events))
    if not rows:
        return []
    people: dict[int, set[str]] = {}
    sides: dict[int, dict[str, str]] = {}
    for event_id, name, country in Event.participants.through.objects.filter(event__in=events).values_list(
        "event_id", "person__name", "person__country"
    ):
        people.setdefault(event_id, set()).add(name)
        sides.setdefault(event_id, {})[name] = country
    return [Known(pk, d, p, k, people.get(pk, set()), None, sides.get(pk, {})) for pk, d, p, k in rows]


def stored_is_relative(k: Known) -> bool:
    """Whether one of the event's mentions has an approximate date; read the first time it matters
    (two day-precise dates a day apart), which is seldom: an archive's events have many mentions."""
    if k.relative is None:
        k.relative = Mention.objects.filter(event_id=k.key, date_resolution__in=APPROXIMATE).exists()
    return k.relative


def _find_existing(extracted: ExtractedEvent, prefer: set[int], exclude: set[int] = frozenset()) -> Event | None:
    """A stored, dated event that reports the same contact (``best_match``).

    A few queries whatever the size of the database: candidates by date (indexed), their
    participants, and, when it decides, whether a date came from a relative expression.
    """
    if extracted.date is None:
        return None
    (window,) = _batch_windows([extracted])
    candidates = Event.objects.filter(window).exclude(pk__in=exclude)
    best = best_match(extracted, _known_events(candidates), prefer, exclude, stored_is_relative)
    return Event.objects.get(pk=best.key) if best else None


def store_events(
    article: Article, passages: list[Passage], extraction: Extraction, stale: set[int] | None = None
) -> None:
    """Create the article's mentions and attach them to events (see module docstring).

    A sentence an editor pinned to an event (merge, split) goes back to that event.
    """
    pins = dict(getattr(stale, "pins", {}) or {})
    previous = dict(getattr(stale, "previous", {}) or {})
    stale = set(stale or ())
    pinned_events = {e.pk: e for e in Event.objects.filter(pk__in=set(pins.values()))} if pins else {}
    previous_events = {e.pk: e for e in Event.objects.filter(pk__in=set(previous.values()))} if previous else {}
    by_index = {p.index: p for p in passages}
    touched: set[int] = set()
    fresh: set[int] = set()  # created here from their complete mentions: nothing to recompute
    for extracted in extraction.events:
        # The event these sentences reported before (re-extraction keeps ids, and editors' corrections
        # with them, even when a corrected date no longer matches what the text says) ...
        before = Counter(
            previous[m.quote] for m in extracted.mentions if m.quote in previous and m.quote not in pins
        ).most_common(1)
        event = previous_events.get(before[0][0]) if before else None
        if event is not None and event.pk in touched and extracted.date is not None and event.date != extracted.date:
            event = None  # already taken by another extracted event of this article
        # ... else a stored event that reports the same contact.
        # Never an event this article already reported in this run: extraction kept them apart on purpose.
        event = event or _find_existing(extracted, stale, exclude=touched)
        if event is None and extracted.date is None:
            event = Event.objects.filter(pk__in=stale - touched, date__isnull=True).order_by("pk").first()
        payload = _payload(extracted)
        created = False
        if event is None:
            # A contact no stored event reports: created whole from this article's sentences.
            own = [m for m in extracted.mentions if pins.get(m.quote) not in pinned_events]
            event = create_event([_row(m, payload, article) for m in own or extracted.mentions])
            created = bool(own) and len(own) == len(extracted.mentions)
        Mention.objects.bulk_create(
            [
                _new_mention(
                    article,
                    by_index[m.passage_index],
                    m,
                    payload,
                    event=pinned_events.get(pins.get(m.quote), event),
                    pinned=pins.get(m.quote) in pinned_events,
                )
                for m in extracted.mentions
            ],
            ignore_conflicts=True,
        )
        touched.add(event.pk)
        if created:
            fresh.add(event.pk)
    touched |= set(pinned_events)
    refresh_events(list(Event.objects.filter(pk__in=(touched | stale) - fresh)))


def _payload(extracted: ExtractedEvent) -> dict:
    """What a mention keeps of its extracted event (``Mention.extracted``; ``derive`` reads it)."""
    # officials found in the text, not in the gazetteer: stored as people for editors to check
    new_people = {p.name: [p.country, p.role] for p in extracted.participants if not p.known}
    return {
        "participants": [p.name for p in extracted.participants],
        "sides": {p.name: p.country for p in extracted.participants},
        **({"new_people": new_people} if new_people else {}),
        "countries": sorted(extracted.countries),
        "place": extracted.place.name if extracted.place else None,
        "place_country": extracted.place.country if extracted.place else None,
        "topics": sorted(extracted.topics),
        "topic_scores": extracted.topic_scores,
        "kind": extracted.kind,
        "status": extracted.status,
    }


def _row(m, payload: dict, article: Article) -> dict:
    """An extracted mention as ``derive`` takes a stored one (``_key``: where the database sorts it)."""
    return {
        "date": m.date, "date_end": m.date_end, "date_precision": m.precision, "date_resolution": m.date_resolution,
        "status": m.status, "extracted": payload, "article__published": article.published,
        "article": article.pk, "_key": _order_key(article.published, article.pk, m.start),
    }  # fmt: skip


def _new_mention(article, passage, m, payload, *, event=None, pinned=False) -> Mention:
    return Mention(
        event=event, pinned=pinned, article=article, passage=passage, start=m.start, end=m.end, quote=m.quote,
        date_text=m.date_text[:200], date_resolution=m.date_resolution, date_note=m.date_note[:400],
        date=m.date, date_end=m.date_end, date_precision=m.precision, kind=m.kind, status=m.status,
        extracted=payload,
    )  # fmt: skip


def _batch_windows(dated: list[ExtractedEvent], chunk: int = 150) -> list[Q]:
    """The dates ``_in_window`` accepts for many extracted events, as a few ORs of merged date
    ranges (a superset: ``best_match`` applies ``_in_window`` itself)."""
    days, months, years = [], [], []
    for e in dated:
        d = e.date
        year = (dt.date(d.year, 1, 1), dt.date(d.year, 12, 31))
        month = (d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1]))
        years.append(year)
        if e.precision == "year":
            days.append(year)
        elif e.precision == "month":
            days.append(month)
        else:
            days.append((d - dt.timedelta(days=7), d + dt.timedelta(days=7)))
            months.append(month)
    terms = [Q(date__range=r) for r in _merged(days)]
    terms += [Q(date_precision="month", date__range=r) for r in _merged(months)]
    terms += [Q(date_precision="year", date__range=r) for r in _merged(years)]
    out = []
    for i in range(0, len(terms), chunk):
        q = Q()
        for term in terms[i : i + chunk]:
            q |= term
        out.append(q)
    return out


def _merged(ranges: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    out: list[list[dt.date]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + dt.timedelta(days=1):
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


MENTION_FIELDS = [
    "event", "article", "passage", "start", "end", "quote", "date_text", "date_resolution", "date_note",
    "date", "date_end", "date_precision", "kind", "status", "extracted", "pinned",
]  # fmt: skip


@dataclass(eq=False)
class _Entry:
    """An event a batch reports: a stored one (``pk``) or one it will create; its mentions' rows
    (as ``derive`` takes them, with a ``_key`` to order them as the database would) and the
    mentions to insert (``MENTION_FIELDS`` but the event, values adapted for the database)."""

    known: Known
    pk: int | None
    rows: list[dict]
    curated: set[str]
    mentions: list[Mention]
    loaded: bool = True  # a stored event's own rows and curated fields are in

    def update(self) -> None:
        """What matching sees of the event once this article's mentions are in (as ``refresh_event``)."""
        self.rows.sort(key=lambda r: r["_key"])
        d = derive(self.rows)
        k = self.known
        if not {"date", "date_end", "date_precision"} & self.curated:
            k.date, k.precision = d.date, d.date_precision
        if "kind" not in self.curated and d.kind:
            k.kind = d.kind
        if "participants" not in self.curated:
            k.names = set(d.people)
            k.sides = {n: c for n, c in d.sides.items() if n in k.names}
        k.relative = any(r["date_resolution"] in APPROXIMATE for r in self.rows)


def _order_key(published: dt.date | None, article_id: int, start: int) -> tuple:
    """``ORDER BY article.published, article_id, start`` as this database sorts NULLs (SQLite
    first, PostgreSQL last)."""
    nulls_last = connection.vendor == "postgresql"
    return ((published is None) == nulls_last, published or dt.date.min, article_id, start)


def store_new_events(items: list[tuple[Article, dict[int, int], Extraction]]) -> None:
    """``store_events`` for a batch of new articles, each with its passages' ids by index (inside
    the caller's transaction, after ``lock_events``): the same matching and the same resulting
    events, in a few queries for the whole batch plus one each time a stored event it reported
    comes up again as a candidate.

    Articles are taken in order and each sees the events the ones before it reported: the
    batch's events are kept in memory (``Known``, indexed by month), then written with bulk inserts.
    """
    dated = [e for _, _, x in items for e in x.events if e.date is not None]
    index = _MonthIndex()
    for q in _batch_windows(dated) if dated else []:
        for k in _known_events(Event.objects.filter(q)):
            index.add(k)
    entries: dict[int, _Entry] = {}
    stale: dict[int, _Entry] = {}  # stored events reported again, their own mentions not read yet
    placeholder = 10**15  # above every stored pk: new events rank after stored ones, in creation order

    def candidates(extracted: ExtractedEvent) -> list[Known]:
        near = index.near(extracted)
        unread = {k.key: stale.pop(k.key) for k in near if k.key in stale}
        if not unread:
            return near
        _read_stored(unread)  # one query; then they move to where their new state puts them
        for entry in unread.values():
            index.discard(entry.known)
            entry.update()
            index.add(entry.known)
        return index.near(extracted)

    for article, passage_ids, extraction in items:
        touched: dict[int, _Entry] = {}
        for extracted in extraction.events:
            match = (
                best_match(extracted, candidates(extracted), exclude=touched.keys(), is_relative=stored_is_relative)
                if extracted.date
                else None
            )
            if match is None:
                placeholder += 1
                entry = _Entry(Known(placeholder, None, "unknown", extracted.kind, set(), False), None, [], set(), [])
            else:
                entry = entries.get(match.key) or _Entry(match, match.key, [], set(), [], loaded=False)
            entries[entry.known.key] = entry
            payload = _payload(extracted)
            stored_payload = adapt_json(Mention, "extracted", payload)
            for m in extracted.mentions:
                entry.rows.append(_row(m, payload, article))
                entry.mentions.append(
                    (article.pk, passage_ids[m.passage_index], m.start, m.end, m.quote, m.date_text[:200],
                     m.date_resolution, m.date_note[:400], adapt_date(m.date), adapt_date(m.date_end), m.precision,
                     m.kind, m.status, stored_payload, False)
                )  # fmt: skip
            touched[entry.known.key] = entry
        for entry in touched.values():
            if entry.loaded:
                index.discard(entry.known)
                entry.update()
                index.add(entry.known)
            else:
                # Its new date is its stored one or one of the rows added here (the best of them):
                # listed under each until a later article's candidates include it and it is read.
                stale[entry.pk] = entry
                for row in entry.rows:
                    if row["date"] is not None:
                        index.add(entry.known, row["date"], row["date_precision"])
    _write_entries(list(entries.values()))


def _read_stored(entries: dict[int, _Entry]) -> None:
    """Put the stored mentions and curated fields of these events into their entries (one query each)."""
    rows = _rows_by_event(entries)
    for pk, curated in Event.objects.filter(pk__in=entries).values_list("pk", "curated_fields"):
        entry = entries[pk]
        entry.rows[:0] = rows.get(pk, [])
        entry.curated = set(curated or [])
        entry.loaded = True


class _MonthIndex:
    """Events by (year, month), year-precision ones by year: ``near`` gives every event that
    ``_in_window`` can accept for an extracted event, and few others. An event may be listed
    under several dates (``add(k, date, precision)``) while its own is not known for sure."""

    def __init__(self):
        self.months: dict[tuple[int, int], dict[int, Known]] = {}
        self.years: dict[int, dict[int, Known]] = {}
        self.listed: dict[int, list[dict[int, Known]]] = {}

    def add(self, k: Known, date: dt.date | None = None, precision: str = "") -> None:
        date, precision = (date, precision) if date is not None else (k.date, k.precision)
        if date is None:
            return
        if precision == "year":
            bucket = self.years.setdefault(date.year, {})
        else:
            bucket = self.months.setdefault((date.year, date.month), {})
        bucket[k.key] = k
        self.listed.setdefault(k.key, []).append(bucket)

    def discard(self, k: Known) -> None:
        for bucket in self.listed.pop(k.key, []):
            bucket.pop(k.key, None)

    def near(self, extracted: ExtractedEvent) -> list[Known]:
        d = extracted.date
        if extracted.precision == "year":
            months = [(d.year, m) for m in range(1, 13)]
        elif extracted.precision == "month":
            months = [(d.year, d.month)]
        else:
            lo, hi = d - dt.timedelta(days=7), d + dt.timedelta(days=7)
            months = list(dict.fromkeys([(lo.year, lo.month), (d.year, d.month), (hi.year, hi.month)]))
        out = {k.key: k for ym in months for k in self.months.get(ym, {}).values()}
        out.update(self.years.get(d.year, {}))
        return list(out.values())


def _write_entries(entries: list[_Entry]) -> None:
    """Create the new events (bulk), insert every mention, recompute the stored events reported again."""
    stored = {e.pk for e in entries if e.pk is not None}
    new = [e for e in entries if e.pk is None]
    events = create_events([e.rows for e in new])
    for entry, event in zip(new, events, strict=True):
        entry.pk = event.pk
    insert_rows(Mention, MENTION_FIELDS, [(e.pk, *m) for e in entries for m in e.mentions], ignore_conflicts=True)
    refresh_events(
        list(Event.objects.filter(pk__in=stored)), {e.pk: e.rows for e in entries if e.pk in stored and e.loaded}
    )


_lookup: dict[str, dict] = {"person": {}, "topic": {}, "place": {}}


def reset_caches() -> None:
    """Forget cached people, topics and places (each ingestion run, each editor's action: editors
    may have renamed or deleted some since)."""
    for cache in _lookup.values():
        cache.clear()


def _cached(kind: str, model, field: str, keys) -> list:
    """Rows of ``model`` whose ``field`` is in ``keys``, in the order of ``keys``; one query for the missing."""
    cache = _lookup[kind]
    missing = [k for k in keys if k not in cache]
    if missing:
        for obj in model.objects.filter(**{f"{field}__in": missing}):
            cache[getattr(obj, field)] = obj
    return [cache[k] for k in keys if k in cache]


def _people(names: list[str], new: dict[str, list[str]] | None = None) -> list[Person]:
    """The stored people of these names; officials found in the text (``new``: name -> [country,
    role]) are created first, marked as not from the gazetteer."""
    found = _cached("person", Person, "name", names)
    missing = [n for n in names if n in (new or {}) and n not in _lookup["person"]]
    if missing:
        Person.objects.bulk_create(
            [Person(name=n, country=new[n][0], role=new[n][1][:200], from_gazetteer=False) for n in missing],
            ignore_conflicts=True,
        )
        found = _cached("person", Person, "name", names)
    return found


def _topics(slugs: set[str]) -> list[Topic]:
    return _cached("topic", Topic, "slug", sorted(slugs))


def _place(name: str, country: str) -> Place:
    cache = _lookup["place"]
    if name not in cache:
        cache[name], _ = Place.objects.get_or_create(name=name, defaults={"country": country or ""})
    return cache[name]


@dataclass
class Derived:
    """An event's fields as its mentions say (before editors' corrections)."""

    date: dt.date | None
    date_end: dt.date | None
    date_precision: str
    kind: str | None
    status: str
    place: tuple[str, str] | None  # (name, country)
    people: list[str]
    countries: set[str]
    topics: set[str]
    primary_topic: str | None
    new_people: dict[str, list[str]] = field(default_factory=dict)
    sides: dict[str, str] = field(default_factory=dict)  # participant name -> country


def derive(rows: list[dict]) -> Derived:
    """Pure: an event's fields from its mentions' rows (``date``, ``date_end``, ``date_precision``,
    ``date_resolution``, ``status``, ``extracted``, ``article__published``, and ``article``, its
    article's id, where known), in article order."""
    dated = [m for m in rows if m["date"] is not None]
    if dated:
        # Of two dates as fine, a report of the contact as held knows its day better than an
        # announcement of it ("will meet on December 21" … "met on Monday, December 22").
        # Two reports from different articles that it was held on one day are a written date's
        # equal, though each takes the day from its own article's date ("Putin met Rahmon in St
        # Petersburg", in two stories of December 22, against "will meet on December 21").
        reports: dict[dt.date, set] = {}
        for m in dated:
            if m["status"] == Status.HELD and m.get("article") is not None:
                reports.setdefault(m["date"], set()).add(m["article"])

        def rank(m):
            # (the article's own date for a lead that gives none still comes after a written date)
            r = date_rank(m["date_precision"], m["date_resolution"], m["date_end"] is not None)
            lead = m["date_resolution"] == "lead" and len(reports.get(m["date"], ())) < 2
            return r[:1] + (lead, m["status"] != Status.HELD) + r[1:]

        best = min(dated, key=rank)
        date, date_end, precision = best["date"], best["date_end"], best["date_precision"]
    else:
        date, date_end, precision = None, None, Precision.UNKNOWN
    payloads = [m["extracted"] or {} for m in rows]
    kinds = Counter(p.get("kind") for p in payloads if p.get("kind"))
    kind = min(kinds, key=lambda k: (-kinds[k], KIND_PRIORITY.index(k) if k in KIND_PRIORITY else 9)) if kinds else None
    held = any(
        m["status"] == Status.HELD
        and (m["article__published"] is None or m["date"] is None or m["date"] <= m["article__published"])
        for m in dated
    ) or any(p.get("status") == Status.HELD for p in payloads)
    status = Status.HELD if held else Status.PLANNED
    if date and date > dt.date.today():
        status = Status.PLANNED
    places = Counter(p.get("place") for p in payloads if p.get("place"))
    place = None
    if places:
        name = places.most_common(1)[0][0]
        place = (name, next((p.get("place_country") or "" for p in payloads if p.get("place") == name), ""))
    scores = Counter()
    for p in payloads:
        scores.update(p.get("topic_scores", {}))
    topics = {s for p in payloads for s in p.get("topics", [])}
    ranked = sorted(topics, key=lambda t: (-scores.get(t, 0), t))
    return Derived(
        date=date, date_end=date_end, date_precision=precision, kind=kind, status=status, place=place,
        people=list(dict.fromkeys(n for p in payloads for n in p.get("participants", []))),
        countries={c for p in payloads for c in p.get("countries", [])}, topics=topics,
        primary_topic=ranked[0] if ranked else None,
        new_people={n: v for p in payloads for n, v in (p.get("new_people") or {}).items()},
        sides={n: c for p in payloads for n, c in (p.get("sides") or {}).items()},
    )  # fmt: skip


def _title(kind, people: list[Person], place: Place | None, countries: set[str]) -> str:
    entries = [PersonEntry(name=p.name, country=p.country) for p in people]
    place_entry = PlaceEntry(place.name, place.country) if place else None
    return event_title(kind, entries, place_entry, countries)[:300]


def create_event(rows: list[dict]) -> Event:
    """A new event from its mentions' rows (as ``derive`` takes them)."""
    return create_events([rows])[0]


def create_events(rows_of_each: list[list[dict]]) -> list[Event]:
    """New events, one from each list of mentions' rows: one bulk INSERT and the links."""
    events, links = [], []
    for rows in rows_of_each:
        d = derive(rows)
        people = _people(d.people, d.new_people)
        topics = _topics(d.topics)
        place = _place(*d.place) if d.place else None
        kind = d.kind or "meeting"
        events.append(
            Event(
                title=_title(kind, people, place, d.countries), kind=kind, status=d.status, date=d.date,
                date_end=d.date_end, date_precision=d.date_precision, place=place,
                primary_topic=next((t for t in topics if t.slug == d.primary_topic), None),
            )
        )  # fmt: skip
        links.append((people, topics))
    Event.objects.bulk_create(events)
    pairs = list(zip(events, links, strict=True))
    insert_rows(Event.participants.through, ["event", "person"], [(e.pk, p.pk) for e, (ps, _) in pairs for p in ps])
    # bulk_create: a few multi-row INSERTs, so that PostgreSQL's statement triggers on topic links
    # (the event counts) run once a batch rather than once a row as with executemany
    through_t = Event.topics.through
    through_t.objects.bulk_create([through_t(event_id=e.pk, topic_id=t.pk) for e, (_, ts) in pairs for t in ts])
    return events


def _rows_by_event(ids) -> dict[int, list[dict]]:
    """{event id: its mentions' rows as ``derive`` takes them}, in article order, with ``_key``
    (that order, for sorting rows added in memory among them); one query per 500 events.

    Plain SQL: ingestion calls this for every stored event a batch reports again, and the ORM
    spent more time building the query than the database running it.
    """
    ids = list(ids)
    out: dict[int, list[dict]] = {}
    q = connection.ops.quote_name
    m, a = Mention._meta, Article._meta

    def col(meta, name: str) -> str:
        return q(meta.get_field(name).column)

    nulls_last = connection.vendor == "postgresql"  # as _order_key
    fields = ("date", "date_end", "date_precision", "date_resolution", "status", "extracted")
    select = ", ".join(f"m.{col(m, f)}" for f in ("event", "article", "start", *fields))
    for lo in range(0, len(ids), 500):
        chunk = ids[lo : lo + 500]
        sql = (
            f"SELECT {select}, a.{col(a, 'published')} FROM {q(m.db_table)} m "  # noqa: S608 - names from the models
            f"JOIN {q(a.db_table)} a ON a.{q(a.pk.column)} = m.{col(m, 'article')} "
            f"WHERE m.{col(m, 'event')} IN ({', '.join(['%s'] * len(chunk))}) "
            f"ORDER BY m.{col(m, 'event')}, a.{col(a, 'published')}, m.{col(m, 'article')}, m.{col(m, 'start')}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, chunk)
            for (
                event_id,
                article_id,
                start,
                date,
                date_end,
                precision,
                resolution,
                status,
                extracted,
                published,
            ) in cursor.fetchall():
                published = _as_date(published)
                key = ((published is None) == nulls_last, published or dt.date.min, article_id, start)
                row = {
                    "date": _as_date(date), "date_end": _as_date(date_end), "date_precision": precision,
                    "date_resolution": resolution, "status": status,
                    "extracted": _payload_of(extracted),
                    "article__published": published, "article": article_id, "_key": key,
                }  # fmt: skip
                out.setdefault(event_id, []).append(row)
    return out


@lru_cache(maxsize=50_000)
def _decoded(text: str) -> dict:
    return json.loads(text)


def _payload_of(value) -> dict:
    """A mention's ``extracted`` as read by a plain cursor (text on SQLite). The mentions of one
    extracted event share it, and an event's mentions are read each time it is reported again:
    decoded once (never modified: ``derive`` only reads it)."""
    if isinstance(value, bytes):
        value = value.decode()
    return _decoded(value) if isinstance(value, str) else value


def _as_date(value) -> dt.date | None:
    """A DATE column as read by a plain cursor: text on SQLite, a date on PostgreSQL."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def refresh_event(event: Event) -> Event | None:
    """Recompute an event from its mentions; delete it when no mention is left and nothing was curated."""
    return refresh_events([event])[0]


def refresh_events(events: list[Event], rows_of: dict[int, list[dict]] | None = None) -> list[Event | None]:
    """Recompute events from their mentions (``derive``), in a few queries for all of them.

    Curated fields are left as the editor set them. Writes only what changed (ingestion calls this
    for every stored event a batch of articles reports again, with ``rows_of`` the events whose
    mentions it holds already). An event left without mentions is deleted unless an editor
    curated it (``None`` in its place in the result).
    """
    if not events:
        return []
    ids = [e.pk for e in events]
    rows_of = dict(rows_of or {})  # the complete rows of some events, already in memory
    rows_of.update(_rows_by_event([pk for pk in ids if pk not in rows_of]))
    through_p, through_t = Event.participants.through, Event.topics.through
    people_of: dict[int, list[Person]] = {}
    topics_of: dict[int, set[int]] = {}
    for lo in range(0, len(ids), 500):
        for link in through_p.objects.filter(event_id__in=ids[lo : lo + 500]).select_related("person").order_by("pk"):
            people_of.setdefault(link.event_id, []).append(link.person)
        for event_id, topic_id in through_t.objects.filter(event_id__in=ids[lo : lo + 500]).values_list(
            "event_id", "topic_id"
        ):
            topics_of.setdefault(event_id, set()).add(topic_id)
    out: list[Event | None] = []
    gone, saved, new_people, new_topics = [], {}, {}, {}
    now = timezone.now()
    for event in events:
        rows = rows_of.get(event.pk, [])
        curated = set(event.curated_fields or [])
        if not rows:
            if not curated:
                gone.append(event.pk)
            out.append(event if curated else None)
            continue
        d = derive(rows)
        before = {
            f: getattr(event, f) for f in ("date", "date_end", "date_precision", "kind", "status", "place_id", "title")
        }
        if not {"date", "date_end", "date_precision"} & curated:
            event.date, event.date_end, event.date_precision = d.date, d.date_end, d.date_precision
        if "kind" not in curated and d.kind:
            event.kind = d.kind
        if "status" not in curated:
            event.status = d.status
        if "place" not in curated:
            event.place = _place(*d.place) if d.place else None
        people = _people(d.people, d.new_people)
        if "title" not in curated:
            shown = people_of.get(event.pk, []) if "participants" in curated else people
            event.title = _title(event.kind, shown, event.place, d.countries)
        changed = [f for f, v in before.items() if getattr(event, f) != v]
        if "participants" not in curated and {p.pk for p in people_of.get(event.pk, [])} != {p.pk for p in people}:
            new_people[event.pk] = people
        if "topics" not in curated:
            topics = _topics(d.topics)
            if topics_of.get(event.pk, set()) != {t.pk for t in topics}:
                new_topics[event.pk] = topics
            primary = next((t.pk for t in topics if t.slug == d.primary_topic), None)
            if event.primary_topic_id != primary:
                event.primary_topic_id = primary
                changed.append("primary_topic_id")
        if changed:
            event.updated_at = now
            saved.setdefault(tuple(f.removesuffix("_id") for f in changed), []).append(event)
        out.append(event)
    if gone:
        Event.objects.filter(pk__in=gone).delete()
    for fields, changed_events in saved.items():  # only what changed: an editor may be saving other fields
        Event.objects.bulk_update(changed_events, [*fields, "updated_at"])
    if new_people:
        through_p.objects.filter(event_id__in=list(new_people)).delete()
        through_p.objects.bulk_create(
            [through_p(event_id=eid, person_id=p.pk) for eid, ps in new_people.items() for p in ps]
        )
    if new_topics:
        through_t.objects.filter(event_id__in=list(new_topics)).delete()
        through_t.objects.bulk_create(
            [through_t(event_id=eid, topic_id=t.pk) for eid, ts in new_topics.items() for t in ts]
        )
    return out


def counts() -> tuple[int, int]:
    """(dated events, mentions without a date of their own event)."""
    return Event.objects.dated().count(), Mention.objects.filter(event__date__isnull=True).count()


@transaction.atomic
def merge_events(target: Event, others: list[Event]) -> Event:
    """Move every mention of ``others`` to ``target`` (pinned, so re-extraction keeps them), delete ``others``."""
    lock_events()
    reset_caches()
    ids = [e.pk for e in others if e.pk != target.pk]
    Mention.objects.filter(event_id__in=ids).update(event=target, pinned=True)
    Event.objects.filter(pk__in=ids).delete()
    return refresh_event(target)


@transaction.atomic
def split_mention(mention: Mention) -> Event:
    """Give ``mention`` an event of its own (pinned); the event it left is recomputed."""
    lock_events()
    reset_caches()
    old = mention.event
    new = Event.objects.create(
        title=mention.quote[:120] or "event",
        kind=(mention.extracted or {}).get("kind") or mention.kind,
        status=mention.status,
        date=mention.date,
        date_end=mention.date_end,
        date_precision=mention.date_precision,
    )
    mention.event = new
    mention.pinned = True
    mention.save(update_fields=["event", "pinned"])
    refresh_event(old)
    return refresh_event(new)
