"""Reads: named QuerySet methods, so that no view loops over rows issuing queries."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import ExtractYear, TruncMonth


class EventQuerySet(models.QuerySet):
    def dated(self):
        return self.filter(date__isnull=False)

    def undated(self):
        return self.filter(date__isnull=True)

    def matching(self, filters, *, ignore_topics: bool = False):
        """Events that pass ``filters`` (a ``timeline.filters.Filters``).

        Topics, people and kinds are each any-of; the date range keeps events whose possible
        span (by precision) overlaps it; ``q`` searches the passages that report the event.
        """
        qs = self
        if filters.topics and not ignore_topics:
            qs = qs.filter(
                pk__in=self.model.topics.through.objects.filter(topic__slug__in=filters.topics).values("event_id")
            )
        if filters.people:
            qs = qs.filter(
                pk__in=self.model.participants.through.objects.filter(person__name__in=filters.people).values(
                    "event_id"
                )
            )
        if filters.kinds:
            qs = qs.filter(kind__in=filters.kinds)
        if filters.status:
            qs = qs.filter(status=filters.status)
        if filters.date_from:
            start = filters.date_from
            qs = qs.filter(
                Q(date__gte=start)
                | Q(date_end__gte=start)
                | Q(date_precision="month", date__gte=start.replace(day=1))
                | Q(date_precision="year", date__gte=dt.date(start.year, 1, 1))
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
        order = ("date", "pk") if sort != "-date" else ("-date", "-pk")
        return (
            self.select_related("place", "primary_topic")
            .prefetch_related("participants", "topics")
            .annotate(n_sources=Count("mentions__article", distinct=True))
            .order_by(*order)
        )

    def per_month(self, rows: str = "kind") -> list[dict]:
        """[{"month", "row" (kind, or topic slug/None), "n", "planned"}]: the figure zoomed out, in one query."""
        key = F("kind") if rows == "kind" else F("topics__slug")
        return list(
            self.dated()
            .annotate(month=TruncMonth("date"), row=key)
            .values("month", "row")
            .annotate(n=Count("pk", distinct=True), planned=Count("pk", filter=Q(status="planned"), distinct=True))
            .order_by("month", "row")
        )

    def topic_counts(self) -> dict[str, int]:
        """{topic slug: number of these events that carry it}, in one query."""
        rows = self.filter(topics__isnull=False).values("topics__slug").annotate(n=Count("pk", distinct=True))
        return {r["topics__slug"]: r["n"] for r in rows}

    def per_year_by_topic(self) -> list[dict]:
        """[{"year", "topic" (primary topic slug or None), "n"}], in one query."""
        return list(
            self.dated()
            .annotate(year=ExtractYear("date"))
            .values("year", "primary_topic__slug")
            .annotate(n=Count("pk"))
            .order_by("year", "primary_topic__slug")
        )
