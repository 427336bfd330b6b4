from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .highlight import Marked, highlight
from .models import Article


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
