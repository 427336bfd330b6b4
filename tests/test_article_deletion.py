"""Deleting an article, by any path, leaves no sourceless event on the timeline (issue 12).

The events it reported keep the mentions that still exist and are recomputed from them; an event
left with none is deleted, or kept when an editor curated it and shown as "no source left". Each
change is in the admin log. Runs on SQLite and on PostgreSQL (``make test-postgres``).
"""

import shutil

import pytest
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.contrib.auth import get_user_model

from articles.models import Article
from articles.services import ingest_paths, ingest_text
from timeline.models import Event, Mention

from .conftest import SEEDS

pytestmark = pytest.mark.django_db


def snapshot():
    """The timeline as an analyst sees it, without ids."""
    return sorted(
        (
            str(e.date), e.date_precision, e.kind, e.status, e.title, e.place.name if e.place else "",
            tuple(sorted(p.name for p in e.participants.all())), tuple(sorted(t.slug for t in e.topics.all())),
            tuple(sorted((m.article.file_name, m.start) for m in e.mentions.all())),
        )
        for e in Event.objects.prefetch_related("participants", "topics", "mentions__article").select_related("place")
    )  # fmt: skip


def sole_and_shared(article):
    ids = set(article.mentions.values_list("event_id", flat=True))
    shared = set(Mention.objects.filter(event_id__in=ids).exclude(article=article).values_list("event_id", flat=True))
    return ids - shared, shared


def test_deleting_an_article_leaves_the_timeline_as_if_it_had_never_been_ingested(tmp_path, seeded):
    # Every seed article in turn: deleted after ingestion == never ingested.
    names = sorted(Article.objects.values_list("file_name", flat=True))
    for name in names:
        Event.objects.all().delete()
        Article.objects.all().delete()
        folder = tmp_path / name
        shutil.copytree(SEEDS, folder)
        (folder / name).unlink()
        ingest_paths([folder])
        without = snapshot()
        Event.objects.all().delete()
        Article.objects.all().delete()
        ingest_paths([SEEDS])
        Article.objects.get(file_name=name).delete()
        assert snapshot() == without, name
        assert not Event.objects.filter(mentions__isnull=True).exists()


def test_orm_delete_drops_sole_events_recomputes_shared_ones_and_logs_it(seeded):
    article = max(Article.objects.all(), key=lambda a: len(sole_and_shared(a)[0]) * 10 + len(sole_and_shared(a)[1]))
    sole, shared = sole_and_shared(article)
    assert sole, "a seed article reports an event no other article does"
    before = Event.objects.count()
    article.delete()
    assert Event.objects.count() == before - len(sole)
    assert not Event.objects.filter(pk__in=sole).exists()
    assert not Event.objects.filter(mentions__isnull=True).exists()
    for event in Event.objects.filter(pk__in=shared):
        assert not event.mentions.filter(article__file_name=article.file_name).exists()
    logs = LogEntry.objects.filter(object_id__in=[str(pk) for pk in sole | shared])
    assert {(int(x.object_id), x.action_flag) for x in logs} == {(pk, DELETION) for pk in sole} | {
        (pk, CHANGE) for pk in shared
    }
    assert {x.user.username for x in logs} == {"pipeline"}
    assert all(article.file_name in x.change_message for x in logs)
    assert not get_user_model().objects.get(username="pipeline").has_usable_password()


def test_queryset_delete_of_several_articles(seeded):
    Article.objects.filter(published__year__lt=2018).delete()
    assert Article.objects.count() == 2
    assert Event.objects.exists()
    assert not Event.objects.filter(mentions__isnull=True).exists()
    assert not Mention.objects.exclude(article__in=Article.objects.all()).exists()


def test_a_curated_event_left_without_source_is_kept_and_says_so(client, seeded):
    article = next(a for a in Article.objects.all() if sole_and_shared(a)[0])
    pk = next(iter(sole_and_shared(article)[0]))
    Event.objects.filter(pk=pk).update(curated_fields=["title"], title="Editor's title")
    article.delete()
    event = Event.objects.get(pk=pk)
    assert event.title == "Editor's title" and event.mentions.count() == 0
    panel = client.get(f"/events/{pk}/").content.decode()
    assert "No source left" in panel
    page = client.get("/")
    assert "no source left" in page.content.decode()
    assert "none left" in str(page.context["figure"])
    log = LogEntry.objects.get(object_id=str(pk))
    assert log.action_flag == CHANGE and "No source left" in log.change_message


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_user("editor", password="pw-12345-long", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def test_admin_delete_view_and_action(client, staff, seeded):
    first, second = [a for a in Article.objects.order_by("pk") if sole_and_shared(a)[0]][:2]
    sole = sole_and_shared(first)[0]
    r = client.post(f"/admin/articles/article/{first.pk}/delete/", {"post": "yes"})
    assert r.status_code == 302 and not Article.objects.filter(pk=first.pk).exists()
    assert not Event.objects.filter(pk__in=sole).exists()
    assert set(
        LogEntry.objects.filter(object_id__in=[str(p) for p in sole]).values_list("user__username", flat=True)
    ) == {"editor"}
    sole = sole_and_shared(second)[0]
    r = client.post(
        "/admin/articles/article/", {"action": "delete_selected", "_selected_action": [second.pk], "post": "yes"}
    )
    assert r.status_code == 302 and not Article.objects.filter(pk=second.pk).exists()
    assert not Event.objects.filter(pk__in=sole).exists()
    assert not Event.objects.filter(mentions__isnull=True).exists()
    history = client.get("/").content.decode()
    assert "no source left" not in history


def test_a_reingest_that_no_longer_reports_an_event_drops_it_unless_curated(db):
    text = (
        "DUSHANBE, June 3, 2014 (Asia-Plus) -- Russian Defence Minister Sergei Shoigu held talks with Tajik "
        "President Emomali Rahmon in Dushanbe today on military cooperation.\n"
    )
    ingest_text("a.txt", text)
    assert Event.objects.count() == 1
    ingest_text("a.txt", "DUSHANBE, June 3, 2014 (Asia-Plus) -- The weather was fine.\n")
    assert Event.objects.count() == 0
    ingest_text("a.txt", text)
    Event.objects.update(curated_fields=["kind"])
    ingest_text("a.txt", "DUSHANBE, June 3, 2014 (Asia-Plus) -- The weather was fine.\n")
    assert Event.objects.get().mentions.count() == 0


def test_a_delete_that_failed_half_way_leaves_nothing_behind_for_the_next_one(seeded):
    """The article's pre_delete ran, then the delete failed before its post_delete: the names it
    remembered must not be taken for deleted articles by the next delete."""
    from django.db import transaction
    from django.db.models.signals import post_delete

    from articles.models import Passage

    first, second = list(Article.objects.order_by("pk"))[:2]
    pk = first.pk

    def fail(**kwargs):
        raise RuntimeError("half way")

    post_delete.connect(fail, sender=Passage, dispatch_uid="test-fail")
    try:
        with pytest.raises(RuntimeError), transaction.atomic():
            first.delete()
    finally:
        post_delete.disconnect(dispatch_uid="test-fail", sender=Passage)
    assert Article.objects.filter(pk=pk).exists()
    second.delete()
    messages = list(LogEntry.objects.values_list("change_message", flat=True))
    assert messages and all(second.file_name in m for m in messages)
    assert all(first.file_name not in m for m in messages)
