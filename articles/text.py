"""Text in: decode article bytes, split them into passages and sentences.

Pure functions. Offsets are character offsets into the decoded body, so that every
passage and sentence can be shown and highlighted in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class ArticleError(ValueError):
    """An article that cannot be ingested; the message says why, in words a user understands."""


@dataclass(frozen=True)
class Span:
    index: int
    start: int
    end: int
    text: str


def decode_article(raw: bytes, *, max_bytes: int | None = None) -> str:
    """Decode a UTF-8 article (BOM stripped, CRLF/CR → LF) or raise ArticleError with the reason."""
    if max_bytes is not None and len(raw) > max_bytes:
        raise ArticleError(f"file too large: {len(raw):,} bytes (limit {max_bytes:,})")
    if not raw:
        raise ArticleError("empty file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError("UTF-16 text: save the file as UTF-8")
    if b"\x00" in raw[:8192]:
        raise ArticleError("binary file (contains NUL bytes), not text")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"not UTF-8 text: byte 0x{raw[exc.start]:02x} at offset {exc.start} cannot be decoded"
        ) from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise ArticleError("binary file (too many control characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError("no text: the file holds only whitespace")
    return text


def split_passages(text: str) -> list[Span]:
    """Paragraphs: each non-blank line, or for hard-wrapped text each block between blank lines.

    Wire copy usually puts one paragraph on a line; hard-wrapped text (most lines short and
    not ending a sentence) is joined up to the next blank line instead.
    """
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if not lines:
        return []
    wrapped = sum(1 for m in lines if len(m.group()) < 90 and not re.search(r"[.!?:\"”’)]\s*$", m.group()))
    hard_wrapped = len(lines) >= 4 and wrapped / len(lines) > 0.6
    if hard_wrapped and "\n\n" in text:
        blocks = list(re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text))
        spans = [(m.start(), m.end()) for m in blocks]
    elif hard_wrapped:
        # wrapped with no blank line between paragraphs (Reuters copy pasted as text): a paragraph goes
        # on while its line is about the wrap width, or the next line begins in lower case
        spans = []
        for m in lines:
            if spans and _wraps(text, spans[-1][1], m.start()):
                spans[-1] = (spans[-1][0], m.end())
            else:
                spans.append((m.start(), m.end()))
    else:
        spans = [(m.start(), m.end()) for m in lines]
    passages = []
    for start, end in spans:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        start, end = start + lead, start + trail
        if end > start:
            passages.append(Span(len(passages), start, end, text[start:end]))
    return passages


def _wraps(text: str, end: int, nxt: int) -> bool:
    """Whether the line ending at ``end`` goes on, wrapped, on the line starting at ``nxt``."""
    line = text[text.rfind("\n", 0, end) + 1 : end].rstrip()
    if text[nxt : nxt + 1].islower():
        return True
    return len(line) >= WRAP_WIDTH and not line.endswith((".", "!", "?", ":", '"', "”"))


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
    "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "est", "fig",
}  # fmt: skip
# (copied pages often lose the space between sentences: "… the Consular Service.During the meeting";
# two lower-case letters or digits, a full stop and a capitalised word are still a boundary, unlike
# "U.S.Army")
_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\.(?<=[a-z0-9]{2}\.)(?=[A-Z][a-z])|\n+")
# Hard-wrapped copy (e-mailed wire copy, monitoring digests) breaks its lines near one width, 60 to 80
# characters: inside a paragraph a line break after a line that long is a wrap, not a boundary ("…
# told an ITAR-TASS correspondent today, following the\ntalks with his Tajik counterpart"); a shorter
# line is one of its own ("Avesta web site, Dushanbe\n16 Oct 04").
WRAP_WIDTH = 55


def split_sentences(text: str, *, offset: int = 0) -> list[Span]:
    """Sentences of a passage, with offsets shifted by ``offset``; abbreviations and initials do not end one."""
    sentences: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() == "\n" and (
            m.start() - (text.rfind("\n", 0, m.start()) + 1) >= WRAP_WIDTH or text[end : end + 1].islower()
        ):
            continue  # a wrapped line
        if m.group().startswith("."):
            word = re.search(r"([\w.]+)\.$", text[start : m.start() + 1])
            token = word.group(1).lower() if word else ""
            if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                continue
        _add_sentence(sentences, text, start, end, offset)
        start = end
    _add_sentence(sentences, text, start, len(text), offset)
    return sentences


def _add_sentence(out: list[Span], text: str, start: int, end: int, offset: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    s, e = start + lead, start + len(chunk.rstrip())
    if e > s:
        out.append(Span(len(out), s + offset, e + offset, text[s:e]))


def title_from_text(text: str) -> str:
    """A headline when the first line looks like one (short, no final full stop), else ''."""
    first = text.strip().split("\n", 1)[0].strip()
    if 10 <= len(first) <= 160 and not first.endswith((".", "”", '"')) and "\n" in text.strip():
        return first
    return ""
