from django.contrib import messages
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .forms import ArticleForm, PublishedDateForm
from .highlight import Marked, highlight
from .manifest import ManifestRow
from .models import Article, DateSource


@require_GET
def article_detail(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    mentions = list(article.mentions.select_related("event"))
    passages = []
    for p in article.passages.all():
        own = [m for m in mentions if m.passage_id == p.pk]
        spans = [Marked(m.start, m.end, m.event.get_absolute_url(), m.event.title, f"m-{m.pk}") for m in own]
        passages.append({"index": p.index, "html": highlight(p.text, p.start, spans), "mentions": own})
    return render(request, "articles/detail.html", {"article": article, "passages": passages})


def _log(request, obj, flag, message):
    LogEntry.objects.log_actions(
        user_id=request.user.pk,
        queryset=[obj],
        action_flag=flag,
        change_message=message,
        single_object=True,
    )


@staff_member_required(login_url="login")
@require_http_methods(["GET", "POST"])
def add_article(request):
    """Paste or upload an article, preview what would be extracted, then save (same pipeline as ``ingest``)."""
    from timeline.extraction.events import extract_events
    from timeline.services import load_gazetteer

    from .services import ingest_text

    preview = None
    form = ArticleForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        meta = ManifestRow(
            file=data["file_name"],
            published=data["published"],
            source=data["outlet"],
            url=data["url"],
            title=data["title"],
        )
        if request.POST.get("action") == "save":
            existed = Article.objects.filter(file_name=meta.file).exists()
            outcome = ingest_text(meta.file, data["text"], meta=meta)
            article = Article.objects.get(file_name=meta.file)
            _log(request, article, CHANGE if existed else ADDITION, f"Article {outcome} through the Add article page")
            n = article.mentions.values("event").distinct().count()
            messages.success(request, f"Saved {article.file_name} ({outcome}): {n} event(s).")
            return redirect(article)
        extraction = extract_events(
            data["text"], manifest_date=data["published"], gazetteer=load_gazetteer(), url=data["url"] or ""
        )
        preview = {
            "extraction": extraction,
            "exists": Article.objects.filter(file_name=meta.file).exists(),
            "file_name": meta.file,
        }
        # The decoded upload goes back into the text box, so that "Save" sends exactly what was previewed.
        form = ArticleForm(initial=data | {"upload": None})
    return render(request, "articles/add.html", {"form": form, "preview": preview})


@staff_member_required(login_url="login")
@require_GET
def undated_queue(request):
    """Articles without a publication date and events without a date, for an editor to settle."""
    from timeline.models import Mention

    articles = (
        Article.objects.filter(Q(published__isnull=True) | Q(mentions__event__date__isnull=True))
        .annotate(n_undated=Count("mentions", filter=Q(mentions__event__date__isnull=True), distinct=True))
        .distinct()
        .order_by("file_name")
    )
    mentions = (
        Mention.objects.filter(event__date__isnull=True)
        .select_related("article", "passage", "event")
        .defer("article__body")
    )
    by_article: dict[int, list] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    rows = [{"article": a, "mentions": by_article.get(a.pk, []), "form": PublishedDateForm()} for a in articles]
    return render(request, "articles/undated.html", {"rows": rows})


@staff_member_required(login_url="login")
@require_POST
def set_published(request, pk: int):
    """An editor's publication date: stored as such (never overwritten by ingestion) and extraction rerun."""
    from .services import reextract_article

    article = get_object_or_404(Article, pk=pk)
    form = PublishedDateForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"{article.file_name}: enter a valid date (YYYY-MM-DD).")
        return redirect("articles:undated")
    article.published = form.cleaned_data["published"]
    article.published_source = DateSource.EDITOR
    article.published_note = f"set by {request.user.get_username()}"
    article.save(update_fields=["published", "published_source", "published_note", "updated_at"])
    reextract_article(article)
    _log(request, article, CHANGE, f"Publication date set to {article.published:%Y-%m-%d}")
    dated = article.mentions.filter(event__date__isnull=False).values("event").distinct().count()
    messages.success(request, f"{article.file_name}: dated {article.published:%Y-%m-%d}; {dated} dated event(s).")
    return redirect("articles:undated")
