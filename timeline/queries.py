"""Reads: named QuerySet methods, so that no view loops over rows issuing queries."""

from __future__ import annotations

from django.db import models
from django.db.models import Count, Prefetch


class EventQuerySet(models.QuerySet):
    def dated(self):
        return self.filter(date__isnull=False)

    def undated(self):
        return self.filter(date__isnull=True)

    def for_timeline(self):
        """Events with place, participants, topics and mentions (with article) loaded; n_sources annotated."""
        from .models import Mention

        return (
            self.select_related("place")
            .prefetch_related(
                "participants",
                "topics",
                Prefetch(
                    "mentions",
                    queryset=Mention.objects.select_related("article", "passage").order_by(
                        "article__published", "start"
                    ),
                ),
            )
            .annotate(n_sources=Count("mentions__article", distinct=True))
            .order_by("date", "pk")
        )
