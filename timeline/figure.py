"""The timeline figure, built from a queryset of events (``Event.objects.for_timeline()``).

``build_figure(events, rows="kind"|"topic")`` -> a Plotly figure dict ``{"data": [...], "layout": {...}}``:
- one marker trace per topic (colour = topic colour; an event with several topics is drawn in
  the row/colour of its first topic and lists all of them in its hover);
- x = event date (the middle of the span for month-, week- or year-precision events), y = row;
- size grows with the number of source articles; planned events are hollow markers;
- a translucent bar behind each event whose date is known only to the week, month or year, so
  the uncertainty is visible rather than a false exact point;
- ``customdata`` = [event id, title, date line, participants, place, topics, sources]: the id is
  read by static/timeline/timeline.js on ``plotly_click`` (the panel's URL: the figure div's
  ``data-event-url``, /events/0/, with the id for the 0), the rest fills the trace's ``hovertemplate`` (written once per trace, not once per point).
All text from articles is HTML-escaped: Plotly renders hover text, template values included, as HTML.
"""

from __future__ import annotations

import datetime as dt
import math

from .extraction.dates import precision_span


def escape(text) -> str:
    """Text for Plotly's hover and labels, which it renders as HTML: <, > and & escaped. Not quotes:
    Plotly decodes &lt; &gt; &amp; but would show &quot; as written (there are no attributes here)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


NO_TOPIC = ("none", "No topic", "#7f7f7f")


def span_of(event) -> tuple[dt.date, dt.date]:
    """First and last day the event may have happened on, by precision."""
    return precision_span(event.date, event.date_precision, event.date_end)


HOVER = (
    "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>Participants: %{customdata[3]}<br>"
    "Place: %{customdata[4]}<br>Topics: %{customdata[5]}<br>Sources: %{customdata[6]}<extra></extra>"
)
PLANNED_SYMBOL, HELD_SYMBOL = 100, 0  # Plotly's numbers for circle-open and circle (shorter than names)


def _hover_data(event, topics) -> list:
    """The escaped values of ``HOVER`` for ``event`` (customdata[1:])."""
    people = ", ".join(escape(p.name) for p in event.participants.all()) or "—"
    place = escape(event.place.name) if event.place else "—"
    return [
        escape(event.title),
        f"{escape(event.date_label)}, {escape(event.get_status_display())}",  # the label shows the precision
        people,
        place,
        escape(", ".join(t.slug for t in topics)) or "—",  # slugs, as on the chips and in the table
        _sources_label(getattr(event, "n_sources", None)),
    ]


def _sources_label(n):
    """The hover's source count; an event whose every article was deleted says so."""
    return "none left (kept by an editor)" if n == 0 else (n or 1)


def build_figure(events, *, rows: str = "kind", topics: list[str] | None = None, window=(None, None)) -> dict:
    """Plotly figure dict for ``events`` (see module docstring).

    ``rows="kind"``: one row per kind, one marker per event in its primary topic's colour.
    ``rows="topic"``: one row per topic, one marker per event *and topic it carries* (only the
    ``topics`` selected, when some are), so an event about migration and energy is in both rows.
    """
    traces: dict[str, dict] = {}
    spans = {"x": [], "y": []}
    row_labels: list[str] = []
    first = last = None
    for event in events:
        if event.date is None:
            continue
        carried = sorted(event.topics.all(), key=lambda t: (t.pk != event.primary_topic_id, t.slug))
        if rows == "topic":
            shown = [t for t in carried if not topics or t.slug in topics] or ([] if topics else [None])
        else:
            shown = [carried[0] if carried else None]
        start, end = span_of(event)
        first = start if first is None or start < first else first
        last = end if last is None or end > last else last
        middle = start + (end - start) / 2
        custom = [event.pk, *_hover_data(event, carried)]
        n = custom[-1] if isinstance(custom[-1], int) else 1
        for topic in shown:
            slug, name, colour = (topic.slug, topic.name, topic.colour) if topic else NO_TOPIC
            row = escape(name) if rows == "topic" else event.get_kind_display()  # Plotly renders labels as HTML
            if row not in row_labels:
                row_labels.append(row)
            if end > start:
                spans["x"] += [start.isoformat(), end.isoformat(), None]
                spans["y"] += [row, row, None]
            trace = traces.setdefault(
                slug,
                {
                    "type": "scatter",
                    "mode": "markers",
                    "name": escape(name),
                    "legendgroup": slug,
                    "x": [],
                    "y": [],
                    "customdata": [],
                    "hovertemplate": HOVER,
                    "marker": {"color": colour, "size": [], "symbol": [], "line": {"color": colour, "width": 2}},
                },
            )
            trace["x"].append(middle.isoformat())
            trace["y"].append(row)
            trace["customdata"].append(custom)
            trace["marker"]["size"].append(round(11 + 6 * math.log2(n), 1))
            trace["marker"]["symbol"].append(PLANNED_SYMBOL if event.status == "planned" else HELD_SYMBOL)
    data = []
    if spans["x"]:
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": "date known to the week, month or year",
                "x": spans["x"],
                "y": spans["y"],
                "hoverinfo": "skip",
                "line": {"color": "rgba(90,90,90,0.28)", "width": 12},
            }
        )
    data.extend(traces.values())
    if rows == "topic":
        row_labels.sort(key=lambda r: (r == NO_TOPIC[1], r))
    else:
        order = ["meeting", "talks", "visit", "phone call", "summit"]
        row_labels.sort(key=lambda r: order.index(r) if r in order else 9)
    xaxis = {
        "type": "date",
        "rangeselector": {
            "x": 0,
            "y": 1.01,
            "yanchor": "bottom",
            "buttons": [
                {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                {"count": 5, "label": "5y", "step": "year", "stepmode": "backward"},
                {"count": 10, "label": "10y", "step": "year", "stepmode": "backward"},
                {"step": "all", "label": "all"},
            ],
        },
    }
    _set_range(xaxis, first, last, window)
    layout = {
        "margin": {"l": 10, "r": 10, "t": 40, "b": 10},
        "height": max(320, 170 + 48 * max(1, len(row_labels))),
        "hovermode": "closest",
        "showlegend": False,  # the topic chips above the figure are its legend (same colours)
        "xaxis": xaxis,
        "yaxis": {
            "type": "category",
            "categoryorder": "array",
            "categoryarray": row_labels,
            "autorange": "reversed",
            "automargin": True,
            "fixedrange": True,
        },
        "plot_bgcolor": "#fafafa",
        "uirevision": rows,
    }
    return {"data": data, "layout": layout}


class _All(list):
    def all(self):
        return self


class _Named:
    def __init__(self, name: str, country: str = ""):
        self.name, self.country = name, country


class FigureEvent:
    """The little the figure needs of an event, loaded with ``values()`` (no model instances)."""

    def __init__(self, row: dict, people: list, topics: list, n_sources: int):
        from .models import Event, Kind, Status

        self.pk = row["pk"]
        self.date, self.date_end, self.date_precision = row["date"], row["date_end"], row["date_precision"]
        self.status, self.kind, self.title = row["status"], row["kind"], row["title"]
        self.primary_topic_id = row["primary_topic_id"]
        self.place = _Named(row["place__name"]) if row["place__name"] else None
        self.participants = _All(people)
        self.topics = _All(topics)
        self.n_sources = n_sources
        self._kind_label = dict(Kind.choices).get(self.kind, self.kind)
        self._status_label = dict(Status.choices).get(self.status, self.status)
        self.date_label = Event.date_label.fget(self)

    def get_kind_display(self):
        return self._kind_label

    def get_status_display(self):
        return self._status_label


def figure_events(queryset, topics=None) -> list[FigureEvent]:
    """The figure's events in five queries with ``values()``: events, participant links, their
    people, topic links, sources (six without ``topics``, every Topic)."""
    from django.db.models import Count

    from .models import Event, Mention, Person, Topic

    rows = list(
        queryset.order_by("date", "pk").values(
            "pk", "date", "date_end", "date_precision", "status", "kind", "title", "primary_topic_id", "place__name"
        )
    )
    ids = [r["pk"] for r in rows]
    # The links first, then their people: joined in one query, SQLite (with statistics) read every
    # person and probed the 1000 event ids for each (17 ms instead of 2).
    links = list(Event.participants.through.objects.filter(event_id__in=ids).values_list("event_id", "person_id"))
    named = {
        pk: _Named(name, country)
        for pk, name, country in Person.objects.filter(pk__in={p for _, p in links}).values_list(
            "pk", "name", "country"
        )
    }
    people: dict[int, list] = {}
    for event_id, person_id in links:
        people.setdefault(event_id, []).append(named[person_id])
    topic_by_id = {t.pk: t for t in (topics if topics is not None else Topic.objects.all())}
    topics: dict[int, list] = {}
    for event_id, topic_id in Event.topics.through.objects.filter(event_id__in=ids).values_list("event_id", "topic_id"):
        topics.setdefault(event_id, []).append(topic_by_id[topic_id])
    sources = dict(
        Mention.objects.filter(event_id__in=ids)
        .values("event_id")
        .annotate(n=Count("article_id", distinct=True))
        .values_list("event_id", "n")
    )
    return [FigureEvent(r, people.get(r["pk"], []), topics.get(r["pk"], []), sources.get(r["pk"], 0)) for r in rows]


def _set_range(xaxis: dict, first, last, window) -> None:
    """The x range: the filters' window when there is one (a zoom that fetched detail), else the data, padded."""
    lo, hi = window
    if first is None and lo is None:
        return
    lo = lo or first
    hi = hi or last
    if lo is None or hi is None:
        return
    # A window such as from=0001 or to=9999 is allowed as a filter; the axis shows at most 1900–2100.
    lo, hi = max(lo, dt.date(1900, 1, 1)), min(hi, dt.date(2100, 12, 31))
    if lo > hi:
        return
    pad = max(dt.timedelta(days=20 if window != (None, None) else 120), (hi - lo) / 20)
    xaxis["range"] = [(lo - pad).isoformat(), (hi + pad).isoformat()]


def _month_cells(counts: list[int], first, last, window) -> dict:
    """Markers for monthly counts: one cell a month, as wide as a month is on screen (about 800 px
    for the span shown), darker with more events: a heat strip per row (circles sized by count
    ran together into solid bands over decades)."""
    lo = window[0] or first
    hi = window[1] or last
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1 if lo and hi else 1
    width = max(2, min(30, round(800 / max(1, months))))
    scale = {"colorscale": [[0, "#c6dbef"], [1, "#08306b"]], "cmin": 0, "cmax": max(counts, default=1)}
    return {
        "size": 30,  # the cell's height; a vertical line ("line-ns") as wide as a month
        "symbol": "line-ns",
        "color": counts,
        **scale,
        "line": {"width": width, "color": counts, **scale},
        "colorbar": {"title": {"text": "events a month"}, "thickness": 10, "len": 0.8},
        "showscale": True,
    }


def build_aggregate_figure(rows_data: list[dict], *, rows: str, topics, selected=(), window=(None, None)) -> dict:
    """Monthly counts instead of single events (too many to draw one by one).

    ``rows_data`` from ``EventQuerySet.per_month(rows)``. One cell per month and row, darker
    with more events (``_month_cells``); ``customdata`` = [None, "YYYY-MM", ", p planned"]: timeline.js
    turns a click, or a zoom, into from/to filters, and the server then sends single events.
    """
    by_slug = {t.slug: t for t in topics}
    kinds = {"meeting": "meeting", "talks": "talks", "visit": "visit", "call": "phone call", "summit": "summit"}
    xs, ys, sizes, custom = [], [], [], []
    labels: list[str] = []
    first = last = None
    for r in rows_data:
        if rows == "topic" and selected and r["row"] not in selected:
            continue
        if rows == "topic":
            topic = by_slug.get(r["row"])
            label = escape(topic.name) if topic else NO_TOPIC[1]
        else:
            label = kinds.get(r["row"], r["row"])
        month = r["month"]
        month = month.date() if hasattr(month, "date") else month
        first = month if first is None or month < first else first
        last = month if last is None or month > last else last
        if label not in labels:
            labels.append(label)
        xs.append((month + dt.timedelta(days=14)).isoformat())
        ys.append(label)
        sizes.append(r["n"])
        planned = f", {r['planned']} planned" if r["planned"] else ""
        custom.append([None, f"{month:%Y-%m}", planned])
    labels.sort()
    figure = build_figure([], rows=rows)
    figure["data"] = [
        {
            "type": "scatter",
            "mode": "markers",
            "name": "events per month",
            "x": xs,
            "y": ys,
            "customdata": custom,
            "hovertemplate": (
                "<b>events: %{marker.color}</b> (%{y}%{customdata[2]})<br>%{x|%B %Y}<br>"
                "click or zoom in for single events<extra></extra>"
            ),
            "marker": _month_cells(sizes, first, last, window),
        }
    ]
    layout = figure["layout"]
    layout["yaxis"]["categoryarray"] = labels
    layout["height"] = max(320, 170 + 48 * max(1, len(labels)))
    layout["meta"] = {"aggregated": True}
    _set_range(layout["xaxis"], first, last + dt.timedelta(days=27) if last else None, window)
    return figure


def build_year_chart(rows: list[dict], topics) -> dict:
    """Stacked bars: meetings per year by primary topic, from ``EventQuerySet.per_year_by_topic()``."""
    by_slug = {t.slug: t for t in topics}
    years = sorted({r["year"] for r in rows})
    series: dict[str | None, dict[int, int]] = {}
    for r in rows:
        series.setdefault(r["primary_topic__slug"], {})[r["year"]] = r["n"]
    tallest = max((sum(c.get(y, 0) for c in series.values()) for y in years), default=0)
    data = []
    for slug, counts in sorted(series.items(), key=lambda kv: (kv[0] is None, kv[0] or "")):
        topic = by_slug.get(slug)
        data.append(
            {
                "type": "bar",
                "name": escape(topic.name) if topic else NO_TOPIC[1],  # shown in the hover
                "x": years,
                "y": [counts.get(y, 0) for y in years],
                "marker": {"color": topic.colour if topic else NO_TOPIC[2]},
                "hovertemplate": "%{x}: %{y} event(s)<extra>%{fullData.name}</extra>",
            }
        )
    layout = {
        "barmode": "stack",
        "height": 220,
        "margin": {"l": 40, "r": 10, "t": 10, "b": 30},
        "showlegend": False,
        "xaxis": {"type": "linear", "tickformat": "d", "dtick": 1 if len(years) < 16 else None},
        # One tick per event only for short bars: at 3,000 events a year, dtick=1 made Plotly lay out
        # 3,000 tick labels (12 s to draw the page at 100k events).
        "yaxis": {"title": {"text": "events"}, "dtick": 1 if tallest <= 10 else None, "rangemode": "tozero"},
        "plot_bgcolor": "#fafafa",
    }
    return {"data": data, "layout": layout}
