from django import template

from articles.highlight import Marked, highlight

register = template.Library()


@register.filter
def passage_with_mark(mention):
    """The mention's passage, escaped, with its reporting sentence in <mark>."""
    passage = mention.passage
    return highlight(passage.text, passage.start, [Marked(mention.start, mention.end)])


@register.simple_tag
def query_with(filters, **changes):
    """The current filters' query string with some parameters changed."""
    return filters.querystring(**changes)
