"""The timeline figure, built from a queryset of events (``Event.objects.for_timeline()``).

``build_figure(events, rows="kind"|"topic")`` -> a Plotly figure dict ``{"data": [...], "layout": {...}}``:
- one marker trace per topic (colour = topic colour; an event with several topics is drawn in
  the row/colour of its first topic and lists all of them in its hover);
- x = event date (the middle of the span for month-, week- or year-precision events), y = row;
- size grows with the number of source articles; planned events are hollow markers;
- a translucent bar behind each event whose date is known only to the week, month or year, so
  the uncertainty is visible rather than a false exact point;
- ``customdata`` = [event id, detail URL], read by static/timeline/timeline.js on ``plotly_click``.
All text from articles is HTML-escaped: Plotly renders hover text as HTML.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math

from django.urls import reverse
from django.utils.html import escape

NO_TOPIC = ("none", "No topic", "#7f7f7f")


def span_of(event) -> tuple[dt.date, dt.date]:
    """First and last day the event may have happened on, by precision."""
    d = event.date
    if event.date_precision == "year":
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    if event.date_precision == "month":
        return dt.date(d.year, d.month, 1), dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    if event.date_precision == "week":
        return d, event.date_end or d + dt.timedelta(days=6)
    return d, event.date_end or d


def _hover(event, topics) -> str:
    people = ", ".join(escape(p.name) for p in event.participants.all()) or "—"
    place = escape(event.place.name) if event.place else "—"
    sources = getattr(event, "n_sources", None)
    lines = [
        f"<b>{escape(event.title)}</b>",
        f"{escape(event.date_label)} ({escape(event.date_precision)}), {escape(event.get_status_display())}",
        f"Participants: {people}",
        f"Place: {place}",
        f"Topics: {escape(', '.join(t.name for t in topics)) or '—'}",
    ]
    if sources is not None:
        lines.append(f"Sources: {sources}")
    return "<br>".join(lines)


def build_figure(events, *, rows: str = "kind") -> dict:
    """Plotly figure dict for ``events`` (see module docstring). ``rows`` is "kind" or "topic"."""
    traces: dict[str, dict] = {}
    spans = {"x": [], "y": []}
    row_labels: list[str] = []
    for event in events:
        if event.date is None:
            continue
        topics = sorted(event.topics.all(), key=lambda t: (t.pk != event.primary_topic_id, t.slug))
        slug, name, colour = (topics[0].slug, topics[0].name, topics[0].colour) if topics else NO_TOPIC
        row = name if rows == "topic" else event.get_kind_display()
        if row not in row_labels:
            row_labels.append(row)
        start, end = span_of(event)
        middle = start + (end - start) / 2
        if end > start:
            spans["x"] += [start.isoformat(), end.isoformat(), None]
            spans["y"] += [row, row, None]
        trace = traces.setdefault(
            slug,
            {
                "type": "scatter",
                "mode": "markers",
                "name": name,
                "legendgroup": slug,
                "x": [],
                "y": [],
                "customdata": [],
                "hovertext": [],
                "hoverinfo": "text",
                "marker": {"color": colour, "size": [], "symbol": [], "line": {"color": colour, "width": 2}},
            },
        )
        trace["x"].append(middle.isoformat())
        trace["y"].append(row)
        trace["customdata"].append([event.pk, reverse("timeline:event", args=[event.pk])])
        trace["hovertext"].append(_hover(event, topics))
        n = getattr(event, "n_sources", 1) or 1
        trace["marker"]["size"].append(round(10 + 6 * math.log2(n), 1))
        trace["marker"]["symbol"].append("circle-open" if event.status == "planned" else "circle")
    data = []
    if spans["x"]:
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": "date uncertain (week, month or year)",
                "x": spans["x"],
                "y": spans["y"],
                "hoverinfo": "skip",
                "line": {"color": "rgba(90,90,90,0.28)", "width": 10},
                "showlegend": True,
            }
        )
    data.extend(traces.values())
    layout = {
        "margin": {"l": 110, "r": 20, "t": 70, "b": 40},
        "height": max(280, 90 + 55 * max(1, len(row_labels))),
        "hovermode": "closest",
        "showlegend": True,
        "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom", "font": {"size": 12}},
        "xaxis": {
            "type": "date",
            "rangeslider": {"visible": True, "thickness": 0.08},
            "rangeselector": {
                "x": 1,
                "xanchor": "right",
                "y": 1.0,
                "yanchor": "bottom",
                "buttons": [
                    {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                    {"count": 5, "label": "5y", "step": "year", "stepmode": "backward"},
                    {"count": 10, "label": "10y", "step": "year", "stepmode": "backward"},
                    {"step": "all", "label": "all"},
                ],
            },
        },
        "yaxis": {"type": "category", "categoryorder": "array", "categoryarray": row_labels, "automargin": True},
        "plot_bgcolor": "#fafafa",
    }
    return {"data": data, "layout": layout}
