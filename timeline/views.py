from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from .figure import build_figure
from .models import Event, Mention


@require_GET
@vary_on_headers("HX-Request")
def index(request):
    events = list(Event.objects.dated().for_timeline())
    undated = Mention.objects.filter(event__date__isnull=True).select_related("article", "event")
    context = {
        "events": events,
        "figure": build_figure(events),
        "undated": undated,
    }
    template = "timeline/_figure.html" if request.htmx else "timeline/index.html"
    return render(request, template, context)


@require_GET
@vary_on_headers("HX-Request")
def event_detail(request, pk: int):
    event = get_object_or_404(Event.objects.for_timeline(), pk=pk)
    template = "timeline/_event.html" if request.htmx else "timeline/event.html"
    return render(request, template, {"event": event})
