"""Data out over HTTP: the timeline's filters, in the formats analysts' tools read.

- ``/api/events``: JSON in the ``export_events`` schema, paginated (``page``, ``page_size`` ≤ 500);
  page 1 also carries the mentions of the undated events that match the filters, by pages of
  ``page_size`` events (``undated_page``, ``undated_events``, ``undated_pages``, ``undated_next``);
- ``/api/events.csv``, ``/api/events.ics`` (iCalendar), ``/api/events.timeline.json`` (TimelineJS3).
Invalid parameters give a 400 with ``{"errors": [...]}`` (or text for the file formats).
"""

import itertools
import json
import math

from django.http import HttpResponse, StreamingHttpResponse
from django.views.decorators.http import require_GET

from .exports import TIMELINEJS_TITLE, buffered, export_data, iter_events_csv, iter_events_ics, iter_timelinejs_slides
from .models import Event
from .queries import cached_read, data_version
from .views import filters_for

MAX_PAGE_SIZE = 500


def json_text(data) -> str:
    """JSON with <, > and & escaped (as json_script does): article text can never become markup.
    (Three replaces: ``str.translate`` with a table was a fifth of a whole export's time.)"""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def json_response(data, status=200):
    return HttpResponse(json_text(data), status=status, content_type="application/json")


def _filtered(request, version=None):
    qs, _, errors = _filtered_both(request, version)
    return qs, errors


def _filtered_both(request, version=None):
    """(Dated events, undated events, errors) under the request's filters."""
    filters, _, _ = filters_for(request, version=version)
    if filters.errors:
        return None, None, filters.errors
    return Event.objects.dated().matching(filters), Event.objects.undated().matching(filters, per_event=True), []


def _base(request) -> str:
    return request.build_absolute_uri("/")


def _int(value, default, low, high):
    try:
        n = int(value)
    except (TypeError, ValueError):
        return None
    return n if low <= n <= high else None


@require_GET
def events(request):
    """A page of events; the same URL under the same data version is served from the cache."""
    version = data_version()
    status, text = cached_read("api/events " + request.build_absolute_uri(), version, lambda: _events(request, version))
    return HttpResponse(text, status=status, content_type="application/json")


def _events(request, version) -> tuple[int, str]:
    params = request.GET.copy()
    page = _int(params.pop("page", ["1"])[-1], 1, 1, 10**6)
    size = _int(params.pop("page_size", ["100"])[-1], 100, 1, MAX_PAGE_SIZE)
    undated_page = _int(params.pop("undated_page", ["1"])[-1], 1, 1, 10**6)
    request.GET = params  # pagination is not a filter
    qs, undated_qs, errors = _filtered_both(request, version)
    if page is None:
        errors.append("'page' must be a whole number from 1.")
    if size is None:
        errors.append(f"'page_size' must be a whole number from 1 to {MAX_PAGE_SIZE}.")
    if undated_page is None:
        errors.append("'undated_page' must be a whole number from 1.")
    if errors:
        return 400, json_text({"errors": errors})
    count = qs.count()
    pages = max(1, math.ceil(count / size))
    ids = list(qs.order_by("date", "pk").values_list("pk", flat=True)[(page - 1) * size : page * size])
    data = export_data(Event.objects.filter(pk__in=ids), Event.objects.none(), _base(request))
    query = params.urlencode()

    def link(n, last, name="page"):
        if not 1 <= n <= last:
            return None
        first = "" if name == "page" else "page=1&"
        return request.build_absolute_uri(f"?{query + '&' if query else ''}{first}{name}={n}&page_size={size}")

    body = {
        "count": count,
        "page": page,
        "pages": pages,
        "next": link(page + 1, pages),
        "previous": link(page - 1, pages),
    }
    body |= data
    if page == 1:
        # Undated events matching the filters (none when a date range is asked for), by pages of
        # ``page_size`` events too: an archive can hold thousands.
        n_undated = undated_qs.count()
        undated_pages = max(1, math.ceil(n_undated / size))
        lo = (undated_page - 1) * size
        undated_ids = list(undated_qs.order_by("pk").values_list("pk", flat=True)[lo : lo + size])
        body["undated"] = export_data(Event.objects.none(), Event.objects.filter(pk__in=undated_ids), _base(request))[
            "undated"
        ]
        body |= {
            "undated_events": n_undated,
            "undated_page": undated_page,
            "undated_pages": undated_pages,
            "undated_next": link(undated_page + 1, undated_pages, "undated_page"),
        }
    return 200, json_text(body)


def _file_view(render, content_type: str, filename: str):
    """A download of the filtered events, streamed as it is written (memory stays flat at any
    archive size); invalid filters give a 400 in plain text."""

    @require_GET
    def view(request):
        qs, errors = _filtered(request)
        if errors:
            return HttpResponse("\n".join(errors), status=400, content_type="text/plain; charset=utf-8")
        response = _streamed(render(qs, _base(request)), content_type)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    return view


def _streamed(pieces, content_type: str) -> StreamingHttpResponse:
    """A response that writes ``pieces`` as they come. The first chunk is read before the status is
    sent, so that a query the database refuses is an error response, not a cut-off 200."""
    pieces = buffered(pieces)
    first = next(pieces, "")
    return StreamingHttpResponse(itertools.chain([first], pieces), content_type=content_type)


def _timelinejs(qs, base):
    """``json_text(events_timelinejs(qs, base))`` piece by piece."""
    yield json_text({"title": TIMELINEJS_TITLE})[:-1] + ', "events": ['
    for i, slide in enumerate(iter_timelinejs_slides(qs, base)):
        yield (", " if i else "") + json_text(slide)
    yield "]}"


events_csv_view = _file_view(iter_events_csv, "text/csv; charset=utf-8", "ru-tj-events.csv")
events_ics_view = _file_view(iter_events_ics, "text/calendar; charset=utf-8", "ru-tj-events.ics")


@require_GET
def events_timelinejs_view(request):
    qs, errors = _filtered(request)
    if errors:
        return json_response({"errors": errors}, status=400)
    return _streamed(_timelinejs(qs, _base(request)), "application/json")
