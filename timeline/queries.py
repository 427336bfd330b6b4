"""Reads: named QuerySet methods, so that no view loops over rows issuing queries."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections import Counter, OrderedDict

from django.db import models
from django.db.models import Count, Exists, F, Func, IntegerField, OuterRef, Prefetch, Q, Subquery, Sum
from django.db.models.fields import CharField


class YearMonth(Func):
    """'YYYY-MM' of a date, in SQL the database runs natively (Django's TruncMonth on SQLite calls a
    Python function per row: 185 ms of the page's 1 s at 100k events)."""

    output_field = CharField()
    template = "to_char(%(expressions)s, 'YYYY-MM')"

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="substr(%(expressions)s, 1, 7)", **extra)


class Year(Func):
    """The year of a date as an integer (native SQL on SQLite too, see ``YearMonth``)."""

    output_field = IntegerField()
    template = "CAST(EXTRACT(YEAR FROM %(expressions)s) AS integer)"

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="CAST(substr(%(expressions)s, 1, 4) AS integer)", **extra)


def _month_row_order(r: dict):
    return (r["month"], r["row"] is None, r["row"] or "")


def _year_topic_order(r: dict):
    return (r["year"], r["primary_topic__slug"] is None, r["primary_topic__slug"] or "")


class EventQuerySet(models.QuerySet):
    def dated(self):
        return self.filter(date__isnull=False)

    def undated(self):
        return self.filter(date__isnull=True)

    def matching(self, filters, *, ignore_topics: bool = False, per_event: bool = False):
        """Events that pass ``filters`` (a ``timeline.filters.Filters``).

        Topics, people and kinds are each any-of; the date range keeps events whose possible
        span (by precision) overlaps it; ``q`` searches the passages that report the event.

        ``per_event``: topics and people checked event by event (EXISTS) rather than as the list
        of their events, for reads that visit few events: the undated ones, or a table page that
        walks the date index and stops after a page (SQLite otherwise sorted all 23,000 events of
        a topic at 100k events to show 100).
        """
        qs = self
        through_topics = self.model.topics.through.objects
        through_people = self.model.participants.through.objects
        if filters.topics and not ignore_topics:
            if per_event:
                qs = qs.filter(Exists(through_topics.filter(event_id=OuterRef("pk"), topic__slug__in=filters.topics)))
            else:
                qs = qs.filter(pk__in=through_topics.filter(topic__slug__in=filters.topics).values("event_id"))
        if filters.people:
            if per_event:
                qs = qs.filter(Exists(through_people.filter(event_id=OuterRef("pk"), person__name__in=filters.people)))
            else:
                qs = qs.filter(pk__in=through_people.filter(person__name__in=filters.people).values("event_id"))
        if filters.kinds:
            qs = qs.filter(kind__in=filters.kinds)
        if filters.status:
            qs = qs.filter(status=filters.status)
        if filters.date_from:
            start = filters.date_from
            # Every branch but the date_end one implies date >= 1 January: said explicitly, so that
            # the date index bounds the scan (and the date_end index serves the other branch).
            # The date_end branch as the ids from its index: SQLite then reads the two branches
            # through their indexes (MULTI-INDEX OR) instead of every earlier date (22 ms, not
            # 96, for a year of a million events).
            qs = qs.filter(
                Q(
                    Q(date__gte=start)
                    | Q(date_precision="month", date__gte=start.replace(day=1))
                    | Q(date_precision="year"),
                    date__gte=dt.date(start.year, 1, 1),
                )
                | Q(pk__in=self.model.objects.filter(date_end__gte=start).values("pk"))
            )
        if filters.date_to:
            qs = qs.filter(date__lte=filters.date_to)
        if filters.q:
            from .models import Mention

            qs = qs.filter(
                pk__in=Mention.objects.filter(
                    Q(passage__text__icontains=filters.q) | Q(article__title__icontains=filters.q)
                ).values("event_id")
            )
        return qs

    def for_timeline(self, sort: str = "date"):
        """Events with place, participants, topics and mentions (with article and passage) loaded;
        ``n_sources`` annotated (distinct articles)."""
        from .models import Mention

        order = ("date", "pk") if sort != "-date" else ("-date", "-pk")
        return (
            self.select_related("place", "primary_topic")
            .prefetch_related(
                "participants",
                "topics",
                Prefetch(
                    "mentions",
                    queryset=Mention.objects.select_related("article", "passage").order_by(
                        "article__published", "article__file_name", "start", "pk"
                    ),
                ),
            )
            .annotate(n_sources=Count("mentions__article", distinct=True))
            .order_by(*order)
        )

    def for_figure(self, sort: str = "date"):
        """What the figure and the table show: place, topics, participants, ``n_sources``; no mentions."""
        from .models import Person, Topic

        order = ("date", "pk") if sort != "-date" else ("-date", "-pk")
        return (
            self.select_related("place", "primary_topic")
            .prefetch_related(
                Prefetch("participants", queryset=Person.objects.only("name", "country")),
                Prefetch("topics", queryset=Topic.objects.only("slug", "name", "colour")),
            )
            .annotate(n_sources=Count("mentions__article", distinct=True))
            .order_by(*order)
        )

    def table_page(self, sort: str, start: int, stop: int) -> list:
        """Rows ``start:stop`` of the table, as ``for_figure`` loads them.

        The page's ids first (an index range on date), then ``n_sources`` for those ids only:
        the annotation over the whole set before LIMIT grouped every event's mentions.
        """
        order = ("date", "pk") if sort != "-date" else ("-date", "-pk")
        ids = list(self.order_by(*order).values_list("pk", flat=True)[start:stop])
        if not ids:
            return []
        return list(self.model.objects.filter(pk__in=ids).for_figure(sort))

    def per_month_queryset(self, rows: str = "kind"):
        """The query of ``per_month`` (months as 'YYYY-MM'). An event is counted once per row:
        (event, topic) pairs are unique, so no DISTINCT."""
        key = F("kind") if rows == "kind" else F("topics__slug")
        return (
            self.dated()
            .annotate(month=YearMonth("date"), row=key)
            .values("month", "row")
            .annotate(n=Count("pk"), planned=Count("pk", filter=Q(status="planned")))
            .order_by("month", "row")
        )

    def per_month(self, rows: str = "kind") -> list[dict]:
        """[{"month" (date, first day), "row" (kind, or topic slug/None), "n", "planned"}]: the figure
        zoomed out, in one query."""
        out = list(self.per_month_queryset(rows))
        for r in out:
            r["month"] = dt.date(int(r["month"][:4]), int(r["month"][5:7]), 1)
        out.sort(key=_month_row_order)  # the same on every database (where does NULL sort?)
        return out

    def topic_counts_queryset(self):
        """The query of ``topic_counts`` ((event, topic) pairs are unique: no DISTINCT)."""
        return self.filter(topics__isnull=False).values("topics__slug").annotate(n=Count("pk")).order_by()

    def topic_counts(self) -> dict[str, int]:
        """{topic slug: number of these events that carry it}, in one query."""
        return {r["topics__slug"]: r["n"] for r in self.topic_counts_queryset()}

    def per_year_queryset(self):
        """By primary topic id: no join with the topic table (a lookup per event)."""
        return (
            self.dated()
            .annotate(year=Year("date"))
            .values("year", "primary_topic_id")
            .annotate(n=Count("pk"))
            .order_by("year", "primary_topic_id")
        )

    def per_year_by_topic(self, topics=None) -> list[dict]:
        """[{"year", "primary_topic__slug" (or None), "n"}], in one query (two without ``topics``,
        every Topic, to name them)."""
        from .models import Topic

        slugs = {t.pk: t.slug for t in (topics if topics is not None else Topic.objects.all())}
        rows = list(self.per_year_queryset())
        for r in rows:
            r["primary_topic__slug"] = slugs.get(r.pop("primary_topic_id"))
        rows.sort(key=_year_topic_order)
        return rows


class EventCountQuerySet(models.QuerySet):
    """Reads of ``EventCount``: the figure zoomed out, the per-year chart and the counts from a few
    thousand rows kept by triggers, in place of grouping every event. Only when
    ``read_state().counts`` (its triggers are all there)."""

    def matching(self, filters, topics, *, by_topic: bool = False, ignore_topics: bool = False):
        """The events passing ``filters`` as ``CountedEvents``, or None when the counts cannot
        answer them (people or a search need the events themselves).

        Without ``by_topic`` each event is counted once: topic 0 (every event), or the topics
        asked for, less the events that carry several of them (counted once per topic); with
        ``by_topic``, once per topic it carries (-1: no topic), as ``per_month(rows="topic")``
        draws them. A date range: the months wholly inside it from the counts, the events dated
        outside those months that the range keeps (a month cut by it, or a multi-day event or a
        year-precision one that overlaps it) read one by one.
        """
        if filters.people or filters.q:
            return None
        selected = [] if ignore_topics else filters.topics
        ids = {t.slug: t.pk for t in topics}
        if any(s not in ids for s in selected):
            return None
        qs = self.filter(n__gt=0)
        if filters.kinds:
            qs = qs.filter(kind__in=filters.kinds)
        if filters.status:
            qs = qs.filter(status=filters.status)
        chosen = [ids[s] for s in selected]
        months = _whole_months(filters.date_from, filters.date_to)
        if months is not None:
            qs = qs.filter(month__gte=months[0], month__lte=months[1])
        spill = _outside_months(filters, ignore_topics, months) if months is not None else []
        if by_topic:
            return CountedEvents(qs, chosen, by_topic=True, spill=spill)
        overcount = _carrying_several(filters, chosen, months) if len(chosen) > 1 else []
        return CountedEvents(qs, chosen, overcount=overcount, spill=spill)


def _month_end(first: dt.date) -> dt.date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _whole_months(date_from, date_to) -> tuple[dt.date, dt.date] | None:
    """(first, last) first days of the months wholly inside [date_from, date_to], None without a
    range; first > last when no month is."""
    if not date_from and not date_to:
        return None
    first, last = dt.date(1, 1, 1), dt.date(9999, 12, 1)
    if date_from:
        first = date_from.replace(day=1)
        if date_from.day != 1:
            if first == dt.date(9999, 12, 1):
                return first, dt.date(9999, 11, 1)  # empty
            first = _month_end(first) + dt.timedelta(days=1)
    if date_to:
        last = date_to.replace(day=1)
        if date_to != _month_end(last):
            if last == dt.date(1, 1, 1):
                return dt.date(1, 2, 1), last  # empty
            last = (last - dt.timedelta(days=1)).replace(day=1)
    return first, last


def _in_months(months) -> Q:
    """Dates within the months ``(first, last)`` (their first days)."""
    return Q(date__gte=months[0], date__lte=_month_end(months[1]))


def _outside_months(filters, ignore_topics: bool, months) -> list[tuple]:
    """(month, kind, status, primary topic id or 0, topic ids) of the dated events passing
    ``filters`` that are dated outside ``months``: what the counts of those months leave out."""
    from .models import Event

    if ignore_topics:
        filters = dataclasses.replace(filters, topics=[])
    matching = Event.objects.dated().matching(filters, per_event=True).order_by()
    if months[0] > months[1]:
        parts = [matching]
    else:  # before the first whole month, after the last: each a narrow range of the date index
        parts = [matching.filter(date__lt=months[0])] if filters.date_from else []
        parts += [matching.filter(date__gt=_month_end(months[1]))] if filters.date_to else []
    fields = ("pk", "date", "kind", "status", "primary_topic_id")
    rows = [r for part in parts for r in part.values_list(*fields)]
    topics: dict[int, list[int]] = {}
    for lo in range(0, len(rows), 500):
        for event_id, topic_id in Event.topics.through.objects.filter(
            event_id__in=[r[0] for r in rows[lo : lo + 500]]
        ).values_list("event_id", "topic_id"):
            topics.setdefault(event_id, []).append(topic_id)
    return [(d.replace(day=1), kind, status, primary or 0, topics.get(pk, [])) for pk, d, kind, status, primary in rows]


def _carrying_several(filters, topic_ids: list[int], months=None) -> list[tuple]:
    """(month, kind, status, primary topic id or 0, k - 1) of the dated events passing ``filters``
    (kinds and status; dated within ``months`` when given) that carry k >= 2 of ``topic_ids``: the
    topics' cells count them k times. Read from the topic links' (event, topic) index, then those
    events only."""
    from .models import Event

    links = Event.topics.through.objects.filter(topic_id__in=topic_ids).order_by()
    several = links.values("event_id").annotate(k=Count("*")).filter(k__gt=1).values("event_id")
    k = links.filter(event_id=OuterRef("pk")).values("event_id").annotate(k=Count("*")).values("k")
    # kinds and status as the events' own filter applies them (the dates: by whole months here)
    qs = Event.objects.dated().matching(dataclasses.replace(filters, topics=[], date_from=None, date_to=None))
    qs = qs.filter(pk__in=several)
    if months is not None:
        qs = qs.filter(_in_months(months)) if months[0] <= months[1] else qs.none()
    firsts: dict[str, dt.date] = {}  # 'YYYY-MM' from SQL: no date conversion per row
    out = []
    for month, kind, status, primary, extra in (
        qs.annotate(month=YearMonth("date"), k=Subquery(k))
        .order_by()
        .values_list("month", "kind", "status", "primary_topic_id", "k")
    ):
        if month not in firsts:
            firsts[month] = dt.date(int(month[:4]), int(month[5:7]), 1)
        out.append((firsts[month], kind, status, primary or 0, extra - 1))
    return out


@dataclasses.dataclass
class CountedEvents:
    """Events counted from ``EventCount`` cells (``base``: those of the filters' kinds, status and
    whole months, every topic), less ``overcount`` (``_carrying_several``), plus ``spill``: the
    events a date range keeps outside its whole months (``_outside_months``), each once, or once
    per topic it carries with ``by_topic`` (those of ``chosen`` when topics are asked for; -1 for
    none)."""

    base: models.QuerySet
    chosen: list
    by_topic: bool = False
    overcount: list = dataclasses.field(default_factory=list)
    spill: list = dataclasses.field(default_factory=list)

    @property
    def cells(self) -> models.QuerySet:
        if self.chosen:
            return self.base.filter(topic__in=self.chosen)
        return self.base.exclude(topic=0) if self.by_topic else self.base.filter(topic=0)

    def each_topic(self) -> CountedEvents:
        """The same events counted once per topic they carry (``per_month(rows="topic")``): the
        same cells and events outside the months, without the several-topics correction."""
        return dataclasses.replace(self, by_topic=True, overcount=[])

    def _spill_topics(self, topic_ids: list[int]) -> list[int]:
        if self.chosen:
            return [t for t in topic_ids if t in self.chosen]
        return topic_ids or [-1]

    def per_month(self, rows: str, topics) -> list[dict]:
        """As ``EventQuerySet.per_month``: [{"month", "row", "n", "planned"}] by month and row."""
        key = "kind" if rows == "kind" else "topic"
        slugs = {t.pk: t.slug for t in topics}
        counts: dict[tuple, list[int]] = {}
        for r in (
            self.cells.values("month", key)
            .annotate(total=Sum("n"), planned=Sum("n", filter=Q(status="planned")))
            .order_by()
        ):
            row = r[key] if key == "kind" else slugs.get(r[key])
            counts[(r["month"], row)] = [r["total"], r["planned"] or 0]

        def add(month, row, status, n):
            # (a cell absent only if a write committed between two reads; left out below if n <= 0)
            cell = counts.setdefault((month, row), [0, 0])
            cell[0] += n
            cell[1] += n if status == "planned" else 0

        for month, kind, status, _, extra in self.overcount:  # only ever for rows by kind
            add(month, kind, status, -extra)
        for month, kind, status, _, topic_ids in self.spill:
            if key == "kind":
                add(month, kind, status, 1)
            else:
                for t in self._spill_topics(topic_ids):
                    add(month, slugs.get(t), status, 1)
        out = [{"month": m, "row": row, "n": n, "planned": p} for (m, row), (n, p) in counts.items() if n > 0]
        out.sort(key=_month_row_order)
        return out

    def per_year_by_topic(self, topics) -> list[dict]:
        """As ``EventQuerySet.per_year_by_topic``: [{"year", "primary_topic__slug", "n"}]."""
        slugs = {t.pk: t.slug for t in topics}
        counts = Counter(
            {
                (r["year"], r["primary_topic"]): r["total"]
                for r in self.cells.annotate(year=Year("month"))
                .values("year", "primary_topic")
                .annotate(total=Sum("n"))
                .order_by()
            }
        )
        for month, _, _, primary, extra in self.overcount:
            counts[(month.year, primary)] -= extra
        for month, _, _, primary, _ in self.spill:
            counts[(month.year, primary)] += 1
        rows = [
            {"year": year, "primary_topic__slug": slugs.get(primary), "n": n}
            for (year, primary), n in counts.items()
            if n > 0
        ]
        rows.sort(key=_year_topic_order)
        return rows

    def topic_counts(self, topics) -> dict[str, int]:
        """As ``EventQuerySet.topic_counts`` (from ``matching(..., by_topic=True)``)."""
        slugs = {t.pk: t.slug for t in topics}
        counts = Counter(
            dict(
                self.cells.filter(topic__gt=0)
                .values("topic")
                .annotate(total=Sum("n"))
                .order_by()
                .values_list("topic", "total")
            )
        )
        for *_, topic_ids in self.spill:
            counts.update(t for t in topic_ids if not self.chosen or t in self.chosen)
        return {slugs[t]: n for t, n in counts.items() if t in slugs and n > 0}


def _pairs_in_dated_events(through, column: str) -> dict[int, int]:
    """{person or topic id: its dated events}, from the through table alone: every pair counted
    (an index-only scan), less the pairs of undated events (few, through the date index). A join
    with the event table for ``date IS NOT NULL`` looked up every pair's event: 110 ms at 100k."""
    from .models import Event

    def count(qs):
        return dict(qs.values(column).annotate(n=Count("*")).order_by().values_list(column, "n"))

    every = count(through.objects.all())
    undated = count(through.objects.filter(event_id__in=Event.objects.undated().values("pk")))
    return {key: n - undated.get(key, 0) for key, n in every.items() if n > undated.get(key, 0)}


def people_in_dated_events() -> list:
    """People who took part in a dated event, by name, each with ``n`` (their dated events)."""
    from .models import Event, Person

    counts = _pairs_in_dated_events(Event.participants.through, "person_id")
    people = [p for p in Person.objects.only("name", "country").order_by("name") if p.pk in counts]
    for p in people:
        p.n = counts[p.pk]
    return people


def topic_counts_of_dated_events(topics) -> dict[str, int]:
    """``Event.objects.dated().topic_counts()`` (every dated event) by the through table alone."""
    from .models import Event

    counts = _pairs_in_dated_events(Event.topics.through, "topic_id")
    return {t.slug: counts[t.pk] for t in topics if t.pk in counts}


# Reads computed over the whole table (people and their counts, topic counts, per-year and
# per-month figures) are cached under the database's *data version*: a counter that triggers
# (migration 0004) raise in the same transaction as any change to events, mentions, their
# participants and topics, people, topics, places, articles or passages, whoever makes it
# (ingestion, the admin, QuerySet.update(), raw SQL). A reader that sees version N sees every
# change committed before N was reached, so what it caches under N is never older than N.
# Nothing is cached or read from the cache inside a transaction (it may hold uncommitted
# changes or roll back).

# The triggers of migration 0004 on its 9 tables (3 a table on SQLite, 2 on PostgreSQL), then
# those of migration 0005 that keep EventCount.
_STATE_SQL = {
    "sqlite": (
        "SELECT token, n, (SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'timeline_dv_%'), 27, (SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'timeline_ec_%'), 6 FROM timeline_dataversion WHERE id = 1"
    ),
    "postgresql": (
        "SELECT token, n, (SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'timeline_dv%' "
        "AND tgenabled <> 'D'), 18, (SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'timeline_ec%' "
        "AND tgenabled <> 'D'), 8 FROM timeline_dataversion WHERE id = 1"
    ),
}


@dataclasses.dataclass(frozen=True)
class ReadState:
    """``version``: the data version ('token:n') reads may be cached under, or None (inside a
    transaction, on another database, a trigger missing). ``counts``: whether ``EventCount`` is
    kept by its triggers (true inside a transaction too: they run in the writer's transaction)."""

    version: str | None = None
    counts: bool = False


def read_state() -> ReadState:
    """The data version and whether the event counts can be read, in one query."""
    from django.db import DatabaseError, connection

    sql = _STATE_SQL.get(connection.vendor)
    if sql is None:
        return ReadState()
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
            row = cursor.fetchone()
    except DatabaseError:
        return ReadState()
    if not row:
        return ReadState()
    cacheable = row[2] == row[3] and not connection.in_atomic_block
    return ReadState(version=f"{row[0]}:{row[1]}" if cacheable else None, counts=row[4] == row[5])


def data_version() -> str | None:
    """The current data version ('token:n'), or None when the cache must not be used: inside a
    transaction, on another database, or when a trigger is missing."""
    from django.db import connection

    if connection.in_atomic_block:
        return None
    return read_state().version


_RECENT: OrderedDict = OrderedDict()  # key -> value: this process's last few reads, not copied
RECENT_SIZE = 12


def cached_read(name: str, version: str | None, compute):
    """``compute()``, or what it returned for this ``name`` under this data version.

    Two levels: this process's last ``RECENT_SIZE`` values as they are (no unpickling: a page's
    figure is thousands of objects, and allocating them again on every request made the garbage
    collector's full passes, 40-100 ms here, frequent), then Django's cache (shared by the
    processes when it is a shared backend). Callers never modify what they get back.
    """
    if version is None:
        return compute()
    import hashlib

    from django.core.cache import cache
    from django.db import connection

    db = str(connection.settings_dict.get("NAME", ""))
    key = "timeline:" + hashlib.sha256(f"{db}\0{version}\0{name}".encode()).hexdigest()
    try:
        value = _RECENT[key]
        _RECENT.move_to_end(key)
        return value
    except KeyError:  # not there (or just evicted by another thread)
        pass
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=3600)
    _RECENT[key] = value
    while len(_RECENT) > RECENT_SIZE:
        try:
            _RECENT.popitem(last=False)
        except KeyError:  # emptied by another thread
            break
    return value


def forget_recent_reads() -> None:
    """Empty this process's level (with ``cache.clear()``: every cached read is computed again)."""
    _RECENT.clear()
