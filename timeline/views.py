"""One small view per page; with ``HX-Request`` the same view renders only its fragment."""

import dataclasses

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from .figure import build_aggregate_figure, build_figure, build_year_chart, figure_events
from .filters import clean, parse_filters
from .models import Event, EventCount, Kind, Mention, Person, Status, Topic
from .queries import cached_read, people_in_dated_events, read_state, topic_counts_of_dated_events


def filters_for(request, *, people_list: bool = False, version: str | None = None):
    """(Filters from the query string, every topic, the people who took part in a dated event).

    The people (with their counts: a whole-table aggregate) are loaded only for ``people_list``
    (the full page's select); otherwise the list is None and only the names asked for are checked.
    ``version``: the data version the whole-table reads may be cached under (``data_version()``).
    """
    topics = cached_read("topics", version, lambda: list(Topic.objects.all()))
    if people_list:
        people = cached_read("people", version, people_in_dated_events)
        names = {p.name for p in people}
    else:
        people = None
        # cleaned as parse_filters cleans them (no control characters: PostgreSQL refuses NUL)
        asked = {clean(v) for v in request.GET.getlist("person") if v.strip()}
        names = set(
            Person.objects.filter(name__in=asked, events__date__isnull=False).values_list("name", flat=True)
            if asked
            else ()
        )
    filters = parse_filters(request.GET, topics={t.slug for t in topics}, people=names)
    return filters, topics, people


DETAIL_LIMIT = 1000  # above this many matching events the figure shows monthly counts (JSON stays under ~250 KB)
TABLE_PAGE = 100
UNDATED_SHOWN = 100


def markers(events, filters) -> int:
    """How many markers ``build_figure`` draws for ``events``."""
    if filters.rows != "topic":
        return len(events)
    wanted = set(filters.topics)
    return sum(max(1, len([t for t in e.topics.all() if not wanted or t.slug in wanted])) for e in events)


def summarise(filters, topics, *, counts: bool = False) -> dict:
    """Everything on the page that does not depend on the table's page or sort: counts, figures,
    undated mentions. Whole-table aggregates, cached under the data version by ``index``.

    ``counts``: the event counts (``EventCount``, kept by triggers) may be read; they answer the
    filters on kinds, status, topics and dates in a few thousand rows instead of every event.
    """
    dated = Event.objects.dated()
    matching = dated.matching(filters)
    cells = EventCount.objects.matching(filters, topics) if counts else None
    total = dated.count()  # an index-only count
    per_year = cells.per_year_by_topic(topics) if cells is not None else matching.per_year_by_topic(topics)
    n = sum(r["n"] for r in per_year) if filters.active else total  # each event once: no COUNT query
    figure = None
    if n <= DETAIL_LIMIT:
        events = figure_events(matching, topics)
        # By topic, an event is drawn once per topic it carries: the limit is on markers (payload).
        if markers(events, filters) <= DETAIL_LIMIT:
            figure = build_figure(
                events, rows=filters.rows, topics=filters.topics, window=(filters.date_from, filters.date_to)
            )
    if figure is None:
        by_row = cells.each_topic() if cells is not None and filters.rows == "topic" else cells
        figure = build_aggregate_figure(
            by_row.per_month(filters.rows, topics) if by_row is not None else matching.per_month(filters.rows),
            rows=filters.rows, topics=topics, selected=filters.topics,
            window=(filters.date_from, filters.date_to),
        )  # fmt: skip
    # the topic chips' counts: the other filters apply, not the topics
    if cells is not None and not filters.topics:  # the same events: no second read of them
        by_topic = cells.each_topic()
    else:
        by_topic = EventCount.objects.matching(filters, topics, by_topic=True, ignore_topics=True) if counts else None
    if by_topic is not None:
        topic_counts = by_topic.topic_counts(topics)  # 18 ms at a million events, not 60 (every link)
    elif not dataclasses.replace(filters, topics=[]).active:
        topic_counts = topic_counts_of_dated_events(topics)
    else:
        topic_counts = dated.matching(filters, ignore_topics=True).topic_counts()
    undated_qs = Mention.objects.filter(event__in=Event.objects.undated().matching(filters, per_event=True))
    return {
        "total": total,
        "n": n,
        "counts": topic_counts,
        "year_chart": build_year_chart(per_year, topics),
        "figure": figure,
        "aggregated": bool(figure["layout"].get("meta", {}).get("aggregated")),
        "n_undated": undated_qs.count(),
        "undated": list(
            undated_qs.select_related("article", "passage", "event")
            .defer("article__body")
            .order_by("article__file_name", "start")[:UNDATED_SHOWN]
        ),
    }


@require_GET
@vary_on_headers("HX-Request")
def index(request):
    """The timeline: filters, figure, per-year chart, table and undated mentions.

    htmx requests from the filter form get ``_results.html`` (figure, table, counts out of band);
    everything else gets the full page. Invalid parameters: status 400 and the messages, never a 500.
    A constant number of queries whatever the number of events: the figure is drawn from
    monthly counts above ``DETAIL_LIMIT`` events, the table is paginated, and what the page shows
    is cached under the data version (``timeline.queries.read_state``): one query when it has not
    changed since the same URL was last asked for.
    """
    fragment = request.htmx and not request.htmx.history_restore_request
    state = read_state()
    version = state.version
    filters, topics, people = filters_for(request, people_list=not fragment, version=version)
    context = {"filters": filters, "topics_all": topics, "people": people, "kinds": Kind.choices}
    context["statuses"] = Status.choices
    if filters.errors:
        summary = {"total": Event.objects.dated().count(), "n": 0, "counts": {}, "undated": [], "n_undated": 0}
        summary |= {"figure": build_figure([], rows=filters.rows), "year_chart": build_year_chart([], topics)}
        table = []
    else:
        key = "summary?" + filters.querystring(page="", sort="")
        summary = cached_read(key, version, lambda: summarise(filters, topics, counts=state.counts))
        start = (filters.page - 1) * TABLE_PAGE
        table = cached_read(
            "table?" + filters.querystring(),
            version,
            lambda: (
                Event.objects.dated()
                .matching(filters, per_event=True)
                .table_page(filters.sort, start, start + TABLE_PAGE)
            ),
        )
    n, counts = summary["n"], summary["counts"]
    pages = max(1, -(-n // TABLE_PAGE))
    context |= {
        "total": summary["total"],
        "n": n,
        "events": table,
        "figure": summary["figure"],
        "aggregated": summary.get("aggregated", False),
        "year_chart": summary["year_chart"],
        "undated": summary["undated"],
        "n_undated": summary["n_undated"],
        "topics": [{"topic": t, "count": counts.get(t.slug, 0), "checked": t.slug in filters.topics} for t in topics],
        "page": filters.page,
        "pages": pages,
        "first_row": (filters.page - 1) * TABLE_PAGE + 1,
        "last_row": min(n, filters.page * TABLE_PAGE),
    }
    template = "timeline/_results.html" if fragment else "timeline/index.html"
    return render(request, template, context, status=400 if filters.errors else 200)


@require_GET
@vary_on_headers("HX-Request")
def event_detail(request, pk: int):
    """An event with every source passage; the side panel's fragment for htmx, a page otherwise."""
    event = get_object_or_404(Event.objects.for_timeline(), pk=pk)
    template = "timeline/_event.html" if request.htmx else "timeline/event.html"
    return render(request, template, {"event": event})
