"""``{{ value|http_url }}``: the value if it is an absolute http(s) link, else empty.

Every template that renders a URL that came from outside goes through this filter (a test reads
the templates and fails on one that does not); pair it with ``{% if %}`` so no empty link is drawn.
"""

from django import template

from articles.links import http_url as _http_url

register = template.Library()


@register.filter(is_safe=False)
def http_url(value):
    return _http_url(value)
