from django.db import models
from django.urls import reverse

from articles.models import Article, Passage

from .queries import EventCountQuerySet, EventQuerySet


class Country(models.TextChoices):
    RU = "RU", "Russia"
    TJ = "TJ", "Tajikistan"
    OTHER = "XX", "other"


class Person(models.Model):
    name = models.CharField(max_length=200, unique=True, help_text="Canonical English name.")
    aliases = models.JSONField(default=list, blank=True, help_text="Other spellings found in text, e.g. Rahmonov.")
    country = models.CharField(max_length=2, help_text="ISO code: RU, TJ, KG, UZ, …")
    role = models.CharField(max_length=200, blank=True)
    from_gazetteer = models.BooleanField(
        default=True,
        help_text='Unticked: an official found in article text ("Russian Deputy Foreign Minister Andrei Rudenko"), '
        "not in the gazetteer: check the name, country and role.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name


class Place(models.Model):
    name = models.CharField(max_length=200, unique=True)
    country = models.CharField(max_length=2, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(models.Model):
    slug = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=100)
    keywords = models.JSONField(default=list, blank=True, help_text="Words or phrases that mark the topic.")
    colour = models.CharField(max_length=7, default="#666666", help_text="Hex colour on the timeline.")

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.name


class Precision(models.TextChoices):
    DAY = "day", "day"
    WEEK = "week", "week"
    MONTH = "month", "month"
    YEAR = "year", "year"
    UNKNOWN = "unknown", "undated"


class Status(models.TextChoices):
    HELD = "held", "held"
    PLANNED = "planned", "planned"


class Kind(models.TextChoices):
    MEETING = "meeting", "meeting"
    TALKS = "talks", "talks"
    VISIT = "visit", "visit"
    CALL = "call", "phone call"
    SUMMIT = "summit", "summit"


class Event(models.Model):
    date = models.DateField(null=True, blank=True, help_text="First day; null when no date could be resolved.")
    date_end = models.DateField(null=True, blank=True, help_text="Last day of a multi-day event (a range).")
    date_precision = models.CharField(max_length=8, choices=Precision.choices, default=Precision.UNKNOWN)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.HELD)
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.MEETING)
    title = models.CharField(max_length=300)
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="events")
    participants = models.ManyToManyField(Person, blank=True, related_name="events")
    topics = models.ManyToManyField(Topic, blank=True, related_name="events")
    primary_topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The topic the event is mostly about: its colour on the timeline.",
    )  # fmt: skip
    curated_fields = models.JSONField(
        default=list, blank=True, help_text="Fields an editor set by hand; re-extraction leaves them alone."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date", "id"]
        indexes = [
            models.Index(fields=["date"]),
            models.Index(fields=["kind", "status"]),
            models.Index(fields=["date_end"]),  # the "from" filter's branch for multi-day events
        ]

    def __str__(self):
        return f"{self.date_label} {self.title}"

    def get_absolute_url(self):
        return reverse("timeline:event", args=[self.pk])

    CURATABLE = (
        "date",
        "date_end",
        "date_precision",
        "status",
        "kind",
        "title",
        "place",
        "participants",
        "topics",
        "primary_topic",
    )

    @property
    def curated(self) -> bool:
        return bool(self.curated_fields)

    def history(self):
        """Editorial changes recorded for this event (admin log entries), newest first."""
        from django.contrib.admin.models import LogEntry
        from django.contrib.contenttypes.models import ContentType

        return LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(type(self)), object_id=str(self.pk)
        ).select_related("user")

    def dating_mention(self):
        """The mention whose date expression gave the event its date (uses prefetched mentions)."""
        for m in self.mentions.all():
            if m.date == self.date and m.date_precision == self.date_precision and m.date_resolution != "context":
                return m
        return None

    @property
    def date_label(self) -> str:
        """The date as precisely as it is known: 2006-05-26, 2004-10, 2004 or 'undated'."""
        if self.date is None:
            return "undated"
        if self.date_precision == Precision.YEAR:
            return f"{self.date:%Y}"
        if self.date_precision == Precision.WEEK:
            return f"week of {self.date:%Y-%m-%d}"
        if self.date_precision == Precision.MONTH:
            return f"{self.date:%Y-%m}"
        if self.date_end and self.date_end != self.date:
            return f"{self.date:%Y-%m-%d}/{self.date_end:%Y-%m-%d}"
        return f"{self.date:%Y-%m-%d}"


class Mention(models.Model):
    """One report of an event: the sentence of an article that says it happened (or will)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField(help_text="Start of the reporting sentence in the article body.")
    end = models.PositiveIntegerField(help_text="End of the reporting sentence in the article body.")
    quote = models.TextField(help_text="The reporting sentence as written.")
    date_text = models.CharField(max_length=200, blank=True, help_text="The date expression as written.")
    date_resolution = models.CharField(max_length=20, blank=True, help_text="How the date was resolved (method).")
    date_note = models.CharField(max_length=400, blank=True, help_text="How the date was resolved, in words.")
    date = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=8, choices=Precision.choices, default=Precision.UNKNOWN)
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.MEETING)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.HELD)
    extracted = models.JSONField(
        default=dict,
        blank=True,
        help_text="What extraction found for the event in this article: participants, place, topics.",
    )
    pinned = models.BooleanField(
        default=False,
        help_text="An editor put this mention in its event (merge or split): re-extraction keeps it there.",
    )

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.UniqueConstraint(fields=["event", "article", "start"], name="unique_mention_sentence"),
        ]

    def __str__(self):
        return f"{self.article.file_name}[{self.start}:{self.end}]"

    @property
    def passage_start(self) -> int:
        return self.start - self.passage.start

    @property
    def passage_end(self) -> int:
        return self.end - self.passage.start


class EventCount(models.Model):
    """Dated events counted by month, kind, status, primary topic and topic, kept up to date by
    database triggers (migration 0005) in the writer's own transaction, whoever writes (ingestion,
    the admin, ``QuerySet.update()``, raw SQL). The zoomed-out figure, the per-year chart and the
    counts read these few thousand rows instead of grouping every event (``EventCountQuerySet``).

    ``topic``: 0 counts every event; a topic's id counts the events that carry it; -1 counts the
    events that carry none. ``primary_topic``: the events' primary topic id, 0 for none.
    Not a model to write to: the triggers own it.
    """

    month = models.DateField(help_text="First day of the month.")
    kind = models.CharField(max_length=8)
    status = models.CharField(max_length=8)
    primary_topic = models.IntegerField()
    topic = models.IntegerField()
    n = models.IntegerField()

    objects = EventCountQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["topic", "month", "kind", "status", "primary_topic"], name="timeline_eventcount_key"
            ),
        ]
        # every column: the reads are index-only (the figure by topic: 28 -> 9 ms at 100k events)
        indexes = [models.Index(fields=["topic", "month", "kind", "status", "primary_topic", "n"])]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.kind} {self.status} {self.primary_topic} {self.topic}: {self.n}"
