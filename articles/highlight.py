"""Passages as HTML with the reporting sentences marked; everything from the article escaped."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Marked:
    start: int  # offsets in the article body
    end: int
    href: str = ""
    title: str = ""
    ident: str = ""


def highlight(text: str, offset: int, spans: list[Marked]) -> SafeString:
    """``text`` (a passage starting at body offset ``offset``) with each span in <mark>, escaped."""
    out, pos = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        s, e = span.start - offset, span.end - offset
        if s < pos or s < 0 or e > len(text) or e <= s:
            continue
        out.append(escape(text[pos:s]))
        inner = escape(text[s:e])
        if span.href:
            inner = format_html('<a href="{}" title="{}">{}</a>', span.href, span.title, inner)
        out.append(format_html("<mark{}>{}</mark>", format_html(' id="{}"', span.ident) if span.ident else "", inner))
        pos = e
    out.append(escape(text[pos:]))
    return mark_safe("".join(str(x) for x in out))  # noqa: S308 - every piece is escaped above
