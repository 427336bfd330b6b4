"""One small view per page; with ``HX-Request`` the same view renders only its fragment."""

from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from .figure import build_aggregate_figure, build_figure, build_year_chart, figure_events
from .filters import parse_filters
from .models import Event, Kind, Mention, Person, Status, Topic


def filters_for(request):
    """(Filters from the query string, every topic, the people who took part in a dated event)."""
    topics = list(Topic.objects.all())
    people = list(
        Person.objects.filter(events__date__isnull=False).annotate(n=Count("events", distinct=True)).order_by("name")
    )
    filters = parse_filters(request.GET, topics={t.slug for t in topics}, people={p.name for p in people})
    return filters, topics, people


DETAIL_LIMIT = 1000  # above this many matching events the figure shows monthly counts (JSON stays under ~250 KB)
TABLE_PAGE = 100
UNDATED_SHOWN = 100


@require_GET
@vary_on_headers("HX-Request")
def index(request):
    """The timeline: filters, figure, per-year chart, table and undated mentions.

    htmx requests from the filter form get ``_results.html`` (figure, table, counts out of band);
    everything else gets the full page. Invalid parameters: status 400 and the messages, never a 500.
    A constant number of queries whatever the number of events: the figure is drawn from
    monthly counts above ``DETAIL_LIMIT`` events, the table is paginated.
    """
    filters, topics, people = filters_for(request)
    dated = Event.objects.dated()
    context = {"filters": filters, "topics_all": topics, "people": people, "kinds": Kind.choices}
    context["statuses"] = Status.choices
    context["total"] = dated.count()
    if filters.errors:
        matching, n, counts, per_year, undated, n_undated = None, 0, {}, [], [], 0
        figure, table = build_figure([], rows=filters.rows), []
    else:
        matching = dated.matching(filters)
        n = matching.count()
        counts = dated.matching(filters, ignore_topics=True).topic_counts()
        per_year = matching.per_year_by_topic()
        start = (filters.page - 1) * TABLE_PAGE
        if n <= DETAIL_LIMIT:
            figure = build_figure(
                figure_events(matching), rows=filters.rows, topics=filters.topics,
                window=(filters.date_from, filters.date_to),
            )  # fmt: skip
        else:
            figure = build_aggregate_figure(
                matching.per_month(filters.rows), rows=filters.rows, topics=topics, selected=filters.topics,
                window=(filters.date_from, filters.date_to),
            )  # fmt: skip
        table = list(matching.for_figure(filters.sort)[start : start + TABLE_PAGE])
        undated_qs = Mention.objects.filter(event__in=Event.objects.undated().matching(filters))
        n_undated = undated_qs.count()
        undated = list(
            undated_qs.select_related("article", "passage", "event")
            .defer("article__body")
            .order_by("article__file_name", "start")[:UNDATED_SHOWN]
        )
    pages = max(1, -(-n // TABLE_PAGE))
    context |= {
        "n": n,
        "events": table,
        "figure": figure,
        "aggregated": n > DETAIL_LIMIT,
        "year_chart": build_year_chart(per_year, topics),
        "undated": undated,
        "n_undated": n_undated,
        "topics": [{"topic": t, "count": counts.get(t.slug, 0), "checked": t.slug in filters.topics} for t in topics],
        "page": filters.page,
        "pages": pages,
        "first_row": (filters.page - 1) * TABLE_PAGE + 1,
        "last_row": min(n, filters.page * TABLE_PAGE),
    }
    fragment = request.htmx and not request.htmx.history_restore_request
    template = "timeline/_results.html" if fragment else "timeline/index.html"
    return render(request, template, context, status=400 if filters.errors else 200)


@require_GET
@vary_on_headers("HX-Request")
def event_detail(request, pk: int):
    """An event with every source passage; the side panel's fragment for htmx, a page otherwise."""
    event = get_object_or_404(Event.objects.for_timeline(), pk=pk)
    template = "timeline/_event.html" if request.htmx else "timeline/event.html"
    return render(request, template, {"event": event})
