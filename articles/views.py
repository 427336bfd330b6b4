from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from .models import Article


def highlight(passage, mentions) -> str:
    """The passage as HTML with each reporting sentence in <mark>; everything else escaped."""
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: m.start):
        s, e = m.start - passage.start, m.end - passage.start
        if s < pos or s < 0 or e > len(passage.text):
            continue
        out.append(escape(passage.text[pos:s]))
        out.append(
            f'<mark id="m-{m.pk}"><a href="{m.event.get_absolute_url()}" title="{escape(m.event.title)}">'
            f"{escape(passage.text[s:e])}</a></mark>"
        )
        pos = e
    out.append(escape(passage.text[pos:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece above is escaped


@require_GET
def article_detail(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    mentions = list(article.mentions.select_related("event"))
    passages = []
    for p in article.passages.all():
        own = [m for m in mentions if m.passage_id == p.pk]
        passages.append({"index": p.index, "html": highlight(p, own), "mentions": own})
    return render(request, "articles/detail.html", {"article": article, "passages": passages})
