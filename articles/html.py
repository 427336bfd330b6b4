"""HTML saved as .txt: recognised and turned into plain text, paragraphs kept, scripts and styles dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote", "title"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    if re.search(r"<!doctype html|<html[\s>]|<body[\s>]", head):
        return True
    return len(re.findall(r"</?(?:p|div|span|a|br|li|h[1-6])\b[^>]*>", text[:20000], re.IGNORECASE)) >= 5


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line) + "\n"
