"""An article deleted by any path (the admin's delete or action, ``Article.delete()``, a queryset's
``delete()``) takes its mentions with it (the database cascade); these receivers make the events
follow: each event it reported keeps the mentions that still exist and is recomputed from them,
an event left with none is deleted, or kept when an editor curated it (shown as "no source left").
Every such change is written to the admin log, by the editor who deleted (``acting_user``) or,
without one, by the ``pipeline`` account.

Both receivers run inside the delete's own transaction: the events never outlive their sources.
"""

from __future__ import annotations

import contextvars
import threading
from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_delete, pre_delete
from django.dispatch import receiver

from articles.models import Article

PIPELINE_USER = "pipeline"

_acting_user: contextvars.ContextVar = contextvars.ContextVar("acting_user", default=None)
_local = threading.local()


@contextmanager
def acting_user(user):
    """Attribute the event changes that deletions make inside this block to ``user``."""
    token = _acting_user.set(user)
    try:
        yield
    finally:
        _acting_user.reset(token)


def _pending(using: str) -> dict[int, set[str]]:
    """Per database: event id -> file names of the deleted articles that reported it."""
    if not hasattr(_local, "pending"):
        _local.pending = {}
    return _local.pending.setdefault(using, defaultdict(set))


@receiver(pre_delete, sender=Article, dispatch_uid="timeline.article_pre_delete")
def remember_reported_events(sender, instance: Article, using: str, **kwargs) -> None:
    from .models import Mention

    pending = _pending(using)
    for event_id in Mention.objects.using(using).filter(article_id=instance.pk).values_list("event_id", flat=True):
        pending[event_id].add(instance.file_name)


@receiver(post_delete, sender=Article, dispatch_uid="timeline.article_post_delete")
def refresh_reported_events(sender, instance: Article, using: str, **kwargs) -> None:
    # A queryset delete sends every post_delete after every row is gone: the first one does the work.
    pending = dict(_pending(using))
    _pending(using).clear()
    # Names remembered by a delete that was rolled back afterwards are still in the table: not ours.
    names = set().union(*pending.values()) if pending else set()
    alive = set(Article.objects.using(using).filter(file_name__in=names).values_list("file_name", flat=True))
    pending = {pk: gone for pk, names in pending.items() if (gone := names - alive)}
    if pending:
        follow_deleted_sources(pending, using)


def follow_deleted_sources(pending: dict[int, set[str]], using: str = "default") -> None:
    from django.db.models import Count

    from .models import Event
    from .services import lock_events, refresh_events, reset_caches

    lock_events()
    reset_caches()
    events = list(Event.objects.using(using).filter(pk__in=pending).order_by("pk"))
    before = {e.pk: (e.title, e.date_label) for e in events}
    results = refresh_events(events)
    left = dict(
        Event.objects.using(using)
        .filter(pk__in=[e.pk for e in events])
        .annotate(n=Count("mentions"))
        .values_list("pk", "n")
    )
    entries = []
    for event, result in zip(events, results, strict=True):
        names = ", ".join(sorted(pending[event.pk]))
        if result is None:
            entries.append(
                (event, before[event.pk][0], "deleted", f"Deleted: its only source article {names} was deleted")
            )
        elif not left.get(event.pk):
            entries.append(
                (
                    event,
                    event.title,
                    "changed",
                    f"No source left: article {names} was deleted; kept because an editor curated it",
                )
            )
        else:
            entries.append(
                (
                    event,
                    event.title,
                    "changed",
                    f"Source article {names} deleted; recomputed from {left[event.pk]} remaining mention(s)",
                )
            )
    _log(entries, using)


def _log(entries, using: str) -> None:
    from django.contrib.admin.models import CHANGE, DELETION, LogEntry
    from django.contrib.auth import get_user_model
    from django.contrib.contenttypes.models import ContentType

    from .models import Event

    if not entries:
        return
    user = _acting_user.get()
    if user is None or not getattr(user, "pk", None):
        user, created = (
            get_user_model().objects.using(using).get_or_create(username=PIPELINE_USER, defaults={"is_active": False})
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
    content_type = ContentType.objects.db_manager(using).get_for_model(Event)
    LogEntry.objects.using(using).bulk_create(
        [
            LogEntry(
                user_id=user.pk,
                content_type_id=content_type.pk,
                object_id=str(event.pk),
                object_repr=title[:200],
                action_flag=DELETION if what == "deleted" else CHANGE,
                change_message=message,
            )
            for event, title, what, message in entries
        ]
    )
