"""One small view per page; with ``HX-Request`` the same view renders only its fragment."""

from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from .figure import build_figure, build_year_chart
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


@require_GET
@vary_on_headers("HX-Request")
def index(request):
    """The timeline: filters, figure, per-year chart, table and undated mentions.

    htmx requests from the filter form get ``_results.html`` (figure, table, counts out of band);
    everything else gets the full page. Invalid parameters: status 400 and the messages, never a 500.
    """
    filters, topics, people = filters_for(request)
    dated = Event.objects.dated()
    if filters.errors:
        events, counts, undated, per_year = [], {}, [], []
    else:
        events = list(dated.matching(filters).for_timeline(filters.sort))
        counts = dated.matching(filters, ignore_topics=True).topic_counts()
        per_year = dated.matching(filters).per_year_by_topic()
        undated = list(
            Mention.objects.filter(event__in=Event.objects.undated().matching(filters))
            .select_related("article", "passage", "event")
            .defer("article__body")
            .order_by("article__file_name", "start")
        )
    context = {
        "filters": filters,
        "events": events,
        "figure": build_figure(events, rows=filters.rows, topics=filters.topics),
        "year_chart": build_year_chart(per_year, topics),
        "undated": undated,
        "topics": [{"topic": t, "count": counts.get(t.slug, 0), "checked": t.slug in filters.topics} for t in topics],
        "people": people,
        "kinds": Kind.choices,
        "statuses": Status.choices,
        "total": dated.count(),
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
