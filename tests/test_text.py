import pytest

from articles.text import ArticleError, decode_article, split_passages, split_sentences


def test_decode_strips_bom_and_normalises_line_ends():
    assert decode_article("\ufeffOne.\r\nTwo.\rThree.".encode()) == "One.\nTwo.\nThree."


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty"),
        (b"  \n\t \n", "whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Привет".encode("utf-16"), "UTF-16"),
        ("Dushanbe – café".encode("latin-1", errors="replace"), "not UTF-8"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(raw, reason):
    with pytest.raises(ArticleError, match=reason):
        decode_article(raw)


def test_too_large_is_refused():
    with pytest.raises(ArticleError, match="too large"):
        decode_article(b"a" * 101, max_bytes=100)


def test_passages_are_lines_with_exact_offsets():
    text = "First paragraph here.\nSecond one.\n\n  Third, indented.\n"
    passages = split_passages(text)
    assert [p.text for p in passages] == ["First paragraph here.", "Second one.", "Third, indented."]
    for p in passages:
        assert text[p.start : p.end] == p.text


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "The two ministers met in Kazan on\nTuesday to discuss the border and\ntrade between the countries\n\n"
        "They agreed to meet again in the\nautumn in Dushanbe, officials said\nafter the talks ended today\n"
    )
    passages = split_passages(text)
    assert len(passages) == 2
    assert passages[0].text.startswith("The two ministers") and passages[0].text.endswith("countries")


def test_sentences_keep_abbreviations_and_initials_together():
    text = "Mr. Lavrov met Gen. S. Mirzo in the U.S. capital on Jan. 5. Then he left. “We agreed,” he said."
    sentences = split_sentences(text, offset=10)
    assert [s.text for s in sentences] == [
        "Mr. Lavrov met Gen. S. Mirzo in the U.S. capital on Jan. 5.",
        "Then he left.",
        "“We agreed,” he said.",
    ]
    assert sentences[1].start == 10 + text.index("Then")


def test_a_lost_space_after_a_full_stop_still_ends_a_sentence():
    text = "They met at the Foreign Ministry.Later they signed a plan for 2019.In May they met again."
    assert [s.text for s in split_sentences(text)] == [
        "They met at the Foreign Ministry.",
        "Later they signed a plan for 2019.",
        "In May they met again.",
    ]
    # initials and abbreviations run together stay one sentence
    assert len(split_sentences("The U.S.Army and Mr.Smith left.")) == 1


def test_a_wrapped_line_goes_on_in_the_same_sentence():
    # hard-wrapped copy breaks lines near one width: a break after a line that long, or before a word in
    # lower case, is no sentence boundary; a short line is one of its own
    text = (
        "Monitoring digest, Dushanbe\n12 May 05\n\nThe defence minister told a press conference in the capital, after\n"
        "talks with his Russian counterpart, that the base would grow and\nthat more officers would train in Russia\n"
        "this year."
    )
    passages = split_passages(text + "\n\nA second paragraph follows, wrapped like the\nfirst one at the same width.")
    sentences = [s.text for p in passages for s in split_sentences(p.text)]
    assert sentences[:3] == [
        "Monitoring digest, Dushanbe",
        "12 May 05",
        "The defence minister told a press conference in the capital, after\ntalks with his Russian counterpart, "
        "that the base would grow and\nthat more officers would train in Russia\nthis year.",
    ]


def test_wrapped_copy_without_blank_lines_is_split_where_paragraphs_end():
    text = (
        "MOSCOW, May 12 The defence ministers of the two countries met\n"
        "on Tuesday to review the lease of the base and the training\n"
        "of officers.\n"
        "The talks went on for three hours behind closed doors in the\n"
        "ministry's building on the embankment, an official of the\n"
        "ministry said.\n"
        "Neither side gave details of what was agreed about the base\n"
        "or the officers.\n"
    )
    passages = [p.text for p in split_passages(text)]
    assert passages == [
        "MOSCOW, May 12 The defence ministers of the two countries met\non Tuesday to review the lease of the base "
        "and the training\nof officers.",
        "The talks went on for three hours behind closed doors in the\nministry's building on the embankment, an "
        "official of the\nministry said.",
        "Neither side gave details of what was agreed about the base\nor the officers.",
    ]
