"""Meetings between Russian and Tajik officials: text in, dataclasses out.

``extract_events(text, manifest_date=..., gazetteer=...)`` -> ``Extraction``:
the reference date, the passages, and a list of ``ExtractedEvent``, each with the
``ExtractedMention`` sentences that report it (offsets into ``text``).

How it reads an article, sentence by sentence:
1. triggers: words that report a contact (met, talks, visit, received, phone conversation …);
2. actors: people from the gazetteer, titles resolved to the holder on the date
   ("the Russian president" in 2017 → Vladimir Putin), national bodies ("the Tajik side"),
   collective references ("the two leaders", "the talks") that point back to the last event;
3. the date expression nearest to the trigger, unless it is a bound ("since 2008", "until 2042"),
   a birth date, or belongs to another noun ("the SCO summit due on June 15");
4. a new event needs actors of both countries (or one and a place in the other) and a date;
   sentences without a date of their own join the event they refer to in the same article,
   or stay undated, never guessed;
5. status: planned for future tense (quotes masked) or a date after the article's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from articles.text import Span, split_passages, split_sentences

from .dates import (
    DateExpression,
    ReferenceDate,
    ResolvedDate,
    date_line_date,
    date_rank,
    edit_distance,
    find_date_expressions,
    find_reference_date,
    is_same_day,
    latest_year,
    precision_span,
    resolve,
    shift_of,
    weekday_year,
)
from .gazetteer import Gazetteer, Hit, PersonEntry, PlaceEntry
from .officials import _REGIONS, find_officials

EARLIEST = dt.date(1991, 9, 9)  # independence of Tajikistan: no Russia–Tajikistan contact before it

KIND_PRIORITY = ["call", "summit", "talks", "meeting", "visit"]

_TRIGGERS: list[tuple[str, re.Pattern]] = [
    (
        "call",
        re.compile(
            r"\b(?=[tpbov])(?:(?:tele)?phone\s+(?:conversations?|calls?|talks?|contacts?)|(?:by|over\s+the|on\s+the)\s+(?:tele)?phone"
            r"|(?:tele)?phoned|video\s*(?:conference|link|call)s?|videoconferences?)\b",
            re.IGNORECASE | re.ASCII,
        ),
    ),
    (
        "summit",
        re.compile(
            r"\b(?=[sqtmfSQTMF])(?:(?i:summits?)|(?:quadrilateral|trilateral|multilateral|(?:three|four|five|six)[-\s](?:party|way))\s+"
            r"(?:meeting|talks|format)|(?:meeting|session)s?\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?){1,6}"
            r"(?:[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)|prime\s+ministers|leaders))\b"
        ),
    ),
    (
        "talks",
        re.compile(
            # (one talk had with someone: "had a tete-a-tete talk with his Tajik opposite number")
            r"\b(?:talks|negotiations?|negotiated|consultations)\b",
            re.IGNORECASE | re.ASCII,
        ),
    ),
    # "was among the leaders at the CIS summit"
    (
        "summit",
        re.compile(
            r"\b(?:was|were)\s+among\s+the\s+(?:leaders|heads\s+of\s+state)\s+(?:at|who)\b", re.IGNORECASE | re.ASCII
        ),
    ),
    (
        "meeting",
        re.compile(
            # (the lookahead rejects at once a word that no alternative can begin: a third of the time)
            r"\b(?=[abcdhilmoprstw]|(?-i:[A-Z]))(?:met|meet|meets|meeting|meetings|received|receives|receiving|receive|reception|hosted|hosts|"
            r"discuss(?:ed|es|ing)?|conferred|sat\s+down\s+with|audience|conversation|co-chair(?:ed|s)?|"
            r"(?:informal|working|official|state|private)\s+(?:dinner|lunch|luncheon|breakfast)|"
            r"agreements?\s+(?:was\s+|were\s+)?reached|"
            # words that report two people face to face: "told his counterpart", "in the presence of",
            # "brought Lavrov and Mukhriddin together", "see each other", "signed … with"
            r"(?:session|sitting|meeting)s?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?"
            r"(?:commission|committee|(?:working|cooperation|friendship|parliamentary|joint)\s+group|ministries|agencies)|"
            r"(?:continue|resume)\s+(?:our|their|the)\s+contacts|"
            r"(?:spoke|talked|chatted)\s+(?:with|to)(?=\s+(?:his|her|their|(?-i:[A-Z])))|"
            r"(?:presidents|leaders|ministers|premiers|sides|two)\s+(?:also\s+|briefly\s+|jointly\s+|together\s+)?"
            r"(?:spoke|talked|watched|attended|opened|inaugurated|launched|toured|unveiled|laid)|"
            r"(?<=\band\s)(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:also\s+|briefly\s+)?(?:spoke|talked)(?=\s+(?:about|on|by|in|at|for|over)\b)|"
            r"told\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:counterparts?|guests?|hosts?|colleagues?|interlocutors?)|"
            r"in\s+the\s+presence\s+of|brought\s+(?:[\w'’-]+\s+){1,6}?together|see\s+each\s+other|"
            # a gathering held "with the participation of" officials of both sides brought them together
            r"with\s+the\s+participation\s+of|"
            # what both sides signed was signed together: "the document was inked by X and Y in Moscow"
            r"(?:was|were)\s+(?:jointly\s+)?(?:signed|inked)\s+(?:(?:on\s+behalf\s+of\s+\w+\s+|in\s+\w+\s+)?)by(?=\s)|"
            # active "signed a/the/two …" (not "agreements signed during the visit")
            # (one's own decree or law is signed alone: "signed a decree awarding Rahmon the Order …")
            r"signed\s+(?=(?:an?|the|two|three|four|five|several|\d+|more\s+than|over|a\s+package|documents|agreements|accords)\b)"
            r"(?!(?:an?|the)\s+(?:[\w-]+\s+)?(?:decree|law|bill|resolution|executive\s+order)s?\b)|"
            r"handed\s+(?:over\s+)?(?:[\w'’-]+\s+){0,4}?(?:to|over\s+to)"
            r"(?=\s+(?:the\s+(?:Russian|Tajik)|his|her|(?-i:[A-Z][a-z]+\s+[A-Z]))))\b",
            re.IGNORECASE | re.ASCII,
        ),
    ),
    (
        "visit",
        re.compile(
            r"\b(?=[vtiasfchwr])(?:visit(?:s|ed|ing)?|trip|invit(?:ed|es|ing|ation)|arriv(?:e|ed|es|ing|al)"
            # (a day between: "arrived on Monday evening in Dushanbe")
            r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
            r"(?:\s+(?:morning|afternoon|evening|night))?,?)?\s+(?:in|at)"
            # being somewhere: "spent two days in Dushanbe", "first came to", "had last been in", "was last in"
            r"|spent\s+(?:\w+\s+){1,2}(?:days?|hours?)\s+in|(?:first\s+)?came\s+to(?=\s+(?-i:[A-Z]))"
            r"|had\s+(?:last\s+|previously\s+|already\s+)?been\s+(?:in|to)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
            r"|(?:was|were)\s+last\s+in(?=\s+(?-i:[A-Z]))|returned\s+to(?=\s+(?:the\s+)?(?-i:[A-Z])))\b",
            re.IGNORECASE | re.ASCII,
        ),
    ),
]

# Verbs that report a contact only when a person is their object (checked in _find_triggers): "called
# Tajik President Emomali Rahmon" (not "called the visit a milestone"), "rang Putin", "told Rahmon" (not
# "told reporters"), "welcomed Shoigu to Dushanbe" (not "welcomed the decision"), "will host Rahmon"
# (not "will host the summit").
_OBJECT_TRIGGERS: list[tuple[str, re.Pattern]] = [
    (
        "call",
        re.compile(r"\b(?:call(?:ed|ing)|rang)(?=\s+(?:his\s+|her\s+|the\s+)?(?-i:[A-Z]))", re.IGNORECASE | re.ASCII),
    ),
    (
        "meeting",
        re.compile(
            r"\b(?:told|welcomed|welcomes|welcoming|greeted|greets|greeting|host|hosting|escorted|saw\s+off"
            # an envoy summoned, a note handed to someone: in person ("summoned Ambassador X and handed him a note")
            r"|presented|summon(?:ed|s|ing)|handed)(?=\s+(?:his\s+|her\s+|the\s+)?(?-i:[A-Z]))",
            re.IGNORECASE | re.ASCII,
        ),
    ),
]
_OBJECT_WORDS = (
    "call",
    "rang",
    "told",
    "welcom",
    "greet",
    "host",
    "escorted",
    "saw off",
    "presented",
    "summon",
    "handed",
)
# Two officials as the subjects of what they did together were together: "Putin and Rahmon attended a
# concert", "Shoigu and Mirzo watched the exercises", "Lavrov and Aslov gave a joint press conference" (the
# second name must be a person the sentence names: not "Russia and Tajikistan opened a crossing")
_PAIR_SUBJECT_TRIGGERS: list[tuple[str, re.Pattern]] = [
    (
        "meeting",
        re.compile(
            r"(?<=\band\s)(?:(?:his|her)\s+(?:Russian|Tajik)\s+(?:counterpart|colleague)\s+)?(?P<who>(?:(?-i:[A-Z])[\w'’-]+\s+){1,3})"
            r"(?:also\s+|jointly\s+|together\s+|later\s+)?"
            r"(?:attended|watched|toured|inspected|opened|inaugurated|unveiled|laid\s+(?:a\s+)?wreaths?|took\s+part\s+in"
            r"|posed|walked|witnessed|oversaw|initiall?ed|exchanged\s+(?:views|opinions|the\s+instruments)|sat\s+together"
            r"|(?:gave|held)\s+a\s+joint\s+(?:press|news)\s+conference"
            # speaking in turn at one event: "X and Y delivered statements opening the forum"
            r"|(?:delivered|made|gave)\s+(?:(?:opening|welcoming|keynote|introductory)\s+)?(?:statements|speeches|addresses|remarks))\b",
            re.IGNORECASE | re.ASCII,
        ),
    ),
]
_PAIR_SUBJECT_WORDS = (
    "attended",
    "watched",
    "toured",
    "inspected",
    "opened",
    "inaugurated",
    "unveiled",
    "laid",
    "took part",
    "joint",
    "posed",
    "walked",
    "witnessed",
    "oversaw",
    "initial",
    "exchanged",
    "sat together",
    "statements",
    "speeches",
    "addresses",
    "remarks",
)
_QUOTE_SAID_BEFORE = re.compile(r"[,.!?…]\s*[”\"]\s*(?:[\w'’.-]+\s+){1,5}$")
# what stands between such a verb and its person: a title ("Tajik President", "the Russian Foreign
# Minister", "his Tajik counterpart")
_TITLE_BETWEEN = re.compile(r"\s+(?:(?:his|her|the)\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|of\s+|the\s+){0,6}", re.ASCII)
_COUNTERPART_OBJECT = re.compile(
    r"\s+(?:his|her)\s+(?:(?:Tajik|Tajikistani|Russian)\s+)?(?:counterpart|opposite\s+number|colleague)\b", re.ASCII
)


def _person_follows(sentence: str, end: int, person_starts: set[int]) -> bool:
    """Whether a person (after a title, if any) is the object of the verb ending at ``end``, not a
    possessive ("welcomed Putin's proposal")."""
    if _COUNTERPART_OBJECT.match(sentence, end):
        return True
    for start in sorted(p for p in person_starts if end < p <= end + 80):
        between = _TITLE_BETWEEN.match(sentence, end)
        if between is None or between.end() < start:
            return False
        name = re.match(r"[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+){0,3}", sentence[start:])
        return not (name and re.match(r"['’]s\b", sentence[start + name.end() :]))
    return False


# Rarer wordings: (kind, pattern, words one of which (lower case) a sentence must hold for the
# pattern to be tried at all).
# "the Russian delegation is led by Boris Pastukhov": a gated trigger, and what joins it to the visit (``_cluster``)
# ("The delegation of the Russian Federation, headed by a deputy minister, included …")
_DELEGATION_LED = re.compile(
    r"\bdelegation(?:\s+of\s+(?:the\s+)?(?:Russian\s+Federation|Russia|Republic\s+of\s+Tajikistan|Tajikistan))?"
    r"(?:\s+(?:is|was|will\s+be)|,)\s+(?:led|headed)\s+by\b",
    re.IGNORECASE | re.ASCII,
)
# Tried before the common wordings, where the sentence has one of the words: an envoy summoned by the
# host ("the ambassador was invited to the Foreign Ministry": no invitation to a visit).
_FIRST_GATED_TRIGGERS: list[tuple[str, re.Pattern, tuple[str, ...]]] = [
    (
        "meeting",
        re.compile(
            r"\b(?:was|were|(?:has|had)\s+been)\s+(?:summoned|invited|called\s+in)\s+to\s+the\s+"
            r"(?:(?:Russian|Tajik)\s+)?(?:Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs)\b",
            re.IGNORECASE | re.ASCII,
        ),
        ("summoned", "invited to the", "called in"),
    ),
]
_GATED_TRIGGERS: list[tuple[str, re.Pattern, tuple[str, ...]]] = [
    # "held a tete-a-tete", "had a one-on-one with Rahmon"
    (
        "meeting",
        re.compile(
            r"\b(?:had|held|hold|have|has)\s+an?\s+(?:one-(?:on|to)-one|t[eê]te-[aà]-t[eê]te)(?:\s+(?:meeting|talks?|conversation))?",
            re.IGNORECASE,
        ),
        ("one-on-one", "one-to-one", "tete", "tête"),
    ),
    # one talk had with someone: "had a tete-a-tete talk with his Tajik opposite number"
    (
        "talks",
        re.compile(r"\b(?:had|held)\s+an?\s+(?:[\w-]+\s+){0,2}?talk(?=\s+with\b)", re.IGNORECASE | re.ASCII),
        ("talk with",),
    ),
    # "the first round, chaired by the two ministers, took place in April"
    (
        "talks",
        re.compile(
            r"\b(?:first|second|third|fourth|next|previous|last|latest|new)\s+round(?!\s+of\s+(?!talks|consultations|negotiations))"
            r"(?=[^.;]{0,80}?\b(?:took\s+place|was\s+held|will\s+(?:be\s+held|take\s+place)|is\s+(?:to\s+be\s+held|scheduled)))",
            re.IGNORECASE | re.ASCII,
        ),
        (" round",),
    ),
    # one of the contacts just counted: "he has visited more than ten times; the first time was in 2000,
    # and the last time was in June 2022"
    (
        "meeting",
        re.compile(
            r"\b(?:first|last|previous|latest)\s+time(?=\s+(?:was|came)\s+(?:in|on|at)\b)", re.IGNORECASE | re.ASCII
        ),
        ("first time", "last time", "previous time", "latest time"),
    ),
    # a body's gathering: "the commission, which held its 20th session on October 4"
    (
        "meeting",
        re.compile(r"\bheld\s+its\s+(?:[\w-]+\s+){0,2}?(?:session|meeting|sitting)s?\b", re.IGNORECASE | re.ASCII),
        ("held its",),
    ),
    # "inked an agreement" (as "signed a …")
    (
        "meeting",
        re.compile(
            r"\binked\s+(?=(?:an?|the|two|three|four|five|several|\d+|documents|agreements|accords)\b)", re.I | re.A
        ),
        ("inked",),
    ),
    # face to face: "shook hands in the Kremlin", "had dinner together", "had lunch with Rahmon"
    (
        "meeting",
        re.compile(
            r"\b(?:sh(?:ook|aking|akes)\s+hands"
            r"|(?:had|have|has|having|hosted)\s+(?:an?\s+)?(?:dinner|lunch|luncheon|breakfast)(?=\s+(?:together|with)\b))",
            re.IGNORECASE | re.ASCII,
        ),
        ("hands", "dinner", "lunch", "breakfast"),
    ),
    # "led a parliamentary delegation to Dushanbe", "is expected in Moscow next week"
    (
        "visit",
        re.compile(
            r"\b(?:(?:led|headed)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\s+to"
            r"|(?:is|are|was|were)\s+(?:expected|awaited)\s+in)(?=\s+(?:the\s+)?(?-i:[A-Z]))",
            re.IGNORECASE | re.ASCII,
        ),
        ("delegation to", "expected in", "awaited in"),
    ),
    # setting out: "left for Kazan", "flew to Moscow", "departed for Dushanbe"
    (
        "visit",
        re.compile(
            r"\b(?:left|leaves|departed|departs|flew|flies|travell?ed|travels|headed|heads|heading)"
            r"\s+(?:for|to)(?=\s+(?:the\s+)?(?:Russian\s+|Tajik\s+)?(?-i:[A-Z]))",
            re.IGNORECASE | re.ASCII,
        ),
        ("left", "leaves", "depart", "flew", "flies", "travel", "head"),
    ),
    # (a base form after "will" or "to" only: "barred from traveling to Russia" is no trip)
    (
        "visit",
        re.compile(
            r"\b(?:will|to)\s+(?:leave|depart|fly|travel|head)\s+(?:for|to)(?=\s+(?:the\s+)?(?:Russian\s+|Tajik\s+)?(?-i:[A-Z]))",
            re.IGNORECASE | re.ASCII,
        ),
        (
            "will leave",
            "to leave",
            "will depart",
            "to depart",
            "will fly",
            "to fly",
            "will travel",
            "to travel",
            "will head",
            "to head",
        ),
    ),  # fmt: skip
    # being there: "will be in Dushanbe on Friday"
    (
        "visit",
        re.compile(r"\b(?:will|would|is\s+to|are\s+to)\s+be\s+in(?=\s+(?-i:[A-Z]))", re.IGNORECASE | re.ASCII),
        ("will be in", "would be in", "is to be in", "are to be in"),
    ),
    # "was welcomed at the airport by Prime Minister Kokhir Rasulzoda"
    (
        "meeting",
        re.compile(
            r"\b(?:was|were)\s+(?:welcomed|greeted|met)\s+(?:[\w'’-]+\s+){0,5}?by(?=\s+(?:the\s+)?(?-i:[A-Z]))",
            re.IGNORECASE | re.ASCII,
        ),
        ("welcomed", "greeted", " met "),
    ),
    # "signed by President Putin and President Rahmon", "to be signed in October by Russian President Putin"
    (
        "meeting",
        re.compile(
            r"\bsigned\s+(?:(?:in|on|at|during)\s+[\w\s,-]{1,30}?\s+)?by(?=\s+(?:the\s+(?:two\s+)?)?(?:(?-i:Russian|Tajik)\s+)?"
            r"(?:(?-i:President|Prime|Foreign|Defen[cs]e|Minister)|presidents|leaders|heads))",
            re.IGNORECASE | re.ASCII,
        ),
        ("signed",),
    ),
    # "their previous contact on September 1"
    (
        "meeting",
        re.compile(
            r"\b(?:their|his|her)\s+(?:previous|last|latest|recent)\s+(?:face-to-face\s+|in-person\s+|personal\s+|direct\s+)?contact\b",
            re.IGNORECASE | re.ASCII,
        ),
        ("contact",),
    ),
    # agreeing is a contact when the two are named as such ("the sides agreed" may be anyone's)
    (
        "meeting",
        re.compile(
            r"\b(?:(?:presidents|leaders|ministers|premiers|heads\s+of\s+state)\s+of\s+(?:Russia|Tajikistan)\s+and\s+(?:Russia|Tajikistan)"
            r"|two\s+(?:presidents|leaders|ministers|premiers))\s+(?:also\s+)?agreed\b",
            re.IGNORECASE | re.ASCII,
        ),
        ("agreed",),
    ),
    # "the cargo was handed over by Ambassador Lyakin-Frolov to Health Minister Abdullozoda"
    (
        "meeting",
        re.compile(
            r"\b(?:was|were)\s+handed\s+(?:over\s+)?by(?=\s+(?:the\s+)?(?:Russian|Tajik|(?-i:[A-Z])))",
            re.IGNORECASE | re.ASCII,
        ),
        ("handed",),
    ),
    # a courtesy call is a visit to someone's office: "the ambassador paid a courtesy call on the
    # minister", "Lyakin-Frolov called on Foreign Minister Muhriddin"; calling on someone to do
    # something is an appeal ("called on Russia to ease the rules")
    (
        "meeting",
        re.compile(
            r"\b(?:(?:courtesy|farewell|introductory|protocol)\s+(?:call|meeting)s?"
            r"|call(?:ed|s|ing)?\s+(?:on|upon)(?=\s+(?:the\s+)?(?-i:[A-Z]))(?![^.;]{0,160}?\b(?:not\s+)?to\s+(?!discuss)[a-z]+\b))\b",
            re.IGNORECASE | re.ASCII,
        ),
        (
            "courtesy",
            "farewell",
            "introductory",
            "protocol",
            "called on",
            "calls on",
            "calling on",
            "called upon",
            "call on",
        ),
    ),
    # a delegation's head: "the Russian delegation is led by Boris Pastukhov" (its visit)
    (
        "visit",
        _DELEGATION_LED,
        ("led by", "headed by"),
    ),
    # "President Rahmon's discussions with Ambassador Abdulatipov", "exchanged views with Lavrov"
    (
        "meeting",
        re.compile(r"\b(?:discussions?\s+with|exchanged\s+views\s+with)\b", re.IGNORECASE | re.ASCII),
        ("discussion", "exchanged views"),
    ),
    # an ambassador presenting credentials meets the head of state who receives them
    (
        "meeting",
        re.compile(
            r"\b(?:present(?:ed|s|ing)?|handed(?:\s+over)?|receiv(?:ed|es|ing)|accept(?:ed|s|ing))\s+"
            r"(?:(?:his|her|their|the)\s+)?(?:copies\s+of\s+(?:his|her|their|the)\s+)?(?:letters?\s+of\s+credence|credentials)\b",
            re.IGNORECASE | re.ASCII,
        ),
        ("credential", "credence"),
    ),
    # an order or medal is handed over in person, at a ceremony: "presented him with the Order of
    # Friendship", "while presenting the award", "the ceremony of awarding the minister with a state
    # award of Russia was held in the Kremlin" (not "signed a decree awarding him …")
    (
        "meeting",
        re.compile(
            r"\b(?:present(?:ed|s|ing)?|hand(?:ed|s|ing)\s+over)\s+(?:(?:him|her|them)\s+with\s+)?(?:the|an?|his|her|their)\s+"
            r"(?:[\w'’-]+\s+){0,3}?(?:award|order|medal|decoration|insignia)s?\b"
            r"|\b(?:award(?:ing)?|presentation)\s+ceremony\b|\bceremony\s+of\s+(?:awarding|presenting|presentation|conferring)\b"
            # awarded at a ceremony is awarded in person: "during a solemn ceremony, Putin awarded Rahmon the Order …"
            r"|\bceremony\b[^.;]{0,80}?\b(?:awarded|decorated)\b|\b(?:awarded|decorated)\b[^.;]{0,120}?\b(?:at|during)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}ceremony\b",
            re.IGNORECASE | re.ASCII,
        ),
        ("award", "order", "medal", "decoration", "insignia", "ceremony"),
    ),
    # officials of both sides at one occasion: "the ceremony was attended by the Minister … and the
    # Minister of Internal Affairs of the Russian Federation"
    (
        "meeting",
        re.compile(
            r"\b(?:ceremony|opening|event|session|meeting|forum|conference|celebrations?)(?=(?:\s+[^.;,]{0,40}?)?\s+"
            r"(?:was|were)\s+(?:also\s+)?attended\s+by\b)",
            re.IGNORECASE | re.ASCII,
        ),
        ("attended by",),
    ),
]

_COUNTRY_WORDS = {
    "russian": "RU", "russia": "RU", "russia's": "RU", "russia’s": "RU", "kremlin": "RU", "moscow's": "RU",
    "tajik": "TJ", "tajikistan": "TJ", "tajikistan's": "TJ", "tajikistan’s": "TJ",
    "kyrgyz": "KG", "kyrgyzstan": "KG", "kyrgyzstan's": "KG", "uzbek": "UZ", "uzbekistan": "UZ",
    "uzbekistan's": "UZ", "kazakh": "KZ", "kazakhstan": "KZ", "kazakhstan's": "KZ", "turkmen": "TM",
    "afghan": "AF", "belarusian": "BY", "chinese": "CN", "american": "US", "u.s.": "US", "iranian": "IR",
}  # fmt: skip
_CC = r"(?P<cc>Russian|Russia(?:'s|’s)?|Kremlin|Tajik|Tajikistan(?:'s|’s)?|Kyrgyz|Kyrgyzstan(?:'s|’s)?|Uzbek|Uzbekistan(?:'s|’s)?|Kazakh|Kazakhstan(?:'s|’s)?|Turkmen|Afghan|Belarusian|Chinese|American|U\.S\.|Iranian)"
_OFFICES = [
    ("president", r"president|leader|heads?\s+of\s+state"),
    ("prime_minister", r"prime\s+minister|premier|head\s+of\s+government"),
    ("foreign_minister", r"foreign\s+minister|minister\s+of\s+foreign\s+affairs|top\s+diplomat"),
    ("defence_minister", r"defen[cs]e\s+(?:minister|chief)|minister\s+of\s+defen[cs]e"),
    (
        "interior_minister",
        r"interior\s+minister|minister\s+of\s+(?:the\s+)?interior|minister\s+of\s+internal\s+affairs",
    ),
    (
        "security_council_secretary",
        r"security\s+council\s+secretar(?:y|ies)|secretar(?:y|ies)\s+of\s+the\s+security\s+councils?",
    ),
    ("fsb_director", r"(?:federal\s+security\s+service\s+)?(?:\(FSB\)\s+|FSB\s+)(?:chief|director|head)"),
    ("emergencies_minister", r"emergenc(?:y|ies)\s+minister"),
    ("speaker_lower", r"(?:state\s+)?duma\s+speaker|speaker\s+of\s+the\s+(?:state\s+)?duma"),
    ("speaker_upper", r"federation\s+council\s+speaker|speaker\s+of\s+the\s+federation\s+council"),
    ("chief_of_general_staff", r"chief\s+of\s+(?:the\s+)?general\s+staff"),
]
_OFFICE_ALT = "|".join(f"(?P<{key}>{body})" for key, body in _OFFICES)
_CC_WORDS = re.compile(
    r"russia|tajik|kremlin|kyrgyz|uzbek|kazakh|turkmen|afghan|belarus|chinese|american|u\.s\.|iranian"
)
_TITLE_ADJ = re.compile(rf"\b{_CC}\s+(?:{_OFFICE_ALT})\b", re.IGNORECASE | re.ASCII)
_TOP_DIPLOMAT = re.compile(rf"\btop\s+{_CC}\s+diplomat\b", re.IGNORECASE | re.ASCII)
# "the head of the Tajik foreign ministry", "Russia's defence ministry chief": the minister (not the
# head of a part of it: "head of the Russian Interior Ministry's Main Directorate for Migration")
_MINISTRY_HEAD = re.compile(
    rf"\b(?:(?:head|chief)\s+of\s+(?:the\s+)?{_CC}\s+(?P<field>foreign|defen[cs]e|interior)\s+ministry(?![-'’\w])"
    rf"|{_CC.replace('?P<cc>', '?P<cc2>')}\s+(?P<field2>foreign|defen[cs]e|interior)\s+ministry\s+(?:head|chief))\b",
    re.IGNORECASE | re.ASCII,
)
_TITLE_GAP = re.compile(r"\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
_TITLE_OF = re.compile(
    # (not inside a deputy's title: "Deputy Prime Minister of Russia", "First Deputy-Minister of Internal Affairs")
    # (a list of countries may lead up to them: "the leaders of Kyrgyzstan and Tajikistan")
    rf"\b(?<!deputy[\s-])(?<!vice[\s-])(?:{_OFFICE_ALT})s?\s+of\s+"
    r"(?:(?-i:[A-Z][a-z]+)(?:,\s+|,?\s+and\s+)){0,6}?"
    r"(?P<c1>Russia|Tajikistan|the\s+Russian\s+Federation)(?:(?:,\s+(?-i:[A-Z][a-z]+))*,?\s+and\s+(?P<c2>Russia|Tajikistan))?\b",
    re.IGNORECASE | re.ASCII,
)
_HIGHEST = re.compile(
    r"\b(?:at\s+the\s+(?:highest|top)\s+level|(?:top|highest|summit)-level)\b", re.IGNORECASE | re.ASCII
)
_JOINT_MINISTRIES = re.compile(
    r"\b(?:Russian\s+and\s+Tajik|Tajik\s+and\s+Russian)\s+(?P<field>interior|internal\s+affairs|foreign|foreign\s+affairs"
    r"|defen[cs]e)\s+(?:ministries|ministers)\b"
    # "a joint session of the Defence Ministries of Russia and Tajikistan"
    r"|\b(?P<field2>interior|internal\s+affairs|foreign|foreign\s+affairs|defen[cs]e)\s+ministries\s+of\s+"
    r"(?:Russia\s+and\s+Tajikistan|Tajikistan\s+and\s+Russia)\b",
    re.IGNORECASE | re.ASCII,
)
_COUNTERPART = re.compile(
    rf"\b(?:{_CC}\s+(?:counterparts?|opposite\s+numbers?)|counterparts?\s+from\s+(?P<cc2>Russia|Tajikistan))\b",
    re.IGNORECASE | re.ASCII,
)
_BODY = re.compile(
    rf"\b{_CC}\s+(?:side|delegation|delegations|officials|government|authorities|ministry|ministries|parliament|"
    r"parliamentarians|lawmakers|MPs|senators|experts|diplomats|colleagues|partners|leadership)\b"
    # (a building of theirs is where others met, not a party: "met at a Tajik government residence")
    r"(?!\s+(?:residence|dacha|guest\s*house|building|compound|palace|headquarters|offices?)\b)",
    re.IGNORECASE | re.ASCII,
)
# A chamber of parliament is its country's: "a meeting of the Commission on Cooperation of the
# Federation Council and the Majlisi Milli" is one of Russia's and Tajikistan's senators.
_CHAMBER = re.compile(
    r"\b(?:(?P<tj>Majlisi\s+(?:Milli|Namoyandagon|Oli))|(?P<ru>State\s+Duma|Federation\s+Council|Council\s+of\s+(?:the\s+)?Federation))\b"
)
_ENVOY_SUMMONED = re.compile(
    r"\b(?:(?:Russian|Tajik|Russia's|Tajikistan's)\s+(?:[Aa]mbassador|envoy)(?!\s+to\s+(?!Russia|Tajikistan)(?-i:[A-Z]))"
    r"|[Aa]mbassador\s+(?:of\s+(?:the\s+)?(?:Russian\s+Federation|Russia|Tajikistan)\s+)?to\s+(?:Russia|Tajikistan)\b)"
    r"[^.;]{0,120}?\b(?:was|were|(?:has|had)\s+been)\s+(?:summoned|invited|called\s+in)\s+to\s+the\s+"
    r"(?:Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs)",
    re.ASCII,
)
_PAIR = re.compile(r"\b(?:Russian|Russia)[-–](?:Tajik|Tajikistan)i?\b|\b(?:Tajik|Tajikistan)[-–](?:Russian|Russia)\b")
# "his guest", "her hosts", "the Russian guest": the visitor or host the story named
_GUEST_OR_HOST = r"(?:(?:Russian|Tajik|distinguished|high-ranking|honou?red)\s+)?(?:guest|visitor|host)s?"
_COLLECTIVE = re.compile(
    r"\b(?=[tbhwyo])(?:the\s+(?:same\s+)?two\s+(?:leaders|presidents|heads\s+of\s+state|ministers|sides|officials|men|secretaries|premiers)"
    r"|the\s+two\b(?!\s+(?:countries|states|nations|governments|neighbou?rs|republics))|both\s+(?:leaders|presidents|sides|ministers)"
    # (not "the leaders of the CIS countries", "the presidents of the member states": a group)
    r"|the\s+(?:leaders|presidents|sides|parties)\b(?!\s+of\s+(?:the\s+)?(?:CIS|CSTO|SCO|EAEU|BRICS|Commonwealth|member|other|all|\w+\s+(?:countries|states|nations)))"
    r"|they|their|them|the\s+(?:first|last|previous|latest)\s+time(?=\s+(?:was|came)\s+(?:in|on|at)\b)"
    # "The ministers last met in April", "the prime ministers discussed trade"
    # (not "the defence ministers of Armenia and Kazakhstan")
    r"|the\s+(?:(?:foreign|defen[cs]e|interior|prime)\s+)?(?:ministers|premiers)(?!\s+of\b)"
    r"|the\s+heads\s+of\s+(?:state|government)(?!\s+of\b)"
    # "his guest", "her hosts": the visitor or host the story named
    rf"|(?:his|her|their)\s+{_GUEST_OR_HOST}"
    # a transcript's speaker and the counterpart addressed: "when we met in Dushanbe", "your visit"
    r"|we|your|our\s+(?:[\w-]+\s+)?(?:talks|meetings?|conversations?|negotiations|visits?|call)"
    r"|(?:the|their|this|that|these|today's|yesterday's)\s+(?:talks|meeting|negotiations|visit|conversation|phone\s+conversation|phone\s+call)"
    # (not "the meeting of the Council of Heads of State", "the meeting of the heads of government": a
    # gathering of its own name)
    r"(?!\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])|heads\b|leaders\b|member\b|foreign\b|defen[cs]e\b)))\b",
    re.IGNORECASE | re.ASCII,
)
_FUTURE = re.compile(
    r"\b(?=[wsiaptufnmce])(?:will|shall|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to|"
    # (the future seen from the reporter's past: "the deal was expected to be signed in October")
    r"(?:was|were)\s+(?:expected|due|scheduled|set)\s+to|(?:was|were)\s+to\s+be\s+(?:signed|held)|"
    r"(?:is|are)\s+scheduled|scheduled\s+(?:for|to)|(?:is|are)\s+set\s+for|(?<!the\s)(?<!\ba\s)(?<!its\s)(?<!\.\s)(?-i:(?<![A-Z]\s))plans?\s+to|(?<!was\s)(?<!were\s)planning\s+to|intends?\s+to|(?:is|are)\s+set\s+to|"
    r"to\s+be\s+held|upcoming|forthcoming|planned|expect(?:s|ing)?\s+to|(?:is|are)\s+going\s+to|(?:is|are)\s+planned"
    # conditional and expected contacts: "could take place in September", "is expected in Moscow"
    r"|(?:would|could|might|may)\s+(?:(?:also|again|soon)\s+)?(?:meet|visit|hold|take\s+part|take\s+place|attend|come|travel|be\s+held|participate|go)"
    r"|(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:expected|due)\s+(?:in|at|on|for)|(?:is|are|was|were)\s+being\s+(?:discussed|prepared|planned|considered|agreed)"
    # what a programme "envisages" is still to come: "the summit's programme envisages a meeting of the leaders"
    r"|next\s+(?:round|meeting|session|visit|summit)|shall|envisag(?:es|e)|envisions?|foresees)\b",
    re.IGNORECASE | re.ASCII,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|cancel+ed|called\s+off|without|nor|refus(?:ed|es|ing)\s+to|declin(?:ed|es|ing)\s+to)\b[^.,;]{0,20}$",
    re.IGNORECASE | re.ASCII,
)
# A date right after one of these nouns is theirs, not the contact's ("the SCO summit due on June 15").
_OTHER_NOUN = re.compile(
    # (a video conference, or a joint press conference, is a contact itself, not an occasion with a date of its own)
    r"\b(?:summit|parade|forum|elections?|exercises|drills|manoeuvres|maneuvers|(?<!video\s)(?<!video-)(?<!press\s)(?<!news\s)conference|session|celebrations?|"
    r"anniversary|ceremony|clash(?:es)?|hostilities|conflict|fighting|agreement|treaty(?!\s+Organi[sz]ation)|deal|law|decree|election|"
    r"referendum|war|attacks?|explosions?|blasts?|bombings?|earthquake|floods?|games|championship|festival|"
    r"inauguration|swearing-in|appointment|announcement|withdrawal|pull-?out|resignation|death|crash|incident|"
    r"protests?|riots?|unrest|coup|invasion|offensive|takeover|(?:military|security|special|anti-terrorist|counter-terrorist|"
    r"counterterrorism|rescue)\s+operations?|mutiny|rebellion|uprising|crackdown)\b[^.;]{0,50}$",
    re.IGNORECASE | re.ASCII,
)
# A period a figure is given for: "trade between the two countries in 2020 amounted to …",
# "remittances last year reached …".
_FIGURE_NOUN = re.compile(
    r"\b(?:trade|turnover|exports?|imports?|remittances|investments?|GDP|output|production|volume|growth)\b[^.;,]{0,30}$",
    re.IGNORECASE | re.ASCII,
)
_FIGURE_AFTER = re.compile(
    r"\s*,?\s*(?:amounted|reached|grew|rose|fell|dropped|declined|totall?ed|exceeded|increased|decreased|stood|"
    r"surpassed|doubled|was\s+(?:up|down|worth)|came\s+to)\b",
    re.IGNORECASE | re.ASCII,
)
# what two did to the noun: "signed an agreement", "initialled the treaty", "took part in a wreath-laying ceremony"
_SIGNED_IT = re.compile(
    r"\b(?:signed|inked|initiall?ed|took\s+part\s+in|attended|witnessed)\s+(?:an?\s+|the\s+|two\s+|a\s+new\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I | re.A,
)
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|his|her)\s+$", re.IGNORECASE | re.ASCII)
_ATTRIBUTIVE_NOUN = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:ratification|parade|elections?|exercises|drills|celebrations?|anniversary|attacks?"
    r"|explosions?|blasts?|bombings?|earthquake|floods?|referendum|inauguration|vote|deadline|decision|decree|law"
    r"|agreement|treaty|deal|accord|clash(?:es)?|protests?|riots?|unrest|coup|invasion|offensive|incident)\b",
    re.IGNORECASE | re.ASCII,
)
_TAKES_PART = re.compile(
    r"\b(?:attend\w*|participat\w*\s+in|t(?:ake|akes|ook|aking)\s+part\s+in|join\w*|invit\w*)\s",
    re.IGNORECASE | re.ASCII,
)
_AT_THE_DATED = re.compile(
    r"\b(?:at|during|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\s+(?:the|a|an|its|their|this)\s+$",
    re.IGNORECASE | re.ASCII,
)
_PERIOD_OF = re.compile(
    r"\b(?:first|last|past|the|over|in)\s+(?:(?:\w+|\d+)\s+)?(?:months|quarters?|half|weeks)\s+of\s+$",
    re.IGNORECASE | re.ASCII,
)
_FIGURE_WORD = re.compile(
    r"\b(?:trade|turnover|exports?|imports?|remittances|investments?|GDP|output|volume|grew|rose|fell|increased"
    r"|decreased|declined|percent)\b|%",
    re.IGNORECASE | re.ASCII,
)
_WITH_PARTICIPATION = re.compile(r"[^.;]{0,60}?\bwith\s+the\s+participation\s+of\b", re.IGNORECASE | re.ASCII)
_ATTENDED_BY = re.compile(r"\w+[^.;,]{0,60}?\s(?:was|were)\s+(?:also\s+)?attended\s+by\b", re.IGNORECASE | re.ASCII)
_SUBJECT_OF = re.compile(
    r"\b(?:talks|negotiations|consultations|meetings?|round|conversation)\s+(?:on|about|over|concerning|regarding)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE | re.ASCII,
)
_OWN_DATE = re.compile(
    r"\b(?:signed|reached|concluded|adopted|held|due|scheduled|set|planned|ratified|approved|expir\w+|took|entered|"
    r"launched|opened|started|began|ended|celebrated|marked|which|that)\b",
    re.IGNORECASE | re.ASCII,
)
# Words that open another clause: triggers on either side report different contacts.
_CLAUSE_BREAK = re.compile(
    r"[;:()]|,\s+and\b|\b(?:that|which|who|whom|during|after|before|since|when|while|whereas|but|although|as well as|and also)\b"
    # a comma and a pronoun open a new main clause: "… during his visit on Victory Day, we discussed …"
    r"|,\s+(?:we|they|he|she|I)\b[^,]{0,30}$",
    re.IGNORECASE | re.ASCII,
)
# An opening phrase that names the contact the main clause then tells: "During the talks, …",
# "In the course of the meeting held on 6 May, …", "At their meeting in Sochi, …"
_DURING_CONTACT = re.compile(
    r"^\W*(?:during|in\s+the\s+course\s+of|at|in)\s+(?:the|their|this|today['’]s|yesterday['’]s|a)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE | re.ASCII,
)
_CHAIRED_OPENING = re.compile(r"\W*(?:co-?chaired|chaired|presided\s+over)$", re.IGNORECASE | re.ASCII)
_FOR_THE = re.compile(r"\bfor\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE | re.ASCII)
_DURING_NEXT = re.compile(r"\s*,?\s*(?:during|in\s+the\s+course\s+of)\s", re.IGNORECASE | re.ASCII)
_DURING_GAP = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE | re.ASCII,
)
_AT_GAP = re.compile(r"\bat\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE | re.ASCII)
# briefing the press: after the teller's name (and an apposition), and before where it was done
_TO_THE_PRESS = r"told\s+(?:reporters|journalists|the\s+press|a\s+news\s+(?:conference|briefing))"
_TOLD_REPORTERS = re.compile(rf"(?:,[^,;:]{{0,80}},)?\s+(?:also\s+)?{_TO_THE_PRESS}\b", re.IGNORECASE | re.ASCII)
_BRIEFED_IN = re.compile(rf"\b{_TO_THE_PRESS}\s+in\s+$", re.IGNORECASE | re.ASCII)
_IN_PERSON = re.compile(
    r"\b(?:in|at)\s+the\s+Kremlin\b|\bface[-\s]to[-\s]face\b|\bin\s+person\b", re.IGNORECASE | re.ASCII
)
_CLAUSE_BREAK_STRONG = re.compile(r"[;:]|\.\s")
_IN_PRESENCE = re.compile(r"in\s+the\s+presence\s+of", re.IGNORECASE | re.ASCII)
# A gathering named after these words is the setting of another contact, not a contact itself.
_BACKGROUND_GATHERING = re.compile(
    r"\b(?:sidelines|margins|fringes|ahead|eve|run-up)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,8}$",
    re.IGNORECASE | re.ASCII,
)
_PREPARATION = re.compile(
    r"\b(?:preparations?|prepare|preparing|agenda)\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w'’-]+\s+){0,6}$",
    re.IGNORECASE | re.ASCII,
)
_DISCUSSED = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|about)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE | re.ASCII
)
# "pay/make an official visit": a visit is the contact reported, whatever talks it includes.
_PAID_VISIT = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|ma(?:ke|kes|de|king))\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}visit\b",
    re.IGNORECASE | re.ASCII,
)
_THEN_CONTACT = re.compile(
    r"\s*,?\s*(?:after|during|at|following)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:talks|meeting|negotiations)\b",
    re.IGNORECASE | re.ASCII,
)
_VENUE = re.compile(
    r"\b(?:sidelines|margins|fringes)\s+of\s+(?:[\w'’-]+\s+){0,8}?(?:summit|forum|session|meeting|conference|council|events?)s?\b"
    r"(?:\s+(?:in|of|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*(?:of\s+|and\s+)?)+)?"
    r"|\b(?:summits?|sessions?|meetings?)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*(?:of\s+|and\s+)?)+(?:\([A-Z]{2,6}\))?"
    r"|\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,6}\s+(?:summits?|sessions?)\b"
)
_SIDELINES = re.compile(
    r"\b(?:sidelines|margins|fringes)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,8}$", re.IGNORECASE | re.ASCII
)
_RESULTS_OF = re.compile(
    r"\b(?:results?|outcomes?|implementation|decisions?|agreements?\s+reached\s+(?:at|during)|follow-up)\s+(?:of\s+)?"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE | re.ASCII,
)
_INTEGRATION = re.compile(
    r"\b(?:integration|Eurasian\s+Economic\s+(?:Union|Community)|EAEU|EEU|EurAsEC|Customs\s+Union|Union\s+State|"
    r"membership|accession|join(?:ing)?\s+the)\b",
    re.IGNORECASE | re.ASCII,
)
# What a contact prepares: "the upcoming", "preparations for the", "preparing for the next".
_PREPARED = (
    r"\b(?:upcoming|forthcoming|preparations?\s+for|prepar(?:e|es|ed|ing))\s+(?:for\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
)
_ORGANISATION_AS_SUBJECT = re.compile(
    r"\b(?:within|inside|under|in)\s+(?:the\s+)?(?:frameworks?\s+of\s+(?:the\s+)?)?"
    r"(?-i:CIS|CSTO|SCO|UN|BRICS|Commonwealth|Collective|Shanghai|United)"
    # a gathering or a chairmanship the contact prepares is what it is about
    rf"|{_PREPARED}(?:summit|meeting|session|chairmanship|presidency)s?\b",
    re.ASCII | re.IGNORECASE,
)
_UPCOMING = re.compile(rf"{_PREPARED}$", re.IGNORECASE | re.ASCII)
_PLAN = re.compile(
    r"\b(?:plan|programme|program|roadmap|road\s+map|strategy|concept)\s+(?:of|for|on|between)\b[^.;]{0,80}?\b(?:for|in|until|through)\s+(?:the\s+(?:years?\s+)?)?"
    # (and the second year of a span: "for 2023–2024", "for 2023 and 2024")
    r"(?:(?:19|20)\d\d\s*(?:[-–—]|and|to)\s*)?$",
    re.IGNORECASE | re.ASCII,
)
# Habitual aspect reports no single contact: "the presidents speak over the phone regularly".
_HABITUAL = re.compile(
    r"\b(?:regularly|frequently|often|usually|routinely|constantly|periodically|every\s+(?:year|month|week)|"
    r"on\s+a\s+regular\s+basis)\b",
    re.IGNORECASE | re.ASCII,
)
# "returned to Moscow for the Victory Day parade on May 9": the visit's date is the parade's.
_CAME_FOR = re.compile(
    r"\b(?:came|come|comes|returned|travel(?:l)?ed|flew|arrived|visit(?:s|ed|ing)?|went|trip)\b[^.;]{0,50}?\bfor\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE | re.ASCII,
)
_HELD_ITS = re.compile(r"\bheld\s+its\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE | re.ASCII)
_AT_GATHERING = re.compile(r"(?:^|[.;]\s*|\b)(?:At|at|During|during)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}$")
_ATTEND = re.compile(r"\b(?:attend(?:s|ed|ing)?|invit(?:ed|es|ing|ation)|to\s+join)\b", re.IGNORECASE | re.ASCII)
_CONTACT_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|negotiations|visit|summit|conversation|call)\b", re.IGNORECASE | re.ASCII
)
# "the two presidents", "both ministers": the pair of office holders of the two countries.
_TWO_HOLDERS = re.compile(
    r"\b(?:the\s+two|both)\s+(?:presidents|leaders|heads\s+of\s+state|prime\s+ministers|premiers|"
    r"heads\s+of\s+government|(?:foreign|defen[cs]e|interior)\s+ministers|ministers|speakers)\b",
    re.IGNORECASE | re.ASCII,
)
_OTHER_SIDE = {
    "RU": re.compile(r"\b(?:Russia|Russian|Moscow|Kremlin)\b"),
    "TJ": re.compile(r"\b(?:Tajikistan|Tajik|Dushanbe)\b"),
}
# A sentence that opens with "He"/"She" continues the story of the person the previous sentence named.
_PRONOUN_SUBJECT = re.compile(
    r"^[\"“]?(?:He|She)\b|\b(?:he|she)(?=\s+and\s+[A-Z])|(?:;|,\s+and|,\s+when|,\s+where|,\s+but|\bthat)\s+(?:he|she)\b"
    # "…: in February he paid a working visit": a pronoun before a contact verb is its subject
    r"|\b(?:he|she)\s+(?:also\s+|then\s+|later\s+)?(?:met|paid|held|visited|received|hosted|spoke|flew|travell?ed|arrived|returned)\b"
    # "While in Dushanbe, he is to meet …", "On Monday, she flew …": a fronted adverbial, then the subject
    r"|^[\"“]?[A-Z][^,;:.\"“”]{0,60},\s+(?:he|she)\b"
    # … or with no comma: "On Thursday he is due to meet Khusnullin", "Later that day she flew to Kazan"
    r"|^[\"“]?(?:On|In|At|Later|Earlier|Then|Next|That|This)\b[^,;:.\"“”]{0,30}?\s(?:he|she)\s+"
    r"(?:is|was|will|would|also|then|later|has|had|held|met|paid|visited|received|spoke|flew|arrived)\b"
    # "His meeting with President Rahmon took place on Friday": the possessor is the person just named
    r"|^[\"“]?(?:His|Her)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|talks|visit|trip|conversation|call|negotiations)\b"
)


_SAID_THAT = re.compile(
    r"\s+(?:also\s+|earlier\s+)?(?:said|says|announced|noted|stated|confirmed|reported|added)\s+(?:on\s+\w+\s+)?that\s+",
    re.IGNORECASE | re.ASCII,
)
_WORDS_CAME = re.compile(
    r"(?:The|His|Her|These|This|Those)\s+(?P<what>statements?|remarks?|comments?|announcement|pledge|promise|words|proposal|offer)"
    r"\s+(?:came|was\s+made|were\s+made)\s+(?:during|at|after|in)\b"
)
_OBJECT_PRONOUN = re.compile(r"\b(?:with|received|met|welcomed|hosted|thanked|told|invited)\s+(?P<pron>him|her)\b")


def _has_pronoun_subject(sentence: str) -> bool:
    low = f" {sentence.lower()} "
    gate = (
        " he " in low or " she " in low or "“he " in low or '"he ' in low or "“she " in low or '"she ' in low
        or low.startswith((" his ", " her ", ' "his ', ' "her ', " “his ", " “her "))
    )  # fmt: skip
    return gate and bool(_PRONOUN_SUBJECT.search(sentence))


@lru_cache(maxsize=4096)
def _speaks_for(role: str) -> bool:
    """A spokesperson reports a contact, and takes no part in it."""
    return bool(_SPOKESPERSON.search(role))


_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b|^[\"“]?(?:His|Her)\b")
_HOSTING = re.compile(r"\s+(?:will\s+|is\s+|was\s+|is\s+to\s+)?host(?:s|ed|ing)?\b")
_PRONOUN_ONLY = re.compile(
    r"^(?!.*\b(?:the|both|two)\s+(?:leaders|presidents|sides|ministers|premiers|talks|meeting)\b)", re.S | re.I
)
_HOST = re.compile(r"\bhost(?:s|ed|ing)?\b", re.IGNORECASE | re.ASCII)
_SPOKESPERSON = re.compile(r"spokes|press secretary|press service", re.IGNORECASE | re.ASCII)
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")
_BIRTH = re.compile(
    r"\b(?:born|birthday|died|death|passed\s+away|aged|turns?\s+\d+|turned\s+\d+|\d+(?:st|nd|rd|th)\s+birthday)\b",
    re.IGNORECASE | re.ASCII,
)
# "called him on his birthday, October 5", "on your birthday in early October": the call's day.
_ON_BIRTHDAY = re.compile(
    r"\bon\s+(?:his|her|your|their|the\s+president's)\s+(?:\w+\s+)?birthday\W{0,3}(?:in\s+|on\s+)?(?:early\s+|late\s+|mid-?)?$",
    re.I,
)
_COUNTRY_PLACES = {"Tajikistan": "TJ", "Russia": "RU", "the Russian Federation": "RU", "Russian Federation": "RU"}
_AT_PLACE = re.compile(r"\b(?:in|at|to|near|outside)\s+$", re.IGNORECASE | re.ASCII)
_PLACE_PREP = re.compile(
    r"\b(?:in|at|to|of|near|outside|visiting|visited|visit)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE | re.ASCII,
)


@dataclass(frozen=True)
class ExtractedMention:
    passage_index: int
    start: int
    end: int
    quote: str
    kind: str
    status: str
    date_text: str = ""
    date_resolution: str = ""  # explicit, reference, weekday, relative, inferred, context, ""
    date_note: str = ""
    date: dt.date | None = None
    date_end: dt.date | None = None
    precision: str = "unknown"


@dataclass
class ExtractedEvent:
    kind: str
    status: str
    date: dt.date | None
    date_end: dt.date | None
    precision: str
    participants: list[PersonEntry]
    place: PlaceEntry | None
    countries: set[str]
    topics: set[str] = field(default_factory=set)
    topic_scores: dict[str, int] = field(default_factory=dict)
    date_method: str = ""  # explicit, reference, weekday, relative, inferred ("" when undated)
    mentions: list[ExtractedMention] = field(default_factory=list)

    @property
    def title(self) -> str:
        return event_title(self.kind, self.participants, self.place, self.countries)


@dataclass
class Extraction:
    reference: ReferenceDate
    passages: list[Span]
    events: list[ExtractedEvent]

    @property
    def dated(self) -> list[ExtractedEvent]:
        return [e for e in self.events if e.date is not None]

    @property
    def undated(self) -> list[ExtractedEvent]:
        return [e for e in self.events if e.date is None]


@dataclass
class _Trigger:
    start: int
    end: int
    kind: str
    text: str


@dataclass
class _Candidate:
    passage_index: int
    sentence: Span
    trigger: _Trigger
    kind: str
    status: str
    tense: str
    people: list[PersonEntry]
    countries: set[str]
    collective: bool
    place: PlaceEntry | None
    expr: DateExpression | None
    resolved: ResolvedDate | None
    cluster: int | None = None
    spoken: bool = False  # in a transcript's remarks or a quote: its "yesterday" is the speaker's
    heads_transcript: bool = False  # above a transcript's remarks: the headline or lead of that day's contact
    rank: str | None = None  # the office a collective names: "the ministers" (minister), "the presidents"


def event_title(kind: str, people: list[PersonEntry], place: PlaceEntry | None, countries: set[str]) -> str:
    ordered = sorted(people, key=lambda p: ({"RU": 0, "TJ": 1}.get(p.country, 2), p.name))
    names = " – ".join(p.surname for p in ordered[:4]) + (" et al." if len(ordered) > 4 else "")
    if not names:
        names = "Russian–Tajik"
    noun = {"call": "phone call", "visit": "visit", "talks": "talks", "summit": "summit"}.get(kind, "meeting")
    if kind == "visit":
        dest = place.name if place else None
        visitors = [p for p in ordered if not place or p.country != place.country] or ordered
        who = " – ".join(p.surname for p in visitors[:3]) or names
        return f"{who} visit to {dest}" if dest else f"{who} visit"
    return f"{names} {noun}, {place.name}" if place else f"{names} {noun}"


_COUNT_WORDS = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "many",
    "numerous",
    "dozens",
)
_COUNTED = re.compile(
    r"(?<![Tt]he\s)(?<![Bb]oth\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|numerous|dozens\s+of)\s+"
    r"(?:(?!(?:for|of|on|in|at|to|with|by|and)\s)[\w-]+\s+)?$",
    re.I,
)
_READY = re.compile(
    r"\b(?:ready|willing|prepared|eager)\s+to\s+(?:hold|have|host|organi[sz]e|arrange)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_RECENTLY = re.compile(
    r"\b(?:recently|lately|the\s+other\s+day|earlier(?!\s+(?:this|last|in|on|that)\b))\b", re.IGNORECASE
)
_SOON = re.compile(
    r"\b(?:soon|shortly|in\s+the\s+(?:near|nearest|very\s+near)\s+future|in\s+the\s+coming\s+(?:days|weeks)"
    r"|in\s+the\s+next\s+few\s+(?:days|weeks))\b",
    re.IGNORECASE | re.ASCII,
)
_NEUTRAL_VERB = re.compile(r"discuss|agree|review|consider|told", re.IGNORECASE)
_THE_CONTACT = re.compile(
    # (and who chaired it: "The co-chairs were Deputy Speaker Zhuravlev and …")
    r"[\"“]?(?:The|This|That)\s+(?:[\w'’-]+\s+){0,2}?(?:visit|talks|meeting|negotiations|conversation|trip|co-chairs)\b"
    r"(?!\s+(?:with|between|of)\b)"
)
_CREDENTIALS = re.compile(r"credentials|credence", re.IGNORECASE)
_POSSESSED = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}")
_SEQUENCE = re.compile(
    r"\b(?:follow(?:s|ed|ing)?|precede[sd]?|preceding|ahead\s+of|prior\s+to)\b", re.IGNORECASE | re.ASCII
)
_PEOPLE_WHO_TRAVEL = re.compile(
    r"\b(?:migrants|migrant\s+workers|workers|labou?rers|citizens|nationals|students|tourists|pilgrims|refugees"
    r"|deportees|passengers|fans|athletes|children|families)\s+(?:(?:have|had|were|who|also|then|finally|all)\s+){0,2}$",
    re.IGNORECASE | re.ASCII,
)
_NAMED_AS = re.compile(r"\b(?:is|was|are|were|be|been|being|widely|also|often|still|commonly|so|now)\s+$", re.I)


def _find_triggers(sentence: str, person_starts: set[int] | None = None) -> list[_Trigger]:
    found: list[_Trigger] = []
    low = sentence.lower()
    counted = any(w in low for w in _COUNT_WORDS)
    ready = any(w in low for w in ("ready", "willing", "prepared", "eager"))
    gated = [(kind, p) for kind, p, words in _GATED_TRIGGERS if any(w in low for w in words)]
    first = [(kind, p) for kind, p, words in _FIRST_GATED_TRIGGERS if any(w in low for w in words)]
    credence = "credent" in low or "credence" in low
    # the spans taken so far, sorted and disjoint: an overlap is found by bisection (a hostile line
    # of thousands of "met" stays linear-logarithmic)
    starts: list[int] = []
    ends: list[int] = []
    objects = _OBJECT_TRIGGERS if person_starts and any(w in low for w in _OBJECT_WORDS) else []
    pairs = _PAIR_SUBJECT_TRIGGERS if person_starts and any(w in low for w in _PAIR_SUBJECT_WORDS) else []
    by_objects: list[_Trigger] = []
    for kind, pattern in first + _TRIGGERS + objects + gated + pairs:
        by_object = any(pattern is p for _, p in objects)  # (not `in` a set: a Pattern's hash hashes its code)
        by_pair = bool(pairs) and any(pattern is p for _, p in pairs)
        for m in pattern.finditer(sentence):
            if by_pair and m.start() not in person_starts and m.start("who") not in person_starts:
                continue
            k = bisect.bisect_left(starts, m.end())
            if k and ends[k - 1] > m.start():
                continue
            if _NEGATION.search(sentence[max(0, m.start() - 30) : m.start()]):
                continue
            if by_object:
                if not person_starts or not _person_follows(sentence, m.end(), person_starts):
                    continue
                if _QUOTE_SAID_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
                    continue  # '"We will help," Putin told Rahmon': words said at a contact told elsewhere
                if _NAMED_AS.search(sentence[max(0, m.start() - 30) : m.start()]):
                    continue  # "is still widely called Rakhmonov": a name, not a phone call
            if (counted and _COUNTED.search(sentence[max(0, m.start() - 40) : m.start()])) or (
                ready and _READY.search(sentence[max(0, m.start() - 40) : m.start()])
            ):
                # "six telephone talks this year" are counted, no one contact; "is ready to hold a
                # meeting" is a readiness, no contact
                continue
            if _PREPARATION.search(sentence[max(0, m.start() - 80) : m.start()]) or (
                kind == "summit" and _DISCUSSED.search(sentence[max(0, m.start() - 40) : m.start()])
            ):
                # "preparations for talks on migration": the subject of a discussion, not a contact.
                continue
            if (
                kind == "visit"
                and _PEOPLE_WHO_TRAVEL.search(sentence, max(0, m.start() - 60), m.start())
                and not any(m.start() - 60 <= p < m.start() for p in person_starts or ())
            ):
                continue  # "Tajik migrant workers returned to Tajikistan": people travel, no official visits
            if kind == "summit" and _BACKGROUND_GATHERING.search(sentence[max(0, m.start() - 80) : m.start()]):
                # "met on the sidelines of the SCO summit": the contact is the bilateral meeting.
                continue
            if kind == "summit" and re.match(r"\s+(?:between|with)\b", sentence[m.end() :]):
                kind = "meeting"  # "a summit between the two presidents" is their bilateral meeting
            found.append(_Trigger(m.start(), m.end(), kind, m.group()))
            if by_object:
                by_objects.append(found[-1])
            k = bisect.bisect_left(starts, m.start())
            starts.insert(k, m.start())
            ends.insert(k, m.end())
    if by_objects and len(by_objects) < len(found):
        # a verb that takes a person is a contact of its own only in a sentence that names no other:
        # "talks could take place in Dushanbe, where Amonzoda expects to host Kazakova" are one
        found = [t for t in found if not any(t is o for o in by_objects)]
    found.sort(key=lambda t: t.start)
    # Triggers a few words apart describe one contact ("received visiting …", "met … for talks").
    merged: list[_Trigger] = []
    for t in found:
        gap = sentence[merged[-1].end : t.start] if merged else ""
        invitation = _invites(sentence, t)
        # (nor are coordinated verbs with a person between them: "meet Rahmon and hold talks with Mirzo")
        coordinated = (
            merged and _COORDINATED.search(gap) and any(merged[-1].end <= p < t.start for p in (person_starts or ()))
        )
        sequence = "follow" in gap or "preced" in gap or "prior" in gap or "ahead" in gap
        if sequence and _SEQUENCE.search(gap):
            coordinated = True  # "his trip to Tajikistan follows visits to Kazakhstan": one contact, then another
        # (credentials presented and received in one sentence are one ceremony, however far apart)
        credentials = merged and credence and all(_CREDENTIALS.search(x.text) for x in (merged[-1], t))
        # "Putin discussed Afghanistan during a telephone talk with Rahmon": the call the verb took place
        # in is the verb's own (a visit is not: "the agreements reached during Putin's visit")
        # and so is the meeting what was discussed took place at: "Lavrov discussed the border, as well
        # as visas and migrant workers, at a meeting with Aslov"
        during = (
            merged
            and (t.kind == "call" or (t.kind in {"meeting", "talks"} and _NEUTRAL_VERB.match(merged[-1].text)))
            and len(gap) <= 200
            and (_DURING_GAP.search(gap) or (t.kind != "call" and _AT_GAP.search(gap)))
            and not re.search(r"[;:]", gap)
        )
        if (
            credentials
            or during
            or (merged and len(gap) <= 60 and not _CLAUSE_BREAK.search(gap) and not invitation and not coordinated)
        ):
            # (an invitation after a contact is to the next one: "met Rahmon and invited him to Sochi")
            prev = merged[-1]
            kind = min(prev.kind, t.kind, key=KIND_PRIORITY.index)
            if _PAID_VISIT.search(sentence[max(0, prev.start - 40) : prev.end]):
                # "will pay a state visit … and hold talks": the talks are part of the visit.
                kind = "visit"
            elif prev.kind == "visit" and t.kind == "summit" and _FOR_THE.search(gap):
                # "a visit by Putin to Dushanbe for the CIS summit": a trip to the summit's host
                kind = "visit"
            merged[-1] = _Trigger(prev.start, t.end, kind, sentence[prev.start : t.end])
        else:
            merged.append(t)
    if len(merged) > 1 and merged[0].kind != "visit" and _DURING_CONTACT.match(sentence[: merged[0].start]):
        # "During the meeting held on 6 May, Huseynzoda and Galuzin discussed …": an opening phrase
        # naming the contact sets the scene for the main clause, which tells the same contact
        first, main = merged[0], merged[1]
        # (an invitation in the main clause is to the next contact: "In a phone conversation, Putin
        # invited Rahmon to Moscow")
        if not _CLAUSE_BREAK_STRONG.search(sentence, first.end, main.start) and not main.text.lower().startswith(
            "invit"
        ):
            kind = min(first.kind, main.kind, key=KIND_PRIORITY.index)
            merged[:2] = [_Trigger(first.start, main.end, kind, sentence[first.start : main.end])]
    if (
        len(merged) > 1
        and _CHAIRED_OPENING.match(sentence[: merged[0].end])
        and not _CLAUSE_BREAK_STRONG.search(sentence, merged[0].end, merged[1].start)
    ):
        # "Co-chaired by Rasulzoda and Overchuk, the 17th session of the commission took place …": an
        # opening phrase names who chaired the gathering the main clause reports
        first, main = merged[0], merged[1]
        merged[:2] = [_Trigger(first.start, main.end, main.kind, sentence[first.start : main.end])]
    if len(merged) > 1:
        # "At the invitation of Lavrov, Muhriddin paid a visit": the invitation is the host's part of
        # the visit the sentence reports, not a contact (or a future one) of its own
        hosted = [t for t in merged if t.text.lower().startswith("invit") and not _invites(sentence, t)]
        merged = [t for t in merged if t not in hosted] or merged
    if len(merged) > 1 and any(t.kind != "visit" for t in merged):
        # "will arrive on Thursday evening, and his talks … are set for Friday": the arrival opens the
        # visit whose contact the sentence reports; it is no contact of its own
        merged = [t for t in merged if not (t.kind == "visit" and t.text.lower().startswith("arriv"))]
    return merged


def _country(word: str) -> str | None:
    return _COUNTRY_WORDS.get(word.lower().replace("’", "'"), _COUNTRY_WORDS.get(word.lower()))


def _ministry_office(field: str) -> str:
    """The office heading a ministry of that field (interior, internal affairs, foreign, defence)."""
    field = field.lower()
    if field.startswith(("interior", "internal")):
        return "interior_minister"
    return "foreign_minister" if field.startswith("foreign") else "defence_minister"


def _office_key(m: re.Match) -> str | None:
    for key, _ in _OFFICES:
        if m.groupdict().get(key):
            return key
    return None


_SAID_AT = re.compile(
    r"\b(?:said|told\s+\w+|noted|stressed|stated|announced|declared|added|emphasi[sz]ed|pointed\s+out)\s+"
    r"(?:at|during|after|following|in\s+the\s+course\s+of)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|today's\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE | re.ASCII,
)


_AGREED_TO = re.compile(r"\bagreed\s+to\s+(?:(?:also|again|soon)\s+)?$", re.IGNORECASE | re.ASCII)


def _tense(sentence: str, trigger: _Trigger, *, whole: bool = False) -> str:
    if _AGREED_TO.search(sentence, max(0, trigger.start - 30), trigger.start):
        return "future"  # what two agreed to do is still to come: "have agreed to meet in Sochi in May"
    if re.match(r"invit", trigger.text, re.I) and not _AT_THE.search(sentence[: trigger.start]):
        return "future"  # an invitation is to a visit still to come (not "at the invitation of": the host)
    # Quoted speech has its own tense ("“Russia will assist…,” he said after the meeting"),
    # unless the contact itself is reported inside the quote.
    if '"' in sentence or "“" in sentence:
        masked = _QUOTE.sub(
            lambda m: m.group() if m.start() <= trigger.start < m.end() else " " * len(m.group()), sentence
        )
    else:
        masked = sentence
    if _SAID_AT.search(masked, max(0, trigger.start - 60), trigger.start):
        # "Russia will keep helping …, Antonov said at a meeting with Mirzo": the contact is the
        # reporting verb's, in its tense
        return "past"
    lo, hi = (0, len(masked)) if whole else (max(0, trigger.start - 90), trigger.end + 60)
    if (
        not whole
        and ("during" in masked or "course" in masked)
        and _OCCASION_BEFORE.search(masked, max(0, trigger.start - 70), trigger.start)
    ):
        # a contact named as the occasion of what its clause says was or will be done ("the sides will
        # discuss trade, energy and the regional situation during Putin's visit on May 9") is in that
        # clause's tense, however far back its verb is
        lo = max(0, trigger.start - 300)
    # the trigger's own clause: "we spoke in October, and agreed that you would come" is past
    for b in _clause_breaks(masked):
        if lo < b[1] <= trigger.start:
            lo = b[1]
        elif trigger.end <= b[0] < hi:
            hi = b[0]
            break
    window = masked[lo:hi]
    for m in _FUTURE.finditer(window):
        if m.group().lower() in {"upcoming", "forthcoming", "planned"}:
            # an adjective: "the upcoming visit", "Shuvalov's planned visit" are planned, "discussed the
            # upcoming summit" was not
            offset = lo + m.end()
            if not 0 <= trigger.start - offset <= 25:
                continue
        return "future"
    return "past"


_OCCASION_BEFORE = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’.-]+\s+){0,5}$",
    re.IGNORECASE | re.ASCII,
)
# Between a contact and the visit it took place in: "talks in Dushanbe during the Russian prime
# minister's", "met him on the first day of his". (A visit framing another contact is no contact of its own.)
_FRAME = re.compile(
    r"[^.;:()]{0,80}?\b(?:during|in\s+the\s+course\s+of|on\s+the\s+(?:first|second|last|final)\s+day\s+of|as\s+part\s+of)"
    r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,5}",
    re.IGNORECASE | re.ASCII,
)


def _owner(triggers: list[_Trigger], sentence: str, start: int, end: int) -> int:
    """The trigger a participant (or a title, a body of a country) belongs to: a clause is one
    contact frame. The subject just before a verb ("… Lavrov met") is that verb's; otherwise a
    name after a contact word with no clause break between ("held talks with X, who is on an
    official visit") is its object; then the verb after it in the same clause; then the nearest."""
    before = [i for i, t in enumerate(triggers) if t.end <= start]
    after = [i for i, t in enumerate(triggers) if t.start >= end]
    if len(triggers) == 1:
        return 0
    if before and re.fullmatch(r"\s+(?:with|between)\s+(?:the\s+)?", sentence[triggers[before[-1]].end : start]):
        return before[-1]  # "talks with Rahmon in Moscow and invited him": the object of the talks
    if before:
        # "a meeting between Tajikistan's Minister of Agriculture, Qurbon Hakimzoda, and Russia's …,
        # Dmitry Patrushev": every party a "between" lists, titles and all, is that contact's
        gap = sentence[triggers[before[-1]].end : start]
        if _BETWEEN_LIST.match(gap) and not _CLAUSE_BREAK.search(gap.replace(", and ", " and ")):
            return before[-1]
        if (
            " with " in gap[:7]
            and _WITH_LIST.fullmatch(gap)
            and not _CLAUSE_BREAK.search(gap.replace(", and ", " and "))
        ):
            # "held talks with Pakistan's Prime Minister X, Uzbek President Y, and Tajik President Z":
            # every one the list after "with" names is that contact's
            return before[-1]
    if after:
        gap = sentence[end : triggers[after[0]].start]
        coordinated = before and re.match(r"\s+and\s+(?:to\s+|will\s+)?(?:hold|have|pay|held|had|paid)\b", gap)
        if coordinated and not _CLAUSE_BREAK.search(sentence[triggers[before[-1]].end : start]):
            # "to meet with X and hold talks with Y": X is the first verb's object, not the second's subject
            return before[-1]
        noun = re.search(
            r"\b(?:at|in|during|on|after|before|for|of|ahead\s+of)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?$", gap
        )
        if len(gap) <= 25 and not _CLAUSE_BREAK.search(gap) and "," not in gap and not (noun and before):
            # (not "talks with X at the meeting of …": a contact noun in a phrase has no subject)
            return after[0]
    if before and not _CLAUSE_BREAK.search(sentence[triggers[before[-1]].end : start]):
        return before[-1]
    if after and not _CLAUSE_BREAK.search(sentence[end : triggers[after[0]].start]):
        return after[0]
    return _nearest(triggers, (start + end) / 2)


_WITH_LIST = re.compile(
    r"\s+with\s+(?:(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,5}(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,6}"
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w'’.-]*\s+){0,4}"
)
_BETWEEN_LIST = re.compile(r"\s+between\s+[^.;:()]{0,200}$", re.IGNORECASE | re.ASCII)
_VERB_TRIGGER = re.compile(r"(?:ed|met|spoke|told|saw|held)$", re.I)
_REL_OPEN = re.compile(r",\s*(?:which|who|whom|whose)\b")


def _in_relative_clause(sentence: str, trigger: _Trigger, expr: DateExpression) -> bool:
    """A date inside a relative clause is that clause's: "talked about the station, which was
    transferred in 2004"; "The Tajik leader, who in March dropped the ending, received …"."""
    if expr.start >= trigger.end:
        opened = None
        for m in _REL_OPEN.finditer(sentence, trigger.end, expr.start):
            opened = m
        # still open at the date (no comma closed it), and about something else than the contact
        # itself ("a summit of the CIS, which Rahmon will host on September 3" dates the summit)
        verb = bool(_VERB_TRIGGER.search(trigger.text))  # a verb's relative clause is about its object
        # (and "who", "whom", "whose" are about a person, never the contact: "a meeting with Rahmon and
        # the Afghan leader, whose government took office in 2004")
        person = opened is not None and "which" not in opened.group()
        return (
            opened is not None
            and "," not in sentence[opened.end() : expr.start]
            and (verb or person or len(sentence[trigger.end : opened.start()]) > 60)
        )
    opened = None
    for m in _REL_OPEN.finditer(sentence, 0, expr.start):
        opened = m
    return (
        opened is not None
        and "," in sentence[expr.end : trigger.start]
        and "," not in sentence[opened.end() : expr.start]
    )


@lru_cache(maxsize=256)
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _TENSE_CLAUSE.finditer(sentence))


_TENSE_CLAUSE = re.compile(
    r"[;:]|,\s+(?:and|but|while|whereas|although)\b|\b(?:agreed|said|announced|added)\s+that\b", re.I
)


def _nearest(triggers: list[_Trigger], pos: int) -> int:
    return min(range(len(triggers)), key=lambda i: abs((triggers[i].start + triggers[i].end) / 2 - pos))


def _usable_expr(
    expr: DateExpression,
    sentence: str,
    rel_start: int,
    span: tuple[int, int] | None,
    triggers: list[_Trigger] | None = None,
) -> bool:
    if expr.is_bound and not _bound_names_contact(expr, sentence):
        return False
    if _THEN_CONTACT.match(sentence[expr.end : expr.end + 60]):
        return True  # "an agreement signed today after talks between …": the talks were that day
    if span and span[0] <= expr.start + rel_start < span[1]:
        return False
    before = sentence[max(0, expr.start - 60) : expr.start]
    if _BIRTH.search(before[-30:]) and not (
        _ON_BIRTHDAY.search(before) and any(t.end <= expr.start for t in (triggers or []))
    ):
        return False
    if expr.form in {"year", "month_year"} and _PLAN.search(sentence[max(0, expr.start - 90) : expr.start]):
        return False  # "inked a plan of cooperation between the two ministries for 2023": the plan's years
    if expr.form == "year" and _PERIOD_OF.search(before[-40:]) and _FIGURE_WORD.search(sentence, 0, expr.start):
        return False  # "grew by half over the five months of 2022", "in the first quarter of 2019": a figure's period
    if _FIGURE_AFTER.match(sentence[expr.end : expr.end + 40]) and _FIGURE_NOUN.search(before[-40:]):
        return False  # "trade in 2020 amounted to $973 million": the figure's period, not a contact's day
    if _DURING_NEXT.match(sentence, expr.end) and any(expr.end < t.start <= expr.end + 80 for t in triggers or []):
        # "the deal was announced last October during Putin's visit to Dushanbe": what happened during
        # the contact dates it
        return True
    if (
        _ATTRIBUTIVE_BEFORE.search(before[-12:])
        and _ATTRIBUTIVE_NOUN.match(sentence, expr.end)
        and not _AT_THE_DATED.search(before[-40:])
        and not _TAKES_PART.search(before[-50:])
    ):
        # a date set before a noun as its attribute is that noun's: "told his colleague about the
        # October 1 ratification", "discussed the 2004 agreement" (but "met at the May 9 parade", "will
        # take part in the Victory Day celebration": that is when they are together)
        return False
    if _WITH_PARTICIPATION.match(sentence, expr.end):
        return True  # "a forum opened on May 12 with the participation of …": the gathering is the contact
    if _OTHER_NOUN.search(before):
        # "... the summit due on June 15": the date belongs to the summit. A trigger in between wins,
        # and so does attending it ("invited him to attend the celebrations on May 9").
        noun = _OTHER_NOUN.search(before).start()
        tail_start = expr.start - len(before) + noun
        if triggers is None:
            in_tail = any(p.search(before[noun:]) for _, p in _TRIGGERS) or any(
                p.search(before[noun:]) for _, p, _ in _FIRST_GATED_TRIGGERS + _GATED_TRIGGERS
            )
        else:
            in_tail = any(tail_start <= t.start < expr.start for t in triggers)
        # On the sidelines of a gathering, or at it ("At the forum in March, Lavrov told …"), its
        # date is the meeting's.
        at = tail_start  # where the noun is in the sentence: what comes before it says whose date it is
        if (
            not in_tail
            and not _ATTEND.search(sentence[max(0, at - 40) : at])
            and not _SIDELINES.search(sentence[max(0, at - 80) : at])
            and not _AT_GATHERING.search(sentence[max(0, at - 40) : at])
            and not _CAME_FOR.search(sentence[max(0, at - 90) : at])
            # the occasion both sides attended is the contact: "the opening ceremony on Thursday was attended by …"
            and not _ATTENDED_BY.match(sentence, at)
            # a body's own gathering: "the commission, which held its 20th session on October 4"
            and not _HELD_ITS.search(sentence[max(0, at - 40) : at])
            # what they signed is dated by the signing: "signed an agreement on June 12"
            and not _SIGNED_IT.search(sentence[max(0, at - 40) : at])
            and not (
                # "the next round of talks on the draft agreement in May": what the talks are about
                # is no event; the date is the talks' unless the noun has its own ("signed in 2013")
                _SUBJECT_OF.search(sentence[max(0, at - 80) : at]) and not _OWN_DATE.search(before[noun:])
            )
        ):
            return False
    return True


def _bound_names_contact(expr: DateExpression, sentence: str) -> bool:
    """A bound that still dates a contact: "after Thursday's talks" (the possessive belongs to the
    talks, not to "after"), "since Saturday, when he and Putin met" (the when-clause happened then)."""
    after = sentence[expr.end : expr.end + 40]
    if expr.text.endswith(("'s", "’s")) and _CONTACT_NOUN.match(after):
        return True
    return expr.bound.lower() in {"since", "from"} and bool(re.match(r"\s*,\s*when\b", after))


def extract_events(
    text: str, *, manifest_date: dt.date | None = None, gazetteer: Gazetteer | None = None, url: str = ""
) -> Extraction:
    """All Russia–Tajikistan contacts reported in ``text`` (see the module docstring); ``url``, the
    page's address, may give its publication date when nothing else does."""
    gaz = gazetteer or Gazetteer.default()
    published = reference = find_reference_date(text, manifest_date=manifest_date, url=url)
    if reference.date is None:
        # (the page address's year, when it gives one, else the latest year the text names)
        year = reference.year_hint or latest_year(text)
        weekday = weekday_year(text, year) if reference.month_hint is None else None
        if weekday is not None and weekday != year:
            # "on Friday, September 28" in a report whose latest year is 2020: 2018, when that day was one
            note = f"{reference.note}; its dates are read in {weekday}, the year nearest {year} (the latest it names) that fits the weekdays it gives"
            reference = replace(reference, note=note)
            year = weekday
        published = reference = replace(reference, year_hint=year)
    if reference.news_day is not None:
        # the story's "today", "on Wednesday" and undated lead are of its dateline's day; the article
        # keeps the publication date the manifest gives
        reference = replace(
            reference, date=reference.news_day, note=f"the dateline's day, {reference.news_day}; {reference.note}"
        )
    ref = reference.date
    passages = split_passages(text)
    in_text = gaz.find_people(text)
    in_text = sorted(in_text + _bare_surnames(text, in_text, gaz.surname_taken), key=lambda h: h.start)
    named = {h.entry.name for h in in_text}
    officials = find_officials(text, gaz.known_names)
    known_hits = sorted(in_text + officials, key=lambda h: h.start)
    starts = [h.start for h in known_hits]
    dateline = _dateline_place(passages, gaz)
    candidates: list[_Candidate] = []
    lead: list[Span] = []
    sentences_of: dict[int, list[Span]] = {}
    antecedent = None  # wire copy gives a sentence a paragraph: "He visited Moscow …" continues the last one
    for passage in passages:
        sentences = _bounded(split_sentences(passage.text, offset=passage.start))
        sentences_of[passage.index] = sentences
        lead.extend(_lead_sentences(passage, sentences, passages, reference, found=bool(lead)))
        for sentence in sentences:
            found = _people_in(sentence, known_hits, starts)
            candidates.extend(
                _sentence_candidates(
                    sentence,
                    passage.index,
                    gaz,
                    reference,
                    antecedent=antecedent,
                    named=named,
                    people_hits=found,
                    dateline=dateline,
                )
            )
            hits = [h.entry for h in found if not _speaks_for(h.entry.role)]
            if hits:
                antecedent = hits[0]
            elif not _has_pronoun_subject(sentence.text):
                antecedent = None
    _mark_spoken(candidates, passages)
    _transcript_parties(candidates, passages, gaz)
    _same_day_as_before(candidates, text, passages, reference)
    _while_the_occasion(candidates, text, reference)
    _during_that_trip(candidates, text, reference)
    _met_on_a_trip_abroad(candidates)
    _also_attended(candidates)
    _also_on_the_programme(candidates)
    _on_the_sidelines(candidates, text, reference)
    _day_before_the_gathering(candidates)
    news = _news_day(lead, reference)
    _date_the_lead(candidates, lead, reference, news)
    _news_of_the_day(candidates, reference)
    events = _cluster(candidates, gaz, ref)
    _date_the_first_contact(events, passages, reference, news)
    if reference.year_hint is not None:
        _check_text_years(events, guessed_reference=reference.date is not None)
    _assign_topics(events, candidates, passages, text, gaz, sentences_of)
    return Extraction(reference=published, passages=passages, events=events)


def _bare_surnames(text: str, hits: list[Hit], taken) -> list[Hit]:
    """A surname the gazetteer does not take alone (two people bear it, or it is another's given name:
    "Ivanov", "Emomali") refers, after the article has named one of its bearers in full, to that
    person, when the article names no other ("Rustam Emomali … Volodin and Emomali discussed …";
    not "Emomali Rahmon", a given name before a surname)."""
    out: list[Hit] = []
    people = {h.entry.name: h.entry for h in hits}
    starts = [h.start for h in hits]
    ends = [h.end for h in hits]
    for name, entry in people.items():
        surname = name.split()[-1]
        if taken(surname) or len(surname) < 4 or any(surname in other.split() for other in people if other != name):
            continue
        for m in re.finditer(rf"\b{re.escape(surname)}\b(?!['’]?\s*(?-i:[A-Z])[a-z])", text):
            k = bisect.bisect_right(starts, m.start())
            if k and ends[k - 1] > m.start():
                continue  # (inside a name found: hits are sorted and disjoint)
            if re.search(r"(?-i:[A-Z])[\w'’-]+\s+$", text[max(0, m.start() - 30) : m.start()]):
                continue  # another's full name ("Rustam Emomali" is found as his; "Said Emomali" is someone else)
            out.append(Hit(m.start(), m.end(), entry))
    return out


def _check_text_years(events: list[ExtractedEvent], guessed_reference: bool = False) -> None:
    """A year read from an undated article's text must fit the people it dates: someone the gazetteer
    knows held no office then (Sherali Mirzo before 2006) met no one as an official that year. A date
    that does not fit is dropped: undated says more than a wrong year. So is one in which the office
    the text gives him was not his ("President Medvedev" in 2004)."""
    for i, e in enumerate(events):
        if e.date is None or (e.date_method != "text-year" and not (guessed_reference and e.date_method != "explicit")):
            continue  # (the article's own date is such a guess when its dateline has no year: all its dates are)
        if _fits_offices(e):
            continue
        mentions = [
            replace(m, date=None, date_end=None, precision="unknown", date_resolution="", date_text="", date_note="")
            if m.date is not None
            else m
            for m in e.mentions
        ]
        events[i] = replace(e, date=None, date_end=None, precision="unknown", date_method="", mentions=mentions)


_TITLES = {
    "president": r"President",
    "prime_minister": r"(?:Prime\s+Minister|Premier)",
    "defence_minister": r"Defen[cs]e\s+Minister",
    "foreign_minister": r"Foreign\s+Minister",
    "interior_minister": r"Interior\s+Minister",
}


def _fits_offices(e: ExtractedEvent) -> bool:
    """Everyone the gazetteer knows held some office in the event's dates, and the one the text
    gives him ("President Dmitry Medvedev": 2008–2012), unless it says "former"."""
    first, last = precision_span(e.date, e.precision, e.date_end)
    for p in e.participants:
        if not p.offices:
            continue
        held = [o for o, start, end in p.offices if start <= last and (end is None or first <= end)]
        if not held:
            return False
        for key, title in _TITLES.items():
            named = re.compile(
                rf"(?<!former\s)(?<!ex-)(?<![Dd]eputy\s)(?<![Vv]ice\s)(?<![Vv]ice-)\b{title}\s+(?:[A-Z][\w'’-]+\s+)?"
                rf"{re.escape(p.surname)}\b"
            )
            if any(named.search(m.quote) for m in e.mentions) and not any(o.endswith(":" + key) for o in held):
                return False
    return True


_DATELINE_CITY = re.compile(r"^\s*(?P<city>(?-i:[A-Z]{3,})(?:[ .-]+(?-i:[A-Z]{2,}))*)\s*(?:,|\(|—|–|-)")


def _dateline_place(passages: list[Span], gaz: Gazetteer) -> PlaceEntry | None:
    """The city a report is filed from ("DUSHANBE, Oct 5 (Reuters) -"), in its first paragraphs."""
    for passage in passages[:8]:
        m = _DATELINE_CITY.match(passage.text)
        if m:
            hits = gaz.find_places(m.group("city").title())
            return hits[0].entry if hits and hits[0].entry.country in {"RU", "TJ"} else None
        for line in passage.text.splitlines()[:4]:
            # a transcript's place and date on a line of their own: "Dushanbe, February 5, 2019"
            m = _PLACE_DATE_LINE.match(line)
            if m and len(line) < 60 and date_line_date(m.group("rest")):
                hits = gaz.find_places(m.group("city"))
                return hits[0].entry if hits and hits[0].entry.country in {"RU", "TJ"} else None
    return None


_DIGIT = re.compile(r"\d")
_PLACE_DATE_LINE = re.compile(r"\s*(?P<city>(?-i:[A-Z])[a-z]+(?:[ -](?-i:[A-Z])[a-z]+)?),\s+(?P<rest>\S.*)$")


def _filed_from(sentence: str, trigger: _Trigger, dateline: PlaceEntry | None, people: list[PersonEntry]) -> bool:
    """A visit the report does not place is to the city it is filed from ("DUSHANBE, Oct 5 – … signed during a visit by Putin"),
    when the visitors are all from the other country."""
    return (
        dateline is not None
        and bool(people)
        and trigger.kind == "visit"
        and all(p.country in {"RU", "TJ"} and p.country != dateline.country for p in people)
        and not re.match(r"\s+(?:to|of)\s+(?:the\s+)?(?-i:[A-Z])", sentence[trigger.end :])
        # (nor when the verb names its destination itself: "travels to China", "left for Beijing")
        and not (
            re.search(r"\b(?:to|for)$", trigger.text)
            and re.match(r"\s+(?:the\s+)?(?-i:[A-Z])", sentence[trigger.end :])
        )
    )


# No sentence of news copy runs this long; a longer one is a list, a dump or hostile input, read in
# pieces (cut at a space) so that the work per sentence stays bounded.
_MAX_SENTENCE = 1500


def _bounded(sentences: list[Span]) -> list[Span]:
    if all(len(x.text) <= _MAX_SENTENCE for x in sentences):
        return sentences
    out = []
    for x in sentences:
        text, start = x.text, x.start
        while len(text) > _MAX_SENTENCE:
            cut = text.rfind(" ", 0, _MAX_SENTENCE)
            cut = cut if cut > 0 else _MAX_SENTENCE
            out.append(Span(x.index, start, start + cut, text[:cut]))
            text, start = text[cut:], start + cut
        out.append(Span(x.index, start, start + len(text), text))
    return out


def _is_headline(passage: Span, passages: list[Span]) -> bool:
    """A first line that is short and does not end a sentence, with the article under it."""
    t = passage.text.strip()
    return passage.index == 0 and len(passages) > 1 and 0 < len(t) <= 200 and not t.endswith((".", "!", "?", ":"))


def _lead_sentences(
    passage: Span, sentences: list[Span], passages: list[Span], reference: ReferenceDate, *, found: bool
) -> list[Span]:
    """The first sentence of the first paragraph under the headline (after its dateline): the
    lead, which reports the news of the article's own day. (A headline sums up; it may name a
    whole visit or a later step, and joins the event it refers to like any undated sentence.)"""
    if found or _is_headline(passage, passages):
        return []
    t = passage.text.strip()
    if (
        passage.index < 6
        and len(t) <= 200
        and not t.endswith((".", "!", "?", ":", '"', "”"))
        and not (reference.span and passage.start <= reference.span[0] < passage.end)
    ):
        # a page's title lines above the story: the headline again, a subheading, "All news",
        # "Breaking News" (no sentence ends there); the lead is the first paragraph of prose
        return []
    span = reference.span
    for sentence in sentences:
        rest = sentence.text[max(0, span[1] - sentence.start) :] if span and sentence.start < span[1] else sentence.text
        if len(rest.split()) < 5 or not re.search(r"\b[a-z]{3,}\b", rest):
            continue  # the dateline itself ("ST. PETERSBURG, December 22.", "/TASS/.", "15 June 2019 04:55 (UTC+04:00)")
        return [sentence]
    return []


# A transcript's remarks open with the speaker's name and a colon ("Vladimir Putin: Mr President, …").
_SPEAKER = re.compile(r"^(?:(?:[A-Z][\w.'’-]*|of|the|and)\s+){0,8}[A-Z][\w.'’-]*\s*:\s+\S")


def _mark_spoken(candidates: list[_Candidate], passages: list[Span]) -> None:
    """Sentences spoken by someone: every paragraph from a transcript's first speaker label on,
    and sentences that open with a quotation mark."""
    first = next((p.index for p in passages if _SPEAKER.match(p.text)), None)
    for c in candidates:
        c.spoken = (first is not None and c.passage_index >= first) or c.sentence.text.lstrip().startswith(("“", '"'))


_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)
# "we met", "our talks yesterday": the two of them (not "our contacts and joint work" in general)
_ME = re.compile(r"\b(?:I|my|me)\b(?=[^.;]{0,60}?\b(?:conversation|talks|meeting|visit|call|met|spoke|visited)\b)")
# ("we at the Government", "we in Russia" are the speaker's side alone)
_WE = re.compile(
    r"\bwe\b(?!\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\bour\s+(?:[\w-]+\s+)?(?:talks|meetings?|conversations?|negotiations|visits?|call)\b",
    re.I,
)


_REMARKS_OF = re.compile(
    r"\s*(?P<who>[^\n'’]{3,80}?)['’]s?\s+(?:(?:opening|introductory|closing|concluding)\s+)?"
    r"(?:remarks|statement|speech|address|answers|comments)\b",
    re.IGNORECASE,
)


def _transcript_parties(candidates: list[_Candidate], passages: list[Span], gaz: Gazetteer) -> None:
    """A transcript names its speakers in the labels of their remarks ("President of Russia Vladimir
    Putin: …"). In a remark, "you" is the other side's speaker, "I" or "my" before a contact the speaker,
    and "we" the two of them; a headline
    or lead that names one side only ("Talks with President of Tajikistan Emomali Rahmon") is the
    talks of the two sides that speak."""
    speaker_of: dict[int, PersonEntry] = {}
    current = None
    for p in passages:
        if _SPEAKER.match(p.text):
            hits = gaz.find_people(p.text[: p.text.index(":")])
            current = hits[-1].entry if hits else None
        if current is not None:
            speaker_of[p.index] = current
    labelled = bool(speaker_of)
    if not labelled and passages and (m := _REMARKS_OF.match(passages[0].text)):
        # "Sergey Lavrov's remarks during a joint news conference with …": one speaker throughout
        hits = gaz.find_people(m.group("who"))
        if len(hits) == 1:
            speaker_of = {p.index: hits[0].entry for p in passages[1:]}
    if not speaker_of:
        return
    counts = Counter(speaker_of.values())
    main = {cc: max((p for p in counts if p.country == cc), key=counts.get, default=None) for cc in ("RU", "TJ")}
    first = min(speaker_of)
    if None in main.values():
        # excerpts of one side's remarks: the other side is the one the headline and lead name
        named_above = [h.entry for p in passages if p.index < first for h in gaz.find_people(p.text)]
        for cc in ("RU", "TJ"):
            if main[cc] is None:
                main[cc] = next((e for e in named_above if e.country == cc and not _speaks_for(e.role)), None)
    mates: dict[int, int] = Counter(c.sentence.start for c in candidates)

    def says(pattern: re.Pattern, c: _Candidate) -> bool:
        """The pronoun is in the candidate's own clause: no comma, colon or bracket between it and
        the trigger, when the sentence tells several contacts ("In view of the agreements reached
        during Rahmon's visit, we discussed …": "we" discussed, the visit was Rahmon's)."""
        text = c.sentence.text
        for m in pattern.finditer(text):
            if mates[c.sentence.start] == 1:
                return True
            lo, hi = (m.end(), c.trigger.start) if m.end() <= c.trigger.start else (c.trigger.end, m.start())
            if not re.search(r"[,;:()]", text[lo:hi]):
                return True
        return False

    for c in candidates:
        named = {p.country for p in c.people}
        speaker = speaker_of.get(c.passage_index)
        add = []
        if speaker is not None and speaker.country in main:
            other = main["TJ" if speaker.country == "RU" else "RU"]
            if other is not None and labelled and _YOU.search(c.sentence.text):
                add.append(other)  # (in one speaker's remarks "you" may be the audience)
            facing = other is not None or any(p.country not in {speaker.country} for p in c.people)
            if facing and says(_ME, c):
                add.append(speaker)  # "I recollect my conversation with you in March": the speaker's own contact
            if facing and says(_WE, c):
                add += [speaker] + ([other] if other is not None else [])
        elif c.passage_index < first:
            c.heads_transcript = True
        if speaker is None and c.passage_index < first and len(named & {"RU", "TJ"}) == 1:
            missing = main["TJ" if "RU" in named else "RU"]  # the headline and lead above the remarks
            if missing is not None:
                add.append(missing)
        elif speaker is None and c.passage_index < first and not named and {"RU", "TJ"} <= c.countries:
            # "Press statements following Russian-Tajikistani talks": the two who speak below
            add += [p for p in main.values() if p is not None]
        for person in add:
            if person not in c.people:
                c.people.append(person)
                c.countries.add(person.country)


# a headline's infinitive after its subject: "Putin to visit Dushanbe", "Lavrov to meet Tajik counterpart"
_HEADLINE_TO = re.compile(r"(?:[A-Z][\w.’'-]*,?\s+(?:and\s+)?){1,6}to\s+$", re.ASCII)
_WILL_MEET = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:to|set\s+to|expected\s+to|due\s+to))\s+(?:also\s+)?"
    r"(?:hold\s+(?:talks|a\s+meeting|negotiations)|meet(?!\s+again))\b",
    re.IGNORECASE | re.ASCII,
)
_LATER = re.compile(
    r"\b(?:next|soon|later|upcoming|forthcoming|coming|future|expected\s+to\s+visit|plans?\s+to|planned|"
    r"intends?|could|may|might|would|invit\w*|agreed\s+to)\b",
    re.IGNORECASE | re.ASCII,
)


def _todays_plan(event: ExtractedEvent, passages: list[Span]) -> bool:
    """ "MOSCOW, April 25. /TASS/. Mishustin will hold talks with his Tajik counterpart": a story that
    announces talks as its news (under a dateline, in its headline, or as "will hold talks", "are
    expected to meet") with no day names the day it is filed; not one that puts them later ("will meet
    soon", "plans to visit", "could meet")."""
    m = min(event.mentions, key=lambda m: m.start)
    passage = passages[m.passage_index]
    said = _DATELINE_CITY.match(passage.text) or _is_headline(passage, passages) or _WILL_MEET.search(m.quote)
    return bool(said) and not _LATER.search(m.quote)


def _date_the_first_contact(
    events: list[ExtractedEvent],
    passages: list[Span],
    reference: ReferenceDate,
    news: tuple[dt.date, str, str] | None = None,
) -> None:
    """The first contact a report names is its news: when it is still undated after clustering,
    held, between the two countries and named in the headline or the first paragraphs (before any
    dated contact), it happened on the article's date (as ``_date_the_lead``)."""
    if (reference.date is None and reference.year_hint is None) or not events:
        return
    first = min(events, key=lambda e: min(m.start for m in e.mentions))
    start = min(m.start for m in first.mentions)
    if first.date is not None or {"RU", "TJ"} - first.countries:
        return
    if first.status != "held" and not (first.kind in {"talks", "meeting", "call"} and _todays_plan(first, passages)):
        return
    dated_before = any(m.start < start and m.date is not None for e in events if e is not first for m in e.mentions)
    if dated_before:
        return
    body = [
        p for p in passages if not (reference.span and p.start <= reference.span[0] and p.end <= reference.span[1] + 2)
    ]
    filed = next((k for k, p in enumerate(body[:8]) if _DATELINE_CITY.match(p.text)), None)
    if filed is None:
        # (or a line of its own with the date, below the menus, title and byline of a web page: the
        # story begins after it)
        filed = next(
            (
                k + 1
                for k, p in enumerate(body[:16])
                if any(
                    len(line) < 60 and _DIGIT.search(line) and date_line_date(line) for line in p.text.splitlines()[-2:]
                )
            ),
            0,
        )
    # (a wire story's summary bullets and byline stand above its dateline: the news starts there;
    # a release's header lines, "04/27/2021 | News release", are no paragraphs of the story)
    prose = [p for p in body[:10] if len(p.text.split()) >= 12 or p.text.rstrip().endswith((".", "!", "?"))]
    early = {p.index for p in body[filed : filed + 3]} | {p.index for p in body[:3]} | {p.index for p in prose[:2]}
    if not any(m.passage_index in early for m in first.mentions):
        return
    if reference.date is None and reference.month_hint:
        # an undated page whose address gives its month: its news is of that month
        day, precision, method = dt.date(reference.year_hint, reference.month_hint, 1), "month", "text-year"
        note = f"no date in the text; the first contact a report names is its news, of the month its page address gives ({reference.note})"
    elif reference.date is None:
        # an undated report: its news is of the latest year it names, known to the year at best
        day, precision, method = dt.date(reference.year_hint, 1, 1), "year", "text-year"
        note = (
            f"no date in the text or for the article; the first contact a report names is its news, "
            f"of {reference.year_hint}, the article's assumed year (a guess)"
        )
    elif news and _named_in(first.participants, news[2]):
        day, precision, method, note = news[0], "day", "lead", news[1]
    else:
        day, precision, method = reference.date, "day", "lead"
        note = f"no date in the text; the first contact a report names is its news, on the article's date ({reference.note})"
    first.date, first.precision, first.date_method = day, precision, method
    for i, m in enumerate(first.mentions):
        if m.passage_index in early and not m.date_resolution:
            first.mentions[i] = replace(m, date_resolution=method, date_note=note, date=day, precision=precision)
            break


def _people_in(sentence: Span, hits: list[Hit], starts: list[int]) -> list[Hit]:
    """The people named in the sentence, gazetteer's and officials the article introduced, from
    the article's hits (found once, sorted by start), with offsets into the sentence."""
    out: list[Hit] = []
    for h in hits[bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)]:
        if h.end <= sentence.end and not (out and out[-1].end > h.start - sentence.start):
            out.append(Hit(h.start - sentence.start, h.end - sentence.start, h.entry))
    return out


_WHEN_CLAUSE = re.compile(
    r"[^.;:]{0,80}\bwhen\s+(?:they|the\s+two|both|he|she)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE | re.ASCII
)


def _news_day(lead: list[Span], reference: ReferenceDate) -> tuple[dt.date, str, str] | None:
    """The day the lead's first sentence gives its news, when it names one a few days before the
    article's date ("Putin promised yesterday to …"): the day, a note, and that
    sentence. What the story goes on to tell of the same person with no day of its own ("Putin spoke
    at the end of a meeting with …") happened then, not on the day the paper came out."""
    if not lead or reference.date is None:
        return None
    low = lead[0].text.lower()
    if "yesterday" not in low and "ago" not in low and "last" not in low:
        return None  # (the only relative days a few days back)
    for e in find_date_expressions(lead[0].text):
        if e.relative:
            r = None if e.is_bound else resolve(e, reference.date, tense="past")
            if r is not None and r.precision == "day" and 0 < (reference.date - r.date).days <= 6:
                note = f"no date in the sentence; the day the lead gives its news ('{e.text}', from {reference.note})"
                return r.date, note, lead[0].text
        return None
    return None


def _named_in(people, text: str) -> bool:
    return any(p.name.split()[-1] in text for p in people)


def _date_the_lead(
    candidates: list[_Candidate],
    lead: list[Span],
    reference: ReferenceDate,
    news: tuple[dt.date, str, str] | None = None,
) -> None:
    """A contact in the lead with no date of its own happened on the article's date.

    News convention: the lead ("Putin held talks with Rahmon behind closed doors") reports the news
    of the dateline's day, and wire copy rarely repeats the day. Announced contacts (future tense,
    "Putin to visit Dushanbe") are not dated this way. A later dated sentence that continues the
    story ("the talks yesterday lasted three hours") corrects the day (see ``_cluster``).
    """
    if reference.date is None:
        return
    spans = {(s.start, s.end) for s in lead}
    # a when-clause hanging on a dated contact is that contact's ("had last spoken on March 9, when
    # they discussed …"), not the article's day
    dated = [c for c in candidates if c.resolved is not None]
    for c in candidates:
        if c.resolved is not None or c.tense == "future":
            continue
        if (c.sentence.start, c.sentence.end) not in spans and not c.heads_transcript:
            continue
        text = c.sentence.text
        if any(
            d.sentence.start == c.sentence.start
            and (
                (d.trigger.end <= c.trigger.start and _WHEN.search(text[d.trigger.end : c.trigger.start]))
                # and the clause that dates the one it hangs on: "discussed Afghanistan when they met in
                # Moscow in February" tells one contact, of February
                or (c.trigger.end <= d.trigger.start and _WHEN_CLAUSE.fullmatch(text[c.trigger.end : d.trigger.start]))
            )
            for d in dated
        ):
            continue
        if not (_bilateral(c) or c.collective):
            continue
        if ("recent" in text or "earlier" in text or "lately" in text or "other day" in text) and _RECENTLY.search(
            text
        ):
            continue  # "recently paid a visit": not the article's news of the day (see ``_cluster``)
        if news and _named_in(c.people, news[2]):
            c.resolved = ResolvedDate(news[0], "day", "lead", news[1])
        else:
            c.resolved = ResolvedDate(
                reference.date,
                "day",
                "lead",
                f"no date in the lead, which reports the news of the article's date ({reference.note})",
            )
        c.status = "held"


_EVE_OF = re.compile(
    r"\b(?:(?:a|the|one)\s+day\s+(?:before|ahead\s+of|prior\s+to)|on\s+the\s+eve\s+of)\s+(?:the\s+|this\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?P<noun>summit|session|forum|conference|parade|celebrations?|talks|negotiations)\b",
    re.IGNORECASE | re.ASCII,
)


def _day_before_the_gathering(candidates: list[_Candidate]) -> None:
    """ "On the eve of the summit, Putin met Rahmon", "a day before the talks": the day before that of the
    gathering the story dates (in the same sentence or before it), when the sentence gives no day of its
    own."""
    for i, c in enumerate(candidates):
        if c.resolved is not None or "day" not in c.sentence.text and "eve" not in c.sentence.text:
            continue
        m = _EVE_OF.search(c.sentence.text)
        if m is None or not (m.end() <= c.trigger.start or c.trigger.end <= m.start()):
            continue  # (the phrase must not be the contact's own words)
        noun = m.group("noun").lower()[:5]
        lo, hi = i, i + 1  # (candidates are in text order: a sentence's stand together)
        while lo > 0 and candidates[lo - 1].sentence.start == c.sentence.start:
            lo -= 1
        while hi < len(candidates) and candidates[hi].sentence.start == c.sentence.start:
            hi += 1
        same = candidates[lo:i] + candidates[i + 1 : hi]
        for x in same + candidates[:i][::-1]:
            r = x.resolved
            if r is None or r.precision != "day" or r.method == "text-year" or r.date_end is not None:
                continue
            if noun in x.trigger.text.lower() or (noun == "summi" and x.kind == "summit"):
                c.resolved = ResolvedDate(
                    r.date - dt.timedelta(days=1), "day", "context",
                    f"'{m.group()}': the day before the {m.group('noun')} of {r.date}",
                )  # fmt: skip
                break


def _days_named(
    text: str, lo: int, hi: int, ref: dt.date | None, span: tuple[int, int] | None, *, possessive: bool = False
) -> list[tuple[int, DateExpression, ResolvedDate]]:
    """The single days ``text[lo:hi]`` names, read as past, each with where it ends: not a bound
    (unless ``possessive`` and it is one, "after Friday's plenary"), not "the same day", not the
    article's own date line (``span``)."""
    out = []
    for e in find_date_expressions(text[lo:hi]):
        bound = e.is_bound and not (possessive and e.text.endswith(("'s", "’s")))
        r = None if bound or is_same_day(e) else resolve(e, ref, tense="past")
        if r is not None and r.precision == "day" and not (span and span[0] <= lo + e.start < span[1]):
            out.append((lo + e.end, e, r))
    return out


def _same_day_as_before(
    candidates: list[_Candidate], text: str, passages: list[Span], reference: ReferenceDate
) -> None:
    """ "Putin arrived on Thursday, and the two leaders began with a dinner the same evening",
    "Later in the day, Mishustin received …": the day of the last date the article gave before."""
    ref, span = reference.date, reference.span
    # The days of the contacts reported so far, and the days named earlier in the same paragraph.
    days = [
        (c.sentence.start + c.expr.end, c.expr, c.resolved)
        for c in candidates
        if c.resolved and c.resolved.precision == "day" and not is_same_day(c.expr)
    ]
    for c in candidates:
        if c.resolved is None or not is_same_day(c.expr):
            continue
        here = c.sentence.start + c.expr.start
        passage = next(p for p in passages if p.start <= here < p.end)
        # (a day named in the possessive names its event's day, after "after" too: "After Friday's
        # plenary, Lavrov will meet Aslov later in the day" is Friday)
        days += _days_named(text, passage.start, here, ref, span, possessive=True)
    days.sort(key=lambda d: d[0])
    for c in candidates:
        if c.resolved is None or not is_same_day(c.expr):
            continue
        here = c.sentence.start + c.expr.start
        before = [(e, r) for end, e, r in days if end <= here]
        if not before:
            # "the same day" looks back to the last day the story named, paragraphs up if need be
            # ("The minister spoke at a forum in Kazan on April 13. … On the same day, he met Novak")
            # (a few paragraphs up at most: a hostile page of "the same day"s stays linear)
            before = [(e, r) for _, e, r in _days_named(text, max(0, here - 3000), here, ref, span)]
        if before:
            e, r = before[-1]
            c.resolved = ResolvedDate(r.date, "day", r.method, f"from '{c.expr.text}': the day of '{e.text}' before it")
            if ref and r.date < ref:
                c.status = "held"
    for c in candidates:
        if c.resolved is not None and c.expr is not None and c.expr.form == "shift":
            _count_from_anchor(c, text, days, reference)


def _day_near(
    text: str,
    lo: int,
    hi: int,
    ref: dt.date | None,
    *,
    not_after: dt.date | None = None,
    tense: str | None = "past",
    precisions: frozenset[str] | None = frozenset({"day"}),
    year_hint: int | None = None,
) -> tuple[DateExpression, ResolvedDate] | None:
    """The first date ``text[lo:hi]`` names (not a bound; read in ``tense``, a single day unless
    ``precisions`` says otherwise, None for any; no later than ``not_after``): the date a story gives
    a noun it names there ("the attack on March 22")."""
    for e in find_date_expressions(text[max(0, lo) : hi]):
        r = None if e.is_bound else resolve(e, ref, tense=tense, year_hint=year_hint)
        if (
            r is not None
            and (precisions is None or r.precision in precisions)
            and (not_after is None or r.date <= not_after)
        ):
            return e, r
    return None


# "While the concert was on, Putin spoke with Rahmon", "during the parade": an occasion the
# sentence names as the contact's time (not a contact itself, nor a gathering the contact is part of)
_WHILE_THE = re.compile(
    r"\b(?:when|while|as|during|amid)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>races?|parade|celebrations?|ceremony"
    r"|festival|games|championship|exhibition|fair|concert|match|tournament|inauguration|funeral|commemoration)\b",
    re.IGNORECASE | re.ASCII,
)


def _while_the_occasion(candidates: list[_Candidate], text: str, reference: ReferenceDate) -> None:
    """An undated contact told as taking place while an occasion went on takes the day the story gave
    that occasion before ("The gala concert in Kazan last Saturday … While the concert was on, Putin had
    a short conversation with Rahmon"), within a few paragraphs."""
    if reference.date is None:
        return
    for c in candidates:
        if c.resolved is not None or c.tense != "past" or "the " not in c.sentence.text:
            continue
        m = _WHILE_THE.search(c.sentence.text)
        if m is None:
            continue
        stem = m.group("noun").lower().rstrip("s")
        lo = max(0, c.sentence.start - 3000)
        told = list(re.finditer(rf"\b{re.escape(stem)}s?\b", text[lo : c.sentence.start], re.IGNORECASE))
        for x in reversed(told):
            found = _day_near(text, lo + x.start() - 60, lo + x.start() + 60, reference.date, not_after=reference.date)
            if found:
                c.resolved = replace(
                    found[1], method="context", note=f"no date in the sentence; the day the story gave the {stem}s"
                )
                break


# "on the sidelines of the summit", "at the forum": a gathering the story has named, with a date, before
_AT_THE_GATHERING = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>summit|forum|session|conference)\b",
    re.IGNORECASE | re.ASCII,
)


def _on_the_sidelines(candidates: list[_Candidate], text: str, reference: ReferenceDate) -> None:
    """An undated contact "on the sidelines of the summit" took place when the story said that summit
    is or was ("… will take part in a summit of the CIS on Friday, September 28. … Putin would meet
    Rahmon on the sidelines of the summit"), read in the contact's own tense (or in the year an
    undated report is read in)."""
    if reference.date is None and reference.year_hint is None:
        return
    for c in candidates:
        if c.resolved is not None or "sidelines" not in c.sentence.text and "margins" not in c.sentence.text:
            continue
        m = _AT_THE_GATHERING.search(c.sentence.text)
        if m is None:
            continue
        noun = m.group("noun").lower()
        lo = max(0, c.sentence.start - 3000)
        for x in reversed(list(re.finditer(rf"\b{noun}s?\b", text[lo : c.sentence.start], re.IGNORECASE))):
            at = lo + x.start()
            found = _day_near(
                text,
                at - 80,
                at + 80,
                reference.date,
                tense=c.tense,
                precisions=frozenset({"day", "month"}),
                year_hint=reference.year_hint,
            )
            if found:
                note = f"no date in the sentence; the date the story gave the {noun} ('{found[0].text}')"
                c.resolved = replace(found[1], method="context", note=note)
                break


_ALSO_ATTENDED = re.compile(
    r"\b(?:also|too)\s+(?:attended|joined|took\s+part\s+in|(?:was|were)\s+(?:also\s+)?present\s+at)\s+the\s+"
    r"(?:meeting|talks|reception|ceremony|conversation|negotiations)\b"
    r"|\b(?:attended|joined|took\s+part\s+in)\s+the\s+(?:meeting|talks|reception|ceremony|negotiations)\s+(?:as\s+well|too)\b",
    re.IGNORECASE | re.ASCII,
)


def _also_attended(candidates: list[_Candidate]) -> None:
    """ "X received Y on April 4. … Ambassador Z also attended the meeting": Z was at the contact just
    told (within two paragraphs), which takes Z's side too; the sentence that says so takes its day."""
    for i, c in enumerate(candidates):
        if (
            not c.people
            or "attend" not in c.sentence.text
            and "part in" not in c.sentence.text
            and "joined" not in c.sentence.text
        ):
            continue
        if not _ALSO_ATTENDED.search(c.sentence.text):
            continue
        prev = next(
            (
                p
                for p in reversed(candidates[:i])
                if p.sentence.start < c.sentence.start and p.people and c.passage_index - p.passage_index <= 2
            ),
            None,
        )
        if prev is None:
            continue
        prev.people = list(dict.fromkeys(prev.people + c.people))
        prev.countries |= {p.country for p in c.people} & {"RU", "TJ"}
        if c.resolved is None and prev.resolved is not None:
            c.resolved = replace(
                prev.resolved, method="context", note="no date in the sentence; at the contact told before"
            )
            c.status = prev.status


_WILL_ALSO = re.compile(
    r"\b(?:will|is\s+to|are\s+to|is\s+(?:also\s+)?(?:expected|scheduled|due)\s+to)\s+also\b|\b(?:is|are)\s+also\s+(?:expected|scheduled|due)\s+to\b",
    re.IGNORECASE | re.ASCII,
)


def _also_on_the_programme(candidates: list[_Candidate]) -> None:
    """An announced contact with no day that the story adds to a programme it has dated ("The President
    will visit Tajikistan on September 14–15 … He will also have a separate meeting with Rahmon"): the
    programme's first day, at its precision (the nearest dated announced contact within two paragraphs)."""
    for i, c in enumerate(candidates):
        if c.resolved is not None or c.tense != "future" or "also" not in c.sentence.text:
            continue
        if not _WILL_ALSO.search(c.sentence.text):
            continue
        for p in reversed(candidates[:i]):
            if c.passage_index - p.passage_index > 2:
                break
            if p.resolved is not None and p.tense == "future" and p.sentence.start < c.sentence.start:
                note = f"no date in the sentence; part of the programme told before ('{p.expr.text if p.expr else ''}')"
                c.resolved = replace(p.resolved, method="context", note=note, date_end=None)
                break


# the present perfect and progressive report the news of the day: "have already arrived", "is holding talks"
_NEWS_TENSE = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|just\s+)?(?:arrived|begun|started|opened|landed|gathered)\b"
    r"|\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:holding|meeting|visiting|attending)\b",
    re.IGNORECASE | re.ASCII,
)


_HABIT = re.compile(r"\b(?:times|since|ever|often|repeatedly|regularly|before)\b", re.IGNORECASE | re.ASCII)


def _news_of_the_day(candidates: list[_Candidate], reference: ReferenceDate) -> None:
    """An undated contact told in the present perfect or progressive ("All the leaders, Putin and Rahmon
    among them, have already arrived", "Putin is holding talks with Rahmon") is the news of the day the
    article is dated, wherever in the story it stands."""
    if reference.date is None or reference.source == "inferred":
        return
    for c in candidates:
        if c.resolved is not None or c.expr is not None or not _bilateral(c):
            continue
        window = c.sentence.text[max(0, c.trigger.start - 80) : c.trigger.end + 40]
        if (
            ("has" in window or "have" in window or "ing" in window)
            and _NEWS_TENSE.search(window)
            and not _HABIT.search(window)
        ):
            note = f"no date in the sentence; told in the present perfect or progressive, the news of the article's date ({reference.note})"
            c.resolved = ResolvedDate(reference.date, "day", "lead", note)
            c.status = "held"


def _met_on_a_trip_abroad(candidates: list[_Candidate]) -> None:
    """An undated contact of someone whose trip to a third country the story has just dated took place
    on that trip ("Rahmon will travel to Qingdao on June 9-10 for the SCO summit. … He is expected to
    meet Putin"): the trip's first day, at its precision, when no dated contact comes between."""
    for i, c in enumerate(candidates):
        if c.resolved is not None or not c.people or {"RU", "TJ"} - {p.country for p in c.people}:
            continue
        names = {p.name for p in c.people}
        for v in reversed(candidates[max(0, i - 12) : i]):
            if c.sentence.start - v.sentence.end > 1500:
                break
            if v.resolved is None:
                continue
            # (a trip to neither country, or to a gathering there: one side only)
            abroad = v.kind in {"visit", "summit"} and len(v.countries & {"RU", "TJ"}) == 1
            abroad = abroad and (v.place is None or v.place.country not in {"RU", "TJ"})
            if abroad and v.tense == c.tense and names & {p.name for p in v.people}:
                where = f" to {v.place.name}" if v.place else ""
                note = (
                    f"no date in the sentence; during the trip{where} told before ('{v.expr.text if v.expr else ''}')"
                )
                c.resolved = replace(v.resolved, method="context", note=note, date_end=None)
            break  # (the nearest dated contact before it decides)


# "During that trip, …", "on the same visit": a trip the story has just told
_THAT_TRIP = re.compile(
    r"\b(?:during|on|in\s+the\s+course\s+of|throughout)\s+(?:that|this|the\s+same)\s+(?:trip|visit|stay|tour|journey)\b",
    re.IGNORECASE | re.ASCII,
)
_TRIP_WORD = re.compile(r"\b(?:trip|visit(?:s|ed)?|stay|tour|journey|travell?ed)\b", re.IGNORECASE | re.ASCII)


def _during_that_trip(candidates: list[_Candidate], text: str, reference: ReferenceDate) -> None:
    """An undated contact told as taking place during "that trip" (or "the same visit") took place
    when the trip the story told just before did ("He spoke of his trip to Moscow in 2024 … During that
    trip, he talked to his counterpart by phone" is 2024), at the precision the story gave it."""
    if reference.date is None:
        return
    for c in candidates:
        if (
            c.resolved is not None
            or c.tense != "past"
            or not (
                ("that " in c.sentence.text or "same " in c.sentence.text or "this " in c.sentence.text)
                and _THAT_TRIP.search(c.sentence.text)
            )
        ):
            continue
        lo = max(0, c.sentence.start - 1500)
        for x in reversed(list(_TRIP_WORD.finditer(text, lo, c.sentence.start))):
            # the trip's own sentence: from the last stop before the word to the next
            start = max(text.rfind(". ", lo, x.start()), text.rfind("\n", lo, x.start())) + 1
            stop = min(k for k in (text.find(". ", x.end()), text.find("\n", x.end()), c.sentence.start) if k >= 0)
            found = _day_near(text, start, stop, reference.date, not_after=reference.date, precisions=None)
            if found:
                c.resolved = replace(
                    found[1],
                    method="context",
                    note=f"no date in the sentence; the date of the trip told before ('{found[0].text}')",
                )
                break


def _count_from_anchor(c: _Candidate, text: str, days: list, reference: ReferenceDate) -> None:
    """ "A day earlier, Kravtsov held talks …", "two days after the attack", "a week after
    Bortnikov held talks": days counted from the date the story gave before (or the date of the
    noun named), the article's own date when there is none."""
    shift = shift_of(c.expr, c.sentence.text)
    if shift is None:
        return
    n, noun, clause = shift
    here = c.sentence.start + c.expr.start
    anchor = None
    if noun:
        # the noun's own date: "the attack on March 22", "the March 22 attack", "the summit on Friday"
        for m in re.finditer(rf"\b{re.escape(noun)}\b", text[:here] + text[c.sentence.end :], re.IGNORECASE | re.ASCII):
            pos = m.start() if m.start() < here else m.start() + (c.sentence.end - here)
            anchor = _day_near(text, pos - 30, pos + len(noun) + 40, reference.date)
            if anchor:
                break
    if anchor is None:
        before = [(e, r) for end, e, r in days if end <= here and e is not c.expr]
        if before:
            anchor = before[-1]
    if anchor is None:
        if reference.date is None:
            return
        base, what = reference.date, "the article's date"
    else:
        base, what = anchor[1].date, f"'{anchor[0].text}'"
    if clause:
        n = -n  # "X came a week after Y met Z": Y met Z a week before X
    day = base + dt.timedelta(days=n)
    c.resolved = ResolvedDate(day, "day", "relative", f"from '{c.expr.text}', counted from {what}")
    if reference.date and day <= reference.date:
        c.status = "held"


_FRAME_AFTER = re.compile(
    r"\s*,?\s*(?:as\s+part\s+of|during|at|on\s+the\s+(?:sidelines|margins|fringes)\s+of|within)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}",
    re.IGNORECASE | re.ASCII,
)
_WHEN = re.compile(r",\s+when\b(?![^,;]*\b(?:in|on|last|next)\s+(?-i:[A-Z0-9]))", re.IGNORECASE | re.ASCII)
_TOOK_PLACE = re.compile(
    r"^[^,;:]{0,60}?\b(?:that|which)\s+(?:took\s+place|was\s+held|happened|occurred)\s+(?:on\s+|in\s+|last\s+)?$",
    re.IGNORECASE | re.ASCII,
)
_COORDINATED = re.compile(
    r"\band\s+(?:to\s+|will\s+|then\s+|later\s+)?(?:hold|have|pay|held|had|paid)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE | re.ASCII,
)
# An invitation names the contact it invites to: "accepted an invitation to visit Moscow",
# "invited him to come to Dushanbe".
_INVITED_TO = re.compile(r"\b(?:invitations?|invited(?:\s+\w+){0,3}?)\s+to\s+$", re.IGNORECASE | re.ASCII)


# "at the invitation of", "at the official invitation of": the host's part of a visit
_AT_THE = re.compile(r"\bat\s+(?:the|an|his|her|their)\s+(?:(?:official|personal|kind|special)\s+)?$", re.IGNORECASE)


def _invites(sentence: str, trigger: _Trigger) -> bool:
    """The trigger is an invitation of its own ("invited him to Sochi"), not "at the invitation of"
    a host."""
    return trigger.text.lower().startswith("invit") and not _AT_THE.search(sentence[: trigger.start])


def _invitation(sentence: str, trigger: _Trigger) -> bool:
    """An invitation, or the contact one invites to ("accepted an invitation to visit Moscow")."""
    if trigger.text.lower().startswith("invit"):
        return _invites(sentence, trigger)
    return bool(_INVITED_TO.search(sentence[max(0, trigger.start - 60) : trigger.start]))


def _join_slot(a: dict, b: dict) -> None:
    """Moves what trigger slot ``b`` holds into ``a``: the two triggers tell one contact."""
    for key in ("people", "titles", "counterparts", "exprs"):
        a[key] = a[key] + b[key]
        b[key] = []
    a["countries"] |= b["countries"]
    a["collective"] = a["collective"] or b["collective"]
    a["place"] = a["place"] or b["place"]
    b["countries"], b["collective"], b["place"] = set(), False, None


def _sentence_candidates(
    sentence: Span,
    passage_index: int,
    gaz: Gazetteer,
    reference: ReferenceDate,
    *,
    antecedent: PersonEntry | None = None,
    named: set[str] | None = None,
    people_hits: list[Hit] | None = None,
    dateline: PlaceEntry | None = None,
) -> list[_Candidate]:
    s = sentence.text
    people_hits = list(gaz.find_people(s) if people_hits is None else people_hits)
    if _has_pronoun_subject(s):
        # "He paid an official visit to Dushanbe in 2017": he is the person the last sentence named;
        # "Rahmon paid a visit in March, when he and Putin held talks; he returned in May": he is
        # the subject the sentence named before him.
        named_here = [h for h in people_hits if not _speaks_for(h.entry.role)]
        for m in _PRONOUN.finditer(s):
            before = [h for h in named_here if h.end <= m.start()]
            who = before[0].entry if before else antecedent
            if who is not None:
                people_hits.append(Hit(m.start(), m.end(), who))
        people_hits.sort(key=lambda h: h.start)
    if antecedent is not None and antecedent.country in {"RU", "TJ"} and (m := _WORDS_CAME.match(s)):
        # "Putin promised more places for students. The statement came during talks with Rahmon": who
        # made the statement is the person the last sentence named
        people_hits.insert(0, Hit(m.start("what"), m.end("what"), antecedent))
    if antecedent is not None and antecedent.country in {"RU", "TJ"} and (" him" in s or " her" in s):
        # "Volodin paid a working visit to Dushanbe in July. On 1 July the President of Tajikistan held
        # a separate meeting with him": the object pronoun is the person the last sentence named, when
        # this one names no one of that side
        m = _OBJECT_PRONOUN.search(s)
        if m and not any(h.entry.country == antecedent.country for h in people_hits):
            people_hits.append(Hit(m.start("pron"), m.end("pron"), antecedent))
            people_hits.sort(key=lambda h: h.start)
    triggers = _find_triggers(s, {h.start for h in people_hits})
    if not triggers:
        return []
    ref = reference.date
    exprs = [e for e in find_date_expressions(s) if _usable_expr(e, s, sentence.start, reference.span, triggers)]
    if exprs and ('"' in s or "“" in s) and not any(t.text.lower().startswith("invit") for t in triggers):
        # A date inside quoted speech belongs to what the speaker says ("“Next year the deliveries will
        # begin,” Shoigu said after a meeting with Mirzo"), unless the contact is told in the same quote
        # (or the quote is an invitation: "“We expect you in Moscow on May 9,” he said, inviting Rahmon").
        quotes = [m.span() for m in _QUOTE.finditer(s)]

        def quote_of(pos: int) -> int | None:
            return next((k for k, (a, b) in enumerate(quotes) if a <= pos < b), None)

        told = {quote_of(t.start) for t in triggers}
        exprs = [e for e in exprs if quote_of(e.start) is None or quote_of(e.start) in told]
    if not exprs and _HABITUAL.search(s):
        return []
    place_hits = [
        h
        for h in gaz.find_places(s)
        if h.entry.name not in _COUNTRY_PLACES
        and (_PLACE_PREP.search(s[max(0, h.start - 50) : h.start]) or _HOSTING.match(s[h.end : h.end + 30]))
        # a capital in the possessive stands for its government ("to boost Moscow's weight"), unless
        # a preposition places something of it ("arrived at Dushanbe's airport")
        and not (s.startswith(("'s", "’s"), h.end) and not _AT_PLACE.search(s, max(0, h.start - 12), h.start))
    ]

    per: list[dict] = [
        {
            "people": [],
            "countries": set(),
            "collective": False,
            "rank": None,
            "titles": [],
            "counterparts": [],
            "exprs": [],
            "place": None,
        }
        for _ in triggers
    ]
    subjects: dict[int, list[PersonEntry]] = {}
    cites = "citing" in s or "according to" in s or "quoting" in s
    sends = "greetings" in s or "regards" in s or "wishes" in s
    briefs = "told reporters" in s or "told journalists" in s or "told the press" in s or "told a news" in s
    for hit in people_hits:
        if _speaks_for(hit.entry.role):
            continue  # a spokesperson reports a contact, does not take part in it
        if briefs and _TOLD_REPORTERS.match(s, hit.end) and not any(t.start > hit.start for t in triggers):
            # "Lavrov will meet Aslov on Monday, a deputy minister, a veteran diplomat, told reporters in
            # Moscow": who briefs the press on a contact told before is the report's source, not a party
            # to it (but "Lavrov told reporters after his meeting with Aslov" took part)
            continue
        if (
            cites
            and _CITING.search(s, max(0, hit.start - 70), hit.start)
            and not any(
                # (unless a contact word comes between: "according to the ministry, Lavrov met Muhriddin")
                t.start < hit.start and _CITING.search(s, t.end, hit.start) is None
                for t in triggers
                if t.end > hit.start - 70
            )
        ):
            continue  # "…, TASS reported, citing Ambassador Lyakin-Frolov": the source, not a party
        said = _SAID_THAT.match(s, hit.end) if " that " in s else None
        if said and any(
            said.end() <= h.start <= said.end() + 60 and not any(said.end() <= t.start < h.start for t in triggers)
            for h in people_hits
        ):
            continue  # "Ushakov said that Putin would meet Rahmon": who tells of a contact is its source
        if sends and (_SENT_BY_BEFORE.search(s, max(0, hit.start - 80), hit.start) or _SENT_BY_AFTER.match(s, hit.end)):
            continue  # "passed on the greetings of Vladimir Putin", "conveyed Putin's regards": absent
        owner = _owner(triggers, s, hit.start, hit.end)
        per[owner]["people"].append(hit.entry)
        if hit.end <= triggers[owner].start:
            subjects.setdefault(owner, []).append(hit.entry)
    for i in range(1, len(triggers)):
        # "Lavrov will meet Rahmon and hold talks with Muhriddin": coordinated verbs share their subject.
        gap = s[triggers[i - 1].end : triggers[i].start]
        if subjects.get(i - 1) and not subjects.get(i) and _COORDINATED.search(gap) and not _CLAUSE_BREAK.search(gap):
            sides = {p.country for p in per[i]["people"]}
            per[i]["people"] += [p for p in subjects[i - 1] if p.country not in sides][:1]
            subjects[i] = subjects[i - 1]
    for i, trigger in enumerate(triggers):
        # "Igor Ivanov, the secretary of the Security Council, who held a meeting with …": the
        # relative pronoun's antecedent is the trigger's subject, however far the apposition runs.
        who = re.search(r"\bwho\s+(?:[\w'’]+\s+){0,3}$", s[: trigger.start]) if "who" in s else None
        if who:
            before = [h for h in people_hits if h.end <= who.start() and who.start() - h.end <= 120]
            if before and not _speaks_for(before[-1].entry.role):
                per[i]["people"].append(before[-1].entry)
    named_at = {h.start: h.entry.country for h in people_hits}

    def names_follow(end: int, countries: set[str]) -> bool:
        # "Russian Interior Minister Rashid Nurgaliyev", "the defence ministers of Tajikistan and Russia
        # Sherali Mirzo and Sergei Shoigu": a title before a name of its country is the name's, not its
        # holder's of the day ("Russian president Emomali Rahmon" is a slip, and still names Putin)
        gap = _TITLE_GAP.match(s, end)
        return gap is not None and named_at.get(gap.end()) in countries

    low = s.lower()
    # (a country's word is what a title, a body or a pair of countries begins with: without one,
    # those patterns need not scan the sentence)
    national = _CC_WORDS.search(low) is not None
    for m in _TITLE_ADJ.finditer(s) if national else ():
        if names_follow(m.end(), {_country(m.group("cc"))}):
            continue
        cc = _country(m.group("cc"))
        per[_owner(triggers, s, m.start(), m.end())]["titles"].append((cc, _office_key(m)))
    for m in _TOP_DIPLOMAT.finditer(s) if national and "diplomat" in low else ():
        # "the top Russian diplomat": the country's foreign minister
        per[_owner(triggers, s, m.start(), m.end())]["titles"].append((_country(m.group("cc")), "foreign_minister"))
    for m in _MINISTRY_HEAD.finditer(s) if national and "ministry" in low else ():
        office = _ministry_office(m.group("field") or m.group("field2"))
        cc = _country(m.group("cc") or m.group("cc2"))
        per[_owner(triggers, s, m.start(), m.end())]["titles"].append((cc, office))
    for m in _TITLE_OF.finditer(s) if " of " in low and ("russia" in low or "tajikistan" in low) else ():
        if names_follow(
            m.end(), {"RU" if "russia" in (m.group(g) or "").lower() else "TJ" for g in ("c1", "c2") if m.group(g)}
        ):
            continue
        office = _office_key(m)
        for group in ("c1", "c2"):
            if m.group(group):
                cc = "RU" if "russia" in m.group(group).lower() else "TJ"
                per[_owner(triggers, s, m.start(), m.end())]["titles"].append((cc, office))
    for m in _JOINT_MINISTRIES.finditer(s) if "minist" in low else ():
        # "a joint board meeting of the Russian and Tajik interior ministries": their ministers met
        office = _ministry_office(m.group("field") or m.group("field2"))
        for cc in ("RU", "TJ"):
            per[_owner(triggers, s, m.start(), m.end())]["titles"].append((cc, office))
    for m in _HIGHEST.finditer(s) if "level" in low else ():
        # "Tajikistan-Russia negotiations at the highest level": the two heads of state
        slot = per[_nearest(triggers, m.start())]
        slot["titles"] += [("RU", "president"), ("TJ", "president")]
    for m in _COUNTERPART.finditer(s) if "counterpart" in low else ():
        cc = _country(m.group("cc") or m.group("cc2") or "")
        if cc:
            per[_owner(triggers, s, m.start(), m.end())]["counterparts"].append(cc)
    for m in _BODY.finditer(s) if national else ():
        cc = _country(m.group("cc"))
        if cc:
            per[_owner(triggers, s, m.start(), m.end())]["countries"].add(cc)
    for m in _CHAMBER.finditer(s) if ("Majlis" in s or "Duma" in s or "Council" in s) else ():
        per[_owner(triggers, s, m.start(), m.end())]["countries"].add("TJ" if m.group("tj") else "RU")
    for m in _ENVOY_SUMMONED.finditer(s) if "mbassador" in s else ():
        # the ministry that summons an envoy of one of the two countries is the other's, where the
        # envoy serves ("Russian Ambassador to Tajikistan … was invited to the Foreign Ministry")
        per[_owner(triggers, s, m.start(), m.end())]["countries"].update({"RU", "TJ"})
    for m in _PAIR.finditer(s) if national else ():
        slot = per[_nearest(triggers, m.start())]
        slot["countries"].update({"RU", "TJ"})
    for m in _COLLECTIVE.finditer(s):
        i = _nearest(triggers, m.start())
        if m.group().lower() in {"their", "your"}:
            # a possessive is its noun's: "the meeting followed their telephone conversation"
            nxt = next((j for j, t in enumerate(triggers) if _POSSESSED.fullmatch(s[m.end() : t.start])), None)
            i = i if nxt is None else nxt
        if _RESULTS_OF.search(s[: triggers[i].start]) and not (triggers[i].start <= m.start() < triggers[i].end + 40):
            continue  # "the two ministers discussed the results of the summit held in February": not theirs
        per[i]["collective"] = True
        per[i]["rank"] = per[i]["rank"] or _rank_named(m.group())
    for e in exprs:
        i = _nearest(triggers, (e.start + e.end) / 2)
        earlier = [j for j, t in enumerate(triggers) if t.end <= e.start]
        if earlier and i not in earlier:
            # A date after its verb phrase dates it ("held talks with Rahmon in the Kremlin today, the
            # centrepiece of his visit"), unless a comma or another clause comes between them.
            gap = s[triggers[earlier[-1]].end : e.start]
            if ("," not in gap and not _CLAUSE_BREAK.search(gap)) or _TOOK_PLACE.search(gap):
                # ("a conversation between the leaders that took place on Friday": the clause dates its noun)
                i = earlier[-1]
        if earlier and triggers[i].start >= e.end and _FRAME_AFTER.fullmatch(s[e.end : triggers[i].start]):
            # "will hold talks with Aslov later in the day as part of the CSTO meeting": the date
            # before a gathering that frames the contact is the contact's
            i = earlier[-1]
        if earlier and triggers[i].start >= e.end and re.match(r"\s*,\s*when\b", s[e.end :]):
            # "their conversation on May 3, when Putin invited him": the when-clause hangs on the date,
            # which dates the clause before it.
            i = earlier[-1]
        per[i]["exprs"].append(e)
    for i, trigger in enumerate(triggers):
        leg = _tour_leg(s, trigger, exprs, gaz) if trigger.kind == "visit" else None
        if leg is not None:
            per[i]["exprs"], per[i]["tour"] = [leg[0]], leg[1]
    for i in range(1, len(triggers)):
        # "had last been in Dushanbe in September 2015, when he and Rahmon also met": a contact in a
        # when-clause hanging on a visit or a summit happened then (one hanging on a call or a meeting,
        # "spoke by phone on July 4, when they discussed …", is that contact itself)
        if (
            not per[i]["exprs"]
            and per[i - 1]["exprs"]
            and triggers[i - 1].kind in {"visit", "summit"}
            and _WHEN.search(s[triggers[i - 1].end : triggers[i].start])
        ):
            per[i]["exprs"] = list(per[i - 1]["exprs"])
    for h in place_hits:
        if briefs and _BRIEFED_IN.search(s, max(0, h.start - 40), h.start):
            continue  # "told reporters in Moscow": where the contact was told of, not where it is
        slot = per[_nearest(triggers, h.start)]
        slot["place"] = slot["place"] or h.entry

    # "held talks with Y during X's visit on May 3": the visit is the frame of the talks, one contact.
    for i in range(len(triggers) - 1):
        if triggers[i + 1].kind == "visit" and _FRAME.fullmatch(s[triggers[i].end : triggers[i + 1].start]):
            _join_slot(per[i], per[i + 1])
            per[i]["frame"] = triggers[i + 1]  # the visit's destination is the contact's country too

    # "in the presence of" says who else was there at what the clause tells: "A ceremony of awarding
    # Mirzo the Order of Honour was held in Moscow on Tuesday in the presence of Shoigu" is one contact.
    for i in range(len(triggers) - 1, 0, -1):
        if _IN_PRESENCE.fullmatch(triggers[i].text) and not _CLAUSE_BREAK_STRONG.search(
            s, triggers[i - 1].end, triggers[i].start
        ):
            _join_slot(per[i - 1], per[i])

    # A trigger with no actors of its own shares its date and place with the nearest one that has some
    # ("Putin met Rahmon … and discussed trade today": one contact, dated by "today").
    def has_actors(slot):
        return bool(slot["people"] or slot["titles"] or slot["counterparts"] or slot["countries"] or slot["collective"])

    actors = [i for i, slot in enumerate(per) if has_actors(slot)]
    for i, slot in enumerate(per):
        others = [k for k in actors if k != i]
        if slot["collective"] and not slot["people"] and others:
            j = min(others, key=lambda k: abs(triggers[k].start - triggers[i].start))
            if _invitation(s, triggers[j]):
                # "in a conversation between the two leaders, Putin invited Rahmon": they are the two
                slot["people"] = list(per[j]["people"])
                slot["countries"] |= per[j]["countries"]
        if others and slot["exprs"] and _invitation(s, triggers[i]):
            # "during talks with Putin, Rahmon accepted his invitation to meet in Sochi on May 3": the
            # invitation is to another contact of the same two (inviter and invited), on its own date.
            j = min(others, key=lambda k: abs(triggers[k].start - triggers[i].start))
            slot["people"] = list(dict.fromkeys(slot["people"] + per[j]["people"]))
            for key in ("titles", "counterparts"):
                slot[key] = slot[key] + per[j][key]
            slot["countries"] |= per[j]["countries"] & {"RU", "TJ"}
            if i not in actors:
                actors.append(i)
    if actors and len(actors) < len(per):
        for i, slot in enumerate(per):
            if i in actors or triggers[i].kind == "summit":
                continue  # a gathering nobody is said to attend keeps its date ("the upcoming SCO summit in September")
            j = min(actors, key=lambda k: abs(triggers[k].start - triggers[i].start))
            a, b = sorted((triggers[i], triggers[j]), key=lambda t: t.start)
            if _SEQUENCE.search(s[a.end : b.start]):
                continue  # "his trip follows visits to Kazakhstan in September": the other trip's date
            if slot["exprs"] and _invitation(s, triggers[j]):
                # "in a phone call on Friday, Putin invited Rahmon to Moscow": the inviter and the
                # invited are the call's parties; the call keeps its date, the invitation its own.
                slot["people"] = list(per[j]["people"])
                slot["countries"] = set(per[j]["countries"])
                continue
            per[j]["exprs"].extend(slot["exprs"])
            per[j]["place"] = per[j]["place"] or slot["place"]
            slot["exprs"], slot["place"] = [], None

    jobs = []
    for trigger, slot in zip(triggers, per, strict=True):
        listed = _date_list(s, slot["exprs"], trigger)
        if len(listed) < 2:
            jobs.append((trigger, slot))
            continue
        # "they have met three times: on May 3 in Sochi; on June 9 in Astana; and on July 4": one
        # contact a date, each at the place written with it.
        for k, e in enumerate(listed):
            stop = listed[k + 1].start if k + 1 < len(listed) else min(len(s), e.end + 60)
            own = next((h.entry for h in place_hits if e.end <= h.start < stop), None)
            jobs.append((trigger, slot | {"exprs": [e], "place": own or (slot["place"] if k == 0 else None)}))

    out = []
    for trigger, slot in jobs:
        tense = _tense(s, trigger, whole=len(triggers) == 1)
        if passage_index == 0 and trigger.start < 80 and _HEADLINE_TO.match(s, 0, trigger.start):
            tense = "future"  # a headline's "Lavrov to meet Tajik counterpart" is his plan
        expr = None
        resolved = None

        def apart(e, trigger=trigger):
            # a date of the trigger's own clause before one across a clause break, then the nearest
            gap = s[trigger.end : e.start] if e.start >= trigger.end else s[e.end : trigger.start]
            coarse = e.form in {"year", "season"} or (e.form == "relative" and (e.relative or "").endswith("year"))
            return bool(_CLAUSE_BREAK.search(gap)), coarse, abs(e.start - trigger.start)

        for e in sorted(slot["exprs"], key=apart):
            if _in_relative_clause(s, trigger, e):
                continue
            if e.form == "season" and not (0 <= e.start - trigger.end <= 50 or 0 <= trigger.start - e.end <= 50):
                continue  # a season is the contact's when said with it, not of a gathering further on
            if (
                trigger.text.lower().endswith("agreed")
                and e.start >= trigger.end
                and re.match(r"\s+(?:to|that|on)\b", s[trigger.end :])
            ):
                continue  # "the presidents agreed to sign it in early 2012": the date of what they agreed on
            r = resolve(e, ref, tense=tense, year_hint=reference.year_hint)
            if r is not None and r.date >= EARLIEST:
                expr, resolved = e, r
                break
        on = resolved.date if resolved else ref
        people = list(dict.fromkeys(slot["people"]))
        countries = set(slot["countries"]) | {p.country for p in people}
        for cc, office in slot["titles"]:
            countries.add(cc)
            if office and cc in {"RU", "TJ"} and (on or reference.year_hint):
                if on:
                    holder = gaz.holder(f"{cc}:{office}", on)
                else:
                    # an undated report of the year its text names: the one who held the office all that year
                    y = reference.year_hint
                    holder = gaz.holder(f"{cc}:{office}", dt.date(y, 1, 1))
                    holder = holder if holder == gaz.holder(f"{cc}:{office}", dt.date(y, 12, 31)) else None
                if holder and holder not in people:
                    people.append(holder)
        pair = _TWO_HOLDERS.search(s)
        if pair and on and named and len({p.country for p in people}) == 1 and not (countries - {"RU", "TJ"}):
            # "Medvedev … and the two presidents pledged": the other president, if the article names him
            # and the sentence names his country.
            other = "TJ" if people[0].country == "RU" else "RU"
            office = next((p.office_on(on) for p in people if p.office_on(on)), None)
            holder = gaz.holder(f"{other}:{office.split(':', 1)[1]}", on) if office else None
            if holder and holder.name in named and _OTHER_SIDE[other].search(s):
                people.append(holder)
                countries.add(other)
        for cc in slot["counterparts"]:
            countries.add(cc)
            if on:
                offices = [p.office_on(on) for p in people if p.country != cc]
                office = next((o.split(":", 1)[1] for o in offices if o), None)
                holder = gaz.holder(f"{cc}:{office}", on) if office else None
                if holder and holder not in people:
                    people.append(holder)
        place = slot["place"]
        if slot.get("frame") is not None:
            dest = _visit_destination(s, slot["frame"], gaz)
            if dest is not None:
                place = place or dest
                countries.add(dest.country)
            elif place is None and _filed_from(s, slot["frame"], dateline, people):
                place = dateline
                countries.add(dateline.country)
        if trigger.kind == "visit" or place is None:
            dest = slot.get("tour") or _visit_destination(s, trigger, gaz)
            if dest is not None:
                place = place or dest
                if trigger.kind == "visit" or _VISIT_HEAD.match(trigger.text):
                    countries.add(dest.country)
            elif trigger.kind == "visit" and place is not None and not (countries - {"RU", "TJ"}):
                countries.add(place.country)  # "the visit … in Moscow": a visit to the place named
            elif place is None and _filed_from(s, trigger, dateline, people):
                place = dateline
                countries.add(dateline.country)
        elif place is not None and not (countries - {"RU", "TJ"}) and (trigger.kind != "summit" or _HOST.search(s)):
            # A summit in a country is no contact with it, unless that country hosts it.
            countries.add(place.country)
        own = {p.country for p in people}
        if len(own) == 1 and countries - own and not slot["counterparts"] and _with_own_people(s, own):
            countries = set(own)  # the place's country is no side: he met his own country's people there
        if (
            trigger.kind == "visit"
            and "visiting" in trigger.text.lower()
            and re.search(r"receiv|host|welcom", s, re.IGNORECASE | re.ASCII)
        ):
            # "X received visiting Y": Y came to X's country.
            countries |= {p.country for p in people}
        if _WELCOMED.match(trigger.text) and len(people) > 1 and len({p.country for p in people}) == 1:
            # "Rahmon was welcomed by Defence Minister Mirzo" (at home, on his return): a country's
            # officials greeting one another are no contact between the two countries
            continue
        status = "planned" if tense == "future" else "held"
        if resolved and ref:
            tomorrow = expr is not None and expr.text.lower().startswith(("tomorrow", "the day after tomorrow"))
            if resolved.date > ref and (
                tomorrow or not (tense == "past" and resolved.date == ref + dt.timedelta(days=1))
            ):
                # (told in the past tense of the next day: "conferred early today (Monday)" in a story
                # dated Sunday in another time zone)
                status = "planned"
            elif (resolved.date_end or precision_span(resolved.date, resolved.precision)[1]) < ref:
                status = "held"  # (over before the article's day: "will meet in the autumn" of this year is not)
        sentence_span = sentence
        out.append(
            _Candidate(
                passage_index=passage_index,
                sentence=sentence_span,
                trigger=trigger,
                kind=trigger.kind,
                status=status,
                tense=tense,
                people=people,
                countries=countries,
                collective=slot["collective"],
                rank=slot["rank"],
                place=place,
                expr=expr,
                resolved=resolved,
            )
        )
    # Several triggers of one sentence that share everything are one mention.
    return out


_LIST_FORMS = {"iso", "numeric", "dm", "md", "month_year", "range_dm", "range_md", "weekday"}
# What may stand between two dates of a list: a place ("in Tianjin, China"), commas, semicolons, "and", "on".
# (the place after the separator, too: "in Moscow on May 9, in Astana on July 4 and in Bishkek on …")
_LIST_PLACE = r"(?:\s*(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:(?:\s+|,\s*)[A-Z][\w'’.-]*){0,3})?"
_LIST_GAP = re.compile(
    rf"{_LIST_PLACE}\s*[,;]?\s*(?:and\s+|as\s+well\s+as\s+)?(?:again\s+)?{_LIST_PLACE}\s*(?:on|in)?\s*"
)


def _date_list(sentence: str, exprs: list[DateExpression], trigger: _Trigger) -> list[DateExpression]:
    """Dates coordinated after one contact verb ("met on May 3 in Sochi and on June 9 in Astana"),
    when only list punctuation, "and" and places stand between them: English names repeated
    contacts so. A date and its range or its weekday are one date, not a list."""
    after = sorted((e for e in exprs if e.start >= trigger.end and e.form in _LIST_FORMS), key=lambda e: e.start)
    colon = sentence.find(":", trigger.end)
    spelt = [e for e in exprs if colon > 0 and e.start > colon and e.form in _LIST_FORMS | {"month"}]
    if len(spelt) >= 2:
        # "met twice in 2015: in May in Moscow and in September in Dushanbe": the list after a colon
        # spells out the contacts counted before it, months too, in the year named before it
        year = next((e.year for e in exprs if e.form == "year" and trigger.end <= e.start < colon), None)
        after = sorted(
            (replace(e, year=year, form="month_year") if year and e.form == "month" else e for e in spelt),
            key=lambda e: e.start,
        )
    if len(after) < 2:
        return []
    if not all(_LIST_GAP.fullmatch(sentence[a.end : b.start]) for a, b in itertools.pairwise(after)):
        return []
    if len({(e.year, e.month, e.day) for e in after}) < len(after):
        return []
    return after


_LEG_GAP = re.compile(r"(?:\s+(?:to\s+)?|,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<name>[A-Z][\w-]+)\s+(?:on|from)\s+")


def _tour_leg(s: str, trigger: _Trigger, exprs: list[DateExpression], gaz: Gazetteer):
    """A tour told as a list of its stops with their days ("visited Kyrgyzstan on May 3-4, Tajikistan
    on May 4-5 and Turkmenistan on May 5-6"): the day and place of its Russian or Tajik stop."""
    after = sorted((e for e in exprs if e.start >= trigger.end), key=lambda e: e.start)
    if len(after) < 2:
        return None
    legs, at = [], trigger.end
    for e in after:
        m = _LEG_GAP.fullmatch(s, at, e.start)
        if m is None:
            break
        legs.append((m.group("name"), e))
        at = e.end
    if len(legs) < 2:
        return None
    for name, e in legs:
        place = PlaceEntry(name, _COUNTRY_PLACES[name]) if name in _COUNTRY_PLACES else None
        hits = [] if place else gaz.find_places(name)
        place = place or (hits[0].entry if hits else None)
        if place is not None and place.country in {"RU", "TJ"}:
            return e, place
    return None


_REGION = re.compile(_REGIONS)  # Russia's federal subjects (officials.py): "left for Russian Tatarstan"
_VISIT_HEAD = re.compile(
    r"(?:visit(?:s|ed|ing)?|trip|arriv(?:e|ed|es|ing|al)|(?:left|departed|flew|travell?ed|headed)\s+(?:for|to)"
    r"|(?:first\s+)?(?:came|comes|come|returned)\s+to|(?:had\s+)?(?:last\s+|previously\s+|already\s+)?been\s+(?:in|to))\b(?=\s)",
    re.IGNORECASE | re.ASCII,
)


def _visit_destination(sentence: str, trigger: _Trigger, gaz: Gazetteer) -> PlaceEntry | None:
    head = _VISIT_HEAD.match(trigger.text)
    if head and head.end() < len(trigger.text):
        # a visit merged with what follows ("arrived in Tajikistan … to attend meetings"): its
        # destination follows its first words
        first = _visit_destination(
            sentence, _Trigger(trigger.start, trigger.start + head.end(), "visit", head.group()), gaz
        )
        if first is not None:
            return first
    after = sentence[trigger.end : trigger.end + 80]
    m = re.match(
        # (a day may come between: "began a state visit Wednesday in Tajikistan", "arrived on Monday in Moscow")
        r"(?:\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
        r"(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s+(?:to|in)\s))?"
        r"\s+(?:to\s+|in\s+|at\s+)?(?:the\s+)?(?:Republic\s+of\s+)?(?P<name>Tajikistan|Russia|the Russian Federation|[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)(?!['’]s)\b",
        after,
    )
    if not m:
        # "the official visit of the President of Russia, Vladimir Putin, to the Republic of Tajikistan"
        m = re.match(
            r"\s+of\s+[^.;:]{0,80}?\bto\s+(?:the\s+Republic\s+of\s+)?(?P<name>Tajikistan|Russia|the\s+Russian\s+Federation)\b",
            sentence[trigger.end : trigger.end + 120],
        )
    if not m:
        return None
    name = re.sub(r"\s+", " ", m.group("name"))
    region = re.fullmatch(r"(Russian|Tajik)\s+(\S.*)", name)
    if region and _REGION.fullmatch(region.group(2)) and not gaz.find_places(region.group(2)):
        # "left for Russian Tatarstan": a place the gazetteer does not know, in the country named
        return PlaceEntry(region.group(2), "RU" if region.group(1) == "Russian" else "TJ")
    if name in _COUNTRY_PLACES:
        return PlaceEntry(name.replace("the ", ""), _COUNTRY_PLACES[name])
    hits = gaz.find_places(name)
    if not hits and len(name) >= 8 and edit_distance(name.lower(), "tajikistan") <= 2:
        return PlaceEntry("Tajikistan", "TJ")  # "on a visit to Takijistan": the country, misspelt
    return hits[0].entry if hits else None


_OWN_PEOPLE = {
    country: re.compile(
        r"\b(?:with|and|met|meets|received|receives|addressed|visited)\s+(?:the\s+)?"
        r"(?:(?:heads?|representatives|members|leaders|activists)\s+of\s+(?:the\s+)?)?"
        rf"(?:(?:{adjectives})\s+(?:diaspora|communit(?:y|ies)|public\s+organi[sz]ations|(?:labou?r\s+)?migrants|citizens"
        r"|nationals|students|workers|activists|youth|compatriots)|compatriots)\b",
        re.IGNORECASE | re.ASCII,
    )
    for country, adjectives in (("TJ", "Tajik|Tajikistani"), ("RU", "Russian"))
}


def _with_own_people(sentence: str, countries: set[str]) -> bool:
    """A meeting of one country's official with that country's own people abroad ("a meeting between
    Interior Minister Rahimzoda and the heads of Tajik public organisations in Moscow", "met the
    Tajik diaspora in Yekaterinburg"): no contact with the country it took place in."""
    return (
        len(countries) == 1 and countries <= {"RU", "TJ"} and bool(_OWN_PEOPLE[next(iter(countries))].search(sentence))
    )


def _bilateral(c: _Candidate) -> bool:
    return {"RU", "TJ"} <= c.countries


def _compatible_dates(a: _Candidate | ExtractedEvent, b_date: dt.date, b_precision: str, slack: int = 0) -> bool:
    a_date = a.resolved.date if isinstance(a, _Candidate) else a.date
    a_precision = a.resolved.precision if isinstance(a, _Candidate) else a.precision
    return dates_compatible(a_date, a_precision, b_date, b_precision, slack)


def dates_compatible(a: dt.date, pa: str, b: dt.date, pb: str, slack: int = 0) -> bool:
    """Two dates can be the same event: equal at the coarser precision (weeks contain days)."""
    coarse = max(pa, pb, key=["day", "week", "month", "year"].index)
    if coarse == "day":
        return abs((a - b).days) <= slack
    if coarse == "week":
        return abs((a - b).days) <= 6
    if coarse == "month":
        return (a.year, a.month) == (b.year, b.month)
    return a.year == b.year


def _family(kind: str) -> str:
    # A summit both attend is a different contact from their bilateral talks the same day.
    return kind if kind in {"call", "summit"} else "in-person"


_PAST_FUTURE = re.compile(
    r"\b(?:was|were)\s+(?:(?:expected|due|scheduled|set|planning|going)\s+to|to\s+(?:meet|hold|visit|discuss))\b",
    re.IGNORECASE | re.ASCII,
)


def _over_before(c: _Candidate | None, ref: dt.date) -> bool:
    """The contact is dated wholly before the article's day (at its precision)."""
    if c is None or c.resolved is None:
        return False
    r = c.resolved
    return (r.date_end or precision_span(r.date, r.precision)[1]) < ref


# "once the presidents had finished their talks", "after the talks", "following their meeting"
_AFTER_THE_TALKS = re.compile(
    r"\b(?:after|once|following|when)\s+(?:the\s+(?:two\s+)?(?:presidents|leaders|ministers|premiers|heads\s+of\s+state)\s+"
    r"had\s+(?:finished|concluded|completed|ended)\s+)?(?:the|their)\s+(?:[\w-]+\s+)?(?:talks|meeting|negotiations)\b",
    re.IGNORECASE | re.ASCII,
)


def _clause_before(mates: list[_Candidate], c: _Candidate) -> _Candidate | None:
    """An undated contact of the same kind named earlier in the sentence of ``c`` (``mates``: the
    candidates of that sentence, in order)."""
    for x in mates:
        if x is c:
            return None
        if (
            x.trigger.end <= c.trigger.start
            and x.resolved is None
            and x.people
            and _family(x.kind) == _family(c.kind)
            and x.kind == c.kind
        ):
            return x
    return None


_ANCHORED = frozenset({"relative", "weekday", "reference", "lead"})


def _read_against(r: ResolvedDate, ref: dt.date | None) -> bool:
    """Whether a date is the article's own day or one read from it ("yesterday", "on Thursday")."""
    return r.method in _ANCHORED or (r.precision == "day" and r.date == ref and r.date_end is None)


def _day_slack(a: ResolvedDate, b: ResolvedDate, ref: dt.date | None) -> int:
    """One day of slack between a date read from the article's date and a full date (a report may be
    dated a day off); none between two read from it ("yesterday", "today", "on Thursday", the article's
    own day written out), which name different days."""
    return 1 if _read_against(a, ref) != _read_against(b, ref) else 0


def _better_precision(p: str) -> int:
    return ["day", "week", "month", "year", "unknown"].index(p)


_ORGANISATIONS = {"CSTO", "SCO", "CIS", "EAEU", "EEC", "UN", "OSCE"}  # office prefixes of the gazetteer


@lru_cache(maxsize=1024)
def _has_organisation_post(p: PersonEntry) -> bool:
    return any(o.split(":")[0] in _ORGANISATIONS for o, _, _ in p.offices)


def _for_an_organisation(p: PersonEntry, day: dt.date | None) -> bool:
    """On ``day`` the person holds only an international organisation's post (the CSTO's Secretary
    General, the CIS Executive Secretary): he speaks for it, not for his country."""
    if day is None or p.country not in {"RU", "TJ"} or not _has_organisation_post(p):
        return False
    held = [o.split(":")[0] for o, start, end in p.offices if start <= day and (end is None or day <= end)]
    return bool(held) and all(o in _ORGANISATIONS for o in held)


def _organisation_officials_apart(candidates: list[_Candidate], ref: dt.date | None) -> None:
    """ "Rahmon received the Secretary General of the CSTO, Nikolay Bordyuzha": a meeting with an
    organisation, not with Russia. Such a participant gives the contact no side."""
    for c in candidates:
        day = c.resolved.date if c.resolved else ref
        agents = [p for p in c.people if _for_an_organisation(p, day)]
        if not agents:
            continue
        c.people = [p for p in c.people if p not in agents]
        for cc in {p.country for p in agents} - {p.country for p in c.people}:
            c.countries.discard(cc)


# "the commission is co-chaired by …", "the commission, co-chaired by …": who chairs a body
_CO_CHAIRED = re.compile(
    r"(?:\b(?:is|are)\s+(?:jointly\s+)?|,\s+(?:which\s+is\s+|jointly\s+)?)co-?chaired\s+by\b", re.IGNORECASE | re.ASCII
)


def _co_chairs_of_the_session(candidates: list[_Candidate]) -> None:
    """ "The commission is co-chaired by Deputy Prime Minister Khusnullin and Prime Minister
    Rasulzoda" says who chairs a body, not that they met: it is no contact of its own. Right after a
    dated session of the body that named no one ("…, which held its 20th session on October 4"),
    it names who met there."""
    for i, c in enumerate(candidates):
        if not (c.trigger.text.lower().startswith(("co-chair", "cochair")) and _CO_CHAIRED.search(c.sentence.text)):
            continue
        people, countries = c.people, c.countries
        c.people, c.countries, c.collective = [], set(), False
        # (or right before one: "The commission is co-chaired by Overchuk and Rasulzoda. Its 15th session
        # was held in Dushanbe on Tuesday")
        for x in _sentence_before(candidates, i) + _sentence_after(candidates, i):
            if x.resolved and not x.people and _GATHERING.search(x.trigger.text):
                x.people, x.countries = list(people), x.countries | countries
                break


_THE_NATIONAL = re.compile(
    r"\b[Tt]he\s+(?:top\s+|chief\s+|visiting\s+|senior\s+)?(?P<cc>Russian|Tajik)\s+(?P<office>minister|president|premier|prime\s+minister|diplomat|envoy|ambassador|speaker)\b"
)
_THE_OFFICIAL = re.compile(
    r"\b[Tt]he\s+(?:visiting\s+)?(?P<office>minister|president|premier|prime\s+minister|ambassador|speaker)\b(?!\s+of\b)"
)
_OFFICE_WORDS = {
    "diplomat": "minister|ambassador|envoy",
    "envoy": "ambassador|envoy",
    "premier": "prime minister|premier",
}


def _definite_officials(candidates: list[_Candidate]) -> None:
    """ "On Monday, the Russian minister held talks with Foreign Minister Mukhriddin": the official
    of that country and office the story last named (Lavrov), when the sentence names no one of it."""
    for i, c in enumerate(candidates):
        if {"RU", "TJ"} <= {p.country for p in c.people}:
            continue  # (both sides named: nothing to refer back to)
        m = _THE_NATIONAL.search(c.sentence.text)
        if m is not None:
            cc = "RU" if m.group("cc") == "Russian" else "TJ"
        else:
            # "The minister then met his Tajik counterpart Sherali Mirzo": an official of the other side
            # than the one the sentence names
            m = _THE_OFFICIAL.search(c.sentence.text)
            sides = {p.country for p in c.people}
            if m is None or len(sides) != 1 or not sides <= {"RU", "TJ"}:
                continue
            cc = "TJ" if sides == {"RU"} else "RU"
        if any(p.country == cc for p in c.people):
            continue
        office = re.compile(_OFFICE_WORDS.get(m.group("office").lower(), m.group("office")), re.IGNORECASE)
        for x in candidates[max(0, i - 30) : i][::-1]:  # (the story's last few contacts)
            if x.sentence.start >= c.sentence.start:
                continue
            p = next((p for p in x.people if p.country == cc and office.search(p.role or "")), None)
            if p is not None:
                c.people.append(p)
                c.countries.add(cc)
                break


def _cluster(candidates: list[_Candidate], gaz: Gazetteer, ref: dt.date | None) -> list[ExtractedEvent]:
    clusters: list[list[_Candidate]] = []
    _organisation_officials_apart(candidates, ref)
    _definite_officials(candidates)
    _co_chairs_of_the_session(candidates)
    in_sentence: dict[int, list[_Candidate]] = {}
    for c in candidates:
        in_sentence.setdefault(c.sentence.start, []).append(c)

    def cluster_people(cl: list[_Candidate]) -> set[str]:
        return {p.name for c in cl for p in c.people}

    def best(cl: list[_Candidate]) -> _Candidate | None:
        dated = [c for c in cl if c.resolved]
        return min(dated, key=lambda c: _better_precision(c.resolved.precision)) if dated else None

    # 1. dated, bilateral candidates found or join events.
    for c in candidates:
        if not c.resolved:
            continue
        nameless = c.collective and not c.people
        before = _clause_before(in_sentence[c.sentence.start], c) if c.collective else None
        if before is not None and not {p.name for p in c.people} <= {p.name for p in before.people}:
            before = None  # (it names someone else of its own)
        if before is not None:
            # "The president accepted an invitation to visit Kazan; the visit could take place next
            # year": the contact the sentence has just named, undated, not the story's last event
            c.people = list(before.people)
            c.countries |= before.countries
            c.collective = False  # (it has its people: not those of the story's last event)
        elif c.collective and not c.people and clusters and not _PRONOUN_ONLY.match(c.sentence.text):
            # "The two leaders began with a dinner on Wednesday": the people of the event just reported.
            context = _previous_cluster(clusters, candidates, c)
            for p in cluster_people(context or []):
                entry = next(m for x in context for m in x.people if m.name == p)
                c.people.append(entry)
                c.countries.add(entry.country)
            _other_side(c, candidates)
        if not _bilateral(c) and not c.collective:
            continue
        if not _bilateral(c) and c.collective and not clusters:
            continue
        target = None
        for i, cl in enumerate(clusters):
            b = best(cl)
            corrects = _corrects_lead(b, c, nameless, ref)
            if _family(b.kind) != _family(c.kind) and not corrects:
                continue
            # ("17 October 2004 -- … raised today" and "Yesterday, the presidents signed …" are two days)
            slack = _day_slack(b.resolved, c.resolved, ref)
            if (
                not dates_compatible(
                    b.resolved.date, b.resolved.precision, c.resolved.date, c.resolved.precision, slack
                )
                and not _within_range(b.resolved, c.resolved)
                and not corrects
            ):
                continue
            if c.people and cluster_people(cl) and not (cluster_people(cl) & {p.name for p in c.people}):
                continue
            if not _same_sides(c.people, [p for x in cl for p in x.people]):
                continue
            target = i
            break
        if target is None:
            if not _bilateral(c) and c.kind == "summit" and _PRONOUN_ONLY.match(c.sentence.text):
                continue  # "their summit": whose is unclear; a summit counts when the sentence says who took part
            if not _bilateral(c):
                # "their latest phone conversation on April 23": a new contact between the people
                # of the event the article was just talking about.
                context = _previous_cluster(clusters, candidates, c)
                if context is None:
                    continue
                for p in cluster_people(context):
                    entry = next(m for x in context for m in x.people if m.name == p)
                    if entry not in c.people:
                        c.people.append(entry)
                c.countries |= {p.country for p in c.people}
                if (
                    c.trigger.text.lower().endswith(" time")
                    and {p.name for p in c.people} <= cluster_people(context)
                    and len({p.country for p in c.people}) == 1
                ):
                    # a visitor's trips: "he has visited more than ten times; the first time was in 2000"
                    # went where the visit before did
                    c.countries |= {cc for x in context for cc in x.countries} & {"RU", "TJ"}
                _other_side(c, candidates)
                if not _bilateral(c):
                    continue
            clusters.append([c])
            c.cluster = len(clusters) - 1
        else:
            clusters[target].append(c)
            c.cluster = target

    # 2. sentences without a usable date join the event they refer to, nearest first.
    # Per-cluster summaries are kept up to date as members join, so this pass stays linear in
    # the number of sentences times clusters (a 1 MB single-line file has thousands of them).
    order = {id(c): i for i, c in enumerate(candidates)}
    positions = [sorted(order[id(m)] for m in cl) for cl in clusters]
    people_of = [cluster_people(cl) for cl in clusters]
    best_of = [best(cl) for cl in clusters]

    def add(target: int, c: _Candidate, idx: int) -> None:
        clusters[target].append(c)
        c.cluster = target
        bisect.insort(positions[target], idx)
        people_of[target] |= {p.name for p in c.people}
        best_of[target] = best(clusters[target]) if c.resolved else best_of[target]

    def open_cluster(c: _Candidate, idx: int) -> None:
        clusters.append([])
        positions.append([])
        people_of.append(set())
        best_of.append(None)
        add(len(clusters) - 1, c, idx)

    def nearest_earlier(idx: int, fits) -> list[tuple]:
        """The option of joining the nearest cluster begun before candidate ``idx`` that ``fits``, if any."""
        same = [
            (_distance(positions[i], idx)[0], i)
            for i, cl in enumerate(clusters)
            if positions[i] and positions[i][0] < idx and fits(cl)
        ]
        return [(False, False, *min(same))] if same else []

    for idx, c in enumerate(candidates):
        if c.cluster is not None:
            continue
        names = {p.name for p in c.people}
        if not (c.collective or names):
            continue
        if not _bilateral(c) and any(p.country not in {"RU", "TJ"} for p in c.people):
            # A third country's official: another contact ("the day before, Putin held talks with
            # the Kyrgyz president", "later he met Xi Jinping"), not part of a Russia–Tajikistan one.
            continue
        # a headline's "Rahmon, Putin discuss coronavirus fight" names the article's contact, whatever
        # the medium the lead then gives it (a phone call)
        neutral_headline = c.passage_index == 0 and not c.resolved and _NEUTRAL_VERB.match(c.trigger.text)
        # (so does an undated "Rahmon told Putin that …", "the presidents discussed …" after a phone call)
        neutral = not c.resolved and _NEUTRAL_VERB.match(c.trigger.text)
        options = []
        for i, cl in enumerate(clusters):
            if c.resolved:
                b = best_of[i]
                # (two days read from the article's date are two days, as in the first pass, unless one is
                # the lead's, dated by the article only: a report's news may be of the day before)
                slack = (
                    1
                    if b is None or "lead" in (b.resolved.method, c.resolved.method)
                    else _day_slack(b.resolved, c.resolved, ref)
                )
                if b is None or not dates_compatible(
                    b.resolved.date, b.resolved.precision, c.resolved.date, c.resolved.precision, slack
                ):
                    continue
            elif (
                c.tense == "future"
                and not (c.collective or c.spoken)
                and ref is not None
                and _over_before(best_of[i], ref)
                and not (
                    # (a plan told from the past, "Lavrov was set to discuss the border at a meeting with
                    # Aslov", is the contact of the days just before the article)
                    _PAST_FUTURE.search(c.sentence.text) and (ref - best_of[i].resolved.date).days <= 7
                )
            ):
                continue  # "will hold talks with Rasulzoda" is not the session he chaired last October
            # (a cluster told only by kind-neutral verbs, "the ministers discussed …", can be any kind)
            neutral_cluster = all(x.kind == "meeting" and _NEUTRAL_VERB.match(x.trigger.text) for x in cl)
            if (
                _family(cl[0].kind) != _family(c.kind)
                and not c.collective
                and not neutral_headline
                and not neutral_cluster
                and not neutral
            ):
                continue
            people = people_of[i]
            if c.rank and not names and best_of[i] is not None:
                on = best_of[i].resolved.date
                if not _fits_rank([p for x in cl for p in x.people], c.rank, on):
                    continue  # "The ministers discussed security" after the presidents' talks: not theirs
            overlap = bool(names & people)
            if not (overlap or (c.collective and not names)):
                continue
            if names and not overlap:
                continue
            if c.countries - {"RU", "TJ"} and not overlap:
                continue
            distance, before = _distance(positions[i], idx)
            same_family = _family(cl[0].kind) == _family(c.kind)
            options.append((not same_family, not before, distance, i))
        if not options and not c.resolved and c.kind == "visit" and _DELEGATION_LED.search(c.sentence.text):
            # "The Russian delegation is led by Boris Pastukhov": the head of the delegation whose
            # arrival was just reported, where it named no one of that side
            mine = {p.country for p in c.people}
            # (or the talks between two delegations: "the Russian-Tajik consultations took place on April
            # 11-12. The delegation of the Russian Federation, headed by …")
            options += nearest_earlier(
                idx,
                lambda cl, mine=mine: (
                    not mine & {p.country for x in cl for p in x.people}
                    and any(x.kind == "visit" or (x.kind == "talks" and _bilateral(x)) for x in cl)
                ),
            )
        if not options and not c.resolved and c.tense == "past" and _AFTER_THE_TALKS.search(c.sentence.text):
            # "The lease was signed by the two defence ministers once the presidents had finished their
            # talks": what followed the talks just reported is part of their day's contact
            options += nearest_earlier(idx, lambda cl: any(x.resolved and x.kind in {"talks", "meeting"} for x in cl))
        if not options and not c.resolved and _THE_CONTACT.match(c.sentence.text):
            # "The visit took place at the invitation of Lavrov": the definite noun opening the sentence
            # is the contact of that kind just reported, whoever else the sentence names
            options += nearest_earlier(idx, lambda cl, kind=c.kind: any(x.kind == kind for x in cl))
        target = min(options)[-1] if options else None
        if target is not None and not c.resolved and _another_pair(c, clusters[target]):
            # "Mishustin received Rasulzoda … Rasulzoda also met Deputy Prime Minister Overchuk", "The
            # minister then met his Tajik counterpart": one of the two with someone else of the other's
            # side, the same day: a contact of its own
            b = _dating(clusters[target])
            if b is not None:
                c.resolved = replace(
                    # (a year guessed from an undated article's text stays a guess, checked as one)
                    b.resolved, method="text-year" if b.resolved.method == "text-year" else "context",
                    note=f"no date in the sentence; the day of the contact told before it ({b.resolved.date})",
                )  # fmt: skip
            open_cluster(c, idx)
        elif target is not None:
            add(target, c, idx)
        elif c.resolved and c.collective and not names and (pair := _named_after(clusters, positions, idx, c)):
            # "17 October 2004 -- The two presidents watched the flag raised today. Yesterday, Presidents
            # Putin and Rakhmonov signed …": a lead may describe the pair before it names them; on
            # another day than the contact told next, it is a contact of its own, theirs
            c.people = list(pair)
            c.countries |= {p.country for p in pair}
            open_cluster(c, idx)
        elif _bilateral(c) and c.people and not c.resolved:
            recently = _RECENTLY.search(c.sentence.text) if ref is not None and c.tense == "past" else None
            soon = _SOON.search(c.sentence.text) if ref is not None and c.status == "planned" else None
            gathering = _gathering_before(candidates, idx, ref) if not (recently or soon) else None
            if soon:
                # "Medvedev will meet him during a visit to Tajikistan in the near future": a contact of
                # the weeks after the article, placed in its month at best, planned
                c.resolved = ResolvedDate(
                    ref.replace(day=1), "month", "recent",
                    f"no date in the text; '{soon.group()}' after an article dated {ref}: its month, at the earliest",
                )  # fmt: skip
            elif gathering is not None:
                c.resolved = replace(
                    gathering.resolved,
                    method="context",
                    note=f"no date in the sentence; at the gathering the sentence before dates "
                    f"('{gathering.expr.text if gathering.expr else gathering.resolved.date}')",
                )
            elif recently:
                # "Medvedev recently paid an official visit to Tajikistan": a contact of the weeks before
                # the article, known to its month at best
                c.resolved = ResolvedDate(
                    ref.replace(day=1), "month", "recent",
                    f"no date in the text; '{recently.group()}' before an article dated {ref}",
                )  # fmt: skip
            open_cluster(c, idx)

    return [_build_event(cl, ref) for cl in _split_meetings(_split_programme(clusters))]


_PAIR_DESCRIBED = re.compile(
    r"\b(?:the\s+(?:same\s+)?two|both)\s+[a-z]|\bthe\s+(?:leaders|presidents|(?:[a-z]+\s+)?ministers|premiers|heads\s+of)\b",
    re.IGNORECASE | re.ASCII,
)


def _named_after(
    clusters: list[list[_Candidate]], positions: list[list[int]], idx: int, c: _Candidate
) -> list[PersonEntry]:
    """For a collective ("the two presidents") told before any contact is: the two sides of the contact
    told first after it, when they are what it names."""
    if any(pos and pos[0] < idx for pos in positions) or not _PAIR_DESCRIBED.search(c.sentence.text):
        return []  # (a pronoun looks back: "All of them were invited" is of the group told before)
    later = [(pos[0], i) for i, pos in enumerate(positions) if pos and pos[0] > idx]
    if not later:
        return []
    cl = clusters[min(later)[1]]
    people = list({p.name: p for x in cl for p in x.people if p.country in {"RU", "TJ"}}.values())
    if {p.country for p in people} != {"RU", "TJ"}:
        return []
    if not _fits_rank(people, c.rank, c.resolved.date if c.resolved else None):
        return []
    return people


_THEN_ALSO = re.compile(r"\b(?:also|then|later|afterwards|subsequently|separately)\b", re.IGNORECASE | re.ASCII)


# the one whose greetings are passed on is not there
_SENT_BY_BEFORE = re.compile(
    r"\b(?:greetings|regards|wishes)\s+(?:of|from)\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+|of\s+){0,6}$", re.ASCII
)
_SENT_BY_AFTER = re.compile(
    r"[’']s\s+(?:(?:warm|warmest|best|cordial|personal|sincere)\s+)*(?:greetings|regards|wishes)\b"
)


def _another_pair(c: _Candidate, cl: list[_Candidate]) -> bool:
    """Whether ``c`` tells a further contact of one of the event's people ("Rasulzoda also met Deputy Prime
    Minister Overchuk" after his talks with Mishustin): it names both sides, one of them someone the
    event does not have on that side where it has someone, and says so ("also", "then", "later")."""
    if not _bilateral(c) or c.collective or c.kind not in {"meeting", "talks"}:
        return False
    sides: dict[str, set[str]] = {}
    for x in cl:
        for p in x.people:
            sides.setdefault(p.country, set()).add(p.name)
    if not {"RU", "TJ"} <= set(sides):
        return False
    mine = {p.country: {q.name for q in c.people if q.country == p.country} for p in c.people}
    shared = [cc for cc in ("RU", "TJ") if mine.get(cc, set()) & sides[cc]]
    new = [cc for cc in ("RU", "TJ") if mine.get(cc) and not mine[cc] & sides[cc]]
    return (
        len(shared) == 1 and len(new) == 1
        and bool(_THEN_ALSO.search(c.sentence.text, 0, c.trigger.start))
    )  # fmt: skip


# A time of its own ("earlier", "last year", "in 2019", "before that"): not the gathering just told.
_OWN_TIME = re.compile(
    r"\b(?:earlier|previously|before|later|ago|last|recently|once|first|since|(?:19|20)\d\d)\b",
    re.IGNORECASE | re.ASCII,
)


_DURING_THE = re.compile(
    r"\b(?:during|at|on\s+the\s+sidelines\s+of)\s+the\s+(?:[\w-]+\s+)?(?:summit|session|forum|conference|gathering)\b",
    re.IGNORECASE | re.ASCII,
)
_GATHERING = re.compile(r"\b(?:meeting|summit|session|sitting|forum|conference)s?\b", re.IGNORECASE | re.ASCII)


def _sentence_before(candidates: list[_Candidate], i: int) -> list[_Candidate]:
    """The candidates of the sentence right before that of ``candidates[i]``, in text order; none
    when a sentence with no contact word came between. (Candidates are in text order: this walks
    back from ``i`` rather than scanning them all.)"""
    start = candidates[i].sentence.start
    j = i - 1
    while j >= 0 and candidates[j].sentence.end > start:
        j -= 1
    if j < 0 or start - candidates[j].sentence.end > 3:
        return []
    last, k = candidates[j].sentence, j
    while k > 0 and candidates[k - 1].sentence == last:
        k -= 1
    return candidates[k : j + 1]


def _sentence_after(candidates: list[_Candidate], i: int) -> list[_Candidate]:
    """The candidates of the sentence right after that of ``candidates[i]``, as ``_sentence_before``."""
    end = candidates[i].sentence.end
    j = i + 1
    while j < len(candidates) and candidates[j].sentence.start < end:
        j += 1
    if j >= len(candidates) or candidates[j].sentence.start - end > 3:
        return []
    first, k = candidates[j].sentence, j
    while k + 1 < len(candidates) and candidates[k + 1].sentence == first:
        k += 1
    return candidates[j : k + 1]


def _gathering_before(candidates: list[_Candidate], idx: int, ref: dt.date | None) -> _Candidate | None:
    """ "The deal was announced on November 30 at a meeting of CIS defence ministers in Moscow.
    '…,' Shoigu said after a meeting with his Tajik counterpart": an undated contact told in the
    sentence right after a dated gathering that named no pair of the two countries' officials took
    place at that gathering, on its day."""
    c = candidates[idx]
    if c.tense != "past" or c.kind not in {"meeting", "talks"} or _OWN_TIME.search(c.sentence.text):
        return None
    if _DURING_THE.search(c.sentence.text):
        # "Putin also met Rakhmonov during the unexpected summit": the gathering the story told
        # before, dated, with no pair of the two countries (the talks with the Afghan leaders)
        for x in candidates[max(0, idx - 40) : idx][::-1]:  # (the story's last few contacts)
            if x.sentence.end > c.sentence.start:
                continue
            if x.resolved is not None and x.cluster is None and not _bilateral(x) and x.people:
                if x.resolved.precision == "day" and x.resolved.method != "text-year" and x.status == "held":
                    return x
                break  # (only the latest one told)
    for x in reversed(_sentence_before(candidates, idx)):
        if (
            x.resolved is not None
            and x.resolved.precision == "day"
            and x.cluster is None
            and x.resolved.method not in {"text-year", "lead"}
            and _GATHERING.search(x.trigger.text)
            and not _bilateral(x)
            and (ref is None or x.resolved.date <= ref)
        ):
            return x
    return None


# (the source is a noun phrase: "according to a statement issued before Lavrov's meeting with Aslov"
# names Lavrov as a party, not a source)
_CITING = re.compile(
    r"\b(?:citing|quoting|according\s+to)\s+(?:the\s+|a\s+)?"
    r"(?:(?!(?:before|after|during|ahead|following|prior|distributed|issued|released|published)\b)[\w'’.-]+\s+){0,6}$",
    re.IGNORECASE | re.ASCII,
)
_AND_HOSTS = re.compile(r"^\s+(?:with\s+)?[^.;:]{0,120}?\band\b", re.IGNORECASE | re.ASCII)
_WELCOMED = re.compile(r"(?:was|were)\s+(?:welcomed|greeted|met)\b", re.IGNORECASE | re.ASCII)


_MEETINGS = re.compile(r"\bmeetings\b", re.IGNORECASE | re.ASCII)


def _split_meetings(clusters: list[list[_Candidate]]) -> list[list[_Candidate]]:
    """ "Meetings with President Putin, Chairwoman Matviyenko and Speaker Volodin", "will hold meetings
    with Rahmon and Muhriddin": one official's meetings with several hosts are a meeting with each.
    A host the rest of the story already gives a meeting of its own ("his meeting with Putin took
    place on 28 May") keeps that one."""
    out = []
    for cl in clusters:
        plural = [c for c in cl if _MEETINGS.search(c.trigger.text)]
        split = None
        for c in plural:
            sides: dict[str, list[PersonEntry]] = {}
            for p in c.people:
                sides.setdefault(p.country, []).append(p)
            if len(sides) != 2:
                continue
            (_, guest), (_, hosts) = sorted(sides.items(), key=lambda kv: len(kv[1]))
            if len(guest) == 1 and len(hosts) >= 2:
                split = (c, guest[0], hosts)
                break
        if split is None:
            out.append(cl)
            continue
        c, guest, hosts = split
        rest = [x for x in cl if x is not c]
        others = {p.name for x in rest for p in x.people if p.name != guest.name}
        if rest:
            out.append(rest)
        for host in hosts:
            meeting = replace(c, people=[guest, host], countries={guest.country, host.country})
            if host.name in others:
                rest.append(meeting)  # (rest is in out: a host named elsewhere in the story)
            else:
                out.append([meeting])
    return out


def _split_programme(clusters: list[list[_Candidate]]) -> list[list[_Candidate]]:
    """A visit told by its visitor alone ("Volodin will arrive in Dushanbe on October 18") is one contact
    and each host the visitor meets during it another ("While in Dushanbe, Volodin will hold talks with
    Speaker Zuhurov"; "he will meet President Rahmon and hold talks with Foreign Minister Muhriddin"):
    news reports a trip and its meetings as separate facts. Each host's meeting is an event of its own,
    within the visit's dates unless it gives its own."""
    out = []
    for cl in clusters:
        dated = [c for c in cl if c.resolved]
        visit = min(dated, key=lambda c: date_rank(c.resolved.precision, c.resolved.method, False)) if dated else None
        visitors = {p.country for p in visit.people} if visit else set()
        if visit is None or visit.kind != "visit" or len(visitors) != 1:
            out.append(cl)
            continue
        programme = [
            c
            for c in cl
            if not c.resolved
            and c.kind in {"meeting", "talks"}
            and c.sentence != visit.sentence
            and not _WELCOMED.match(c.trigger.text)  # greeted on arrival: part of the trip itself
        ]
        hosts = []
        for c in programme:
            theirs = [p for p in c.people if p.country not in visitors]
            if len(theirs) > 1 and _AND_HOSTS.search(c.sentence.text[c.trigger.end : c.trigger.end + 200]):
                # "will meet with President Rahmon and his counterpart Muhriddin": a meeting with each
                ours = [p for p in c.people if p.country in visitors]
                hosts += [(replace(c, people=[*ours, h], countries=set(c.countries)), h) for h in theirs]
            elif theirs:
                hosts.append((c, theirs[0]))
        if not hosts:
            out.append(cl)
            continue
        apart = {id(c) for c in programme}
        out.append([c for c in cl if id(c) not in apart])
        note = (
            f"no date in the sentence; part of the visit of '{visit.expr.text if visit.expr else visit.resolved.date}'"
        )
        by_host: dict[str, list[_Candidate]] = {}
        for c, host in hosts:
            c.resolved = replace(visit.resolved, method="context", note=note)
            c.people = list(dict.fromkeys(visit.people + c.people))
            c.countries = c.countries | visit.countries
            by_host.setdefault(host.name, []).append(c)
        out.extend(by_host.values())
    return out


def _corrects_lead(lead: _Candidate, c: _Candidate, nameless: bool, ref: dt.date | None) -> bool:
    """A later sentence that tells the day of the contact the lead reported undated: "the talks
    yesterday lasted three hours", "speaking at the summit on Friday, Rahmon …". It must continue
    the same story: the same kind of contact (or name nobody: "the talks"), within the week
    before the article's date."""
    if lead.resolved.method != "lead" or c.resolved.method == "lead" or ref is None or c.spoken:
        return False  # a speaker's "our talks yesterday" is another contact than the day's
    if c.resolved.precision != "day" or not (ref - dt.timedelta(days=7) <= c.resolved.date <= ref):
        return False
    if c.kind == lead.kind or (nameless and _family(c.kind) == _family(lead.kind)):
        return True
    both = {p.name for p in lead.people}
    return len({p.country for p in lead.people}) == 2 and both <= {p.name for p in c.people}


def _distance(positions: list[int], idx: int) -> tuple[int, bool]:
    """(distance in sentences from ``idx`` to the nearest member, whether a member comes before it)."""
    k = bisect.bisect_left(positions, idx)
    near = []
    if k < len(positions):
        near.append(abs(positions[k] - idx))
    if k > 0:
        near.append(abs(idx - positions[k - 1]))
    return (min(near) if near else 10**9), k > 0


def _within_range(a: ResolvedDate, b: ResolvedDate) -> bool:
    """One date inside the other's range of days ("a visit on April 8-9", "talks on Monday")."""
    return any(
        x.date_end is not None and y.precision == "day" and x.date <= y.date <= x.date_end for x, y in ((a, b), (b, a))
    )


def _same_sides(people: list[PersonEntry], others: list[PersonEntry]) -> bool:
    """Contacts of one day are one event unless a side is different people: Putin–Rahmon talks and
    Mishustin receiving Rahmon later that day are two contacts."""
    for cc in ("RU", "TJ"):
        mine = {p.name for p in people if p.country == cc}
        theirs = {p.name for p in others if p.country == cc}
        if mine and theirs and not mine & theirs:
            return False
    return True


_TWO_PARTIES = re.compile(
    r"\b(?:the\s+two|both)\s+(?:leaders|presidents|heads\s+of\s+state|ministers|premiers|prime\s+ministers)\b"
    # "Rahmon took his guest to the botanical garden": the visitor the story named, and "his host"
    rf"|\b(?:his|her|their|the)\s+{_GUEST_OR_HOST}\b",
    re.IGNORECASE | re.ASCII,
)


def _other_side(c: _Candidate, candidates: list[_Candidate]) -> None:
    """ "The two leaders", "both presidents" name two people: when the story just told gives only one
    ("Putin continues his programme in Dushanbe"), the other is the official of the other country
    the article named last before ("Putin to hold talks with Rahmon")."""
    have = {p.country for p in c.people} & {"RU", "TJ"}
    if len(have) != 1 or not _TWO_PARTIES.search(c.sentence.text):
        return
    (missing,) = {"RU", "TJ"} - have
    here = next(i for i, x in enumerate(candidates) if x is c)
    for x in reversed(candidates[:here]):
        other = [p for p in x.people if p.country == missing]
        if other:
            c.people.append(other[-1])
            c.countries.add(missing)
            return


def _rank_named(phrase: str) -> str | None:
    """The office a collective names: "the two ministers" are ministers, "the presidents" and "the heads
    of state" presidents, "the prime ministers" and "the premiers" heads of government."""
    low = phrase.lower()
    if "prime" in low or "premier" in low or "government" in low:
        return "prime_minister"
    if "minister" in low:
        return "minister"
    if "president" in low or "heads of state" in low:
        return "president"
    return None


def _fits_rank(people: list[PersonEntry], rank: str | None, on: dt.date | None) -> bool:
    """Whether the people of an event can be what a collective names ("the ministers" are not the two
    presidents): yes unless every one of them is known to hold another office that day."""
    if rank is None or on is None or not people:
        return True
    for p in people:
        office = p.office_on(on)
        if office is None:
            return True
        post = office.split(":", 1)[1]
        if rank == "minister" and post.endswith("minister") and "prime_minister" not in post:
            return True
        if rank != "minister" and post.endswith(rank):
            return True
    return False


def _previous_cluster(clusters: list[list[_Candidate]], candidates: list[_Candidate], c: _Candidate):
    """The cluster whose latest mention comes last before ``c`` in the article; for "the two
    presidents", "they", the latest one whose people are of both countries, if any."""
    position = {id(x): i for i, x in enumerate(candidates)}
    here = position[id(c)]
    best_cl, best_pos, pair_cl, pair_pos = None, -1, None, -1
    on = c.resolved.date if c.resolved else None
    for cl in clusters:
        if c.rank and not _fits_rank([p for x in cl for p in x.people], c.rank, on):
            continue  # "the two ministers" are not the presidents of the event before
        both = len({p.country for x in cl for p in x.people} & {"RU", "TJ"}) == 2
        for x in cl:
            pos = position[id(x)]
            if pos < here and pos > best_pos:
                best_cl, best_pos = cl, pos
            if both and pos < here and pos > pair_pos:
                pair_cl, pair_pos = cl, pos
    return pair_cl or best_cl


def _dating(cl: list[_Candidate]) -> _Candidate | None:
    """The candidate whose date the event takes: the finer precision, a single day before a range that
    contains it ("a visit on April 8-9 … talks on Monday"), a written date before the article's own."""
    return min(
        (c for c in cl if c.resolved),
        key=lambda c: date_rank(c.resolved.precision, c.resolved.method, c.resolved.date_end is not None),
        default=None,
    )


def _build_event(cl: list[_Candidate], ref: dt.date | None) -> ExtractedEvent:
    dated = [c for c in cl if c.resolved]
    best = _dating(cl)
    people: list[PersonEntry] = []
    for c in cl:
        for p in c.people:
            if p not in people and p.country in {"RU", "TJ"}:
                people.append(p)
    countries = set().union(*(c.countries for c in cl))
    places = Counter(c.place for c in cl if c.place is not None)
    place = places.most_common(1)[0][0] if places else None
    kinds = Counter(c.kind for c in cl if c.kind)
    kind = min(kinds, key=lambda k: (-kinds[k], KIND_PRIORITY.index(k)))
    if best:
        # The sentence that dates the event reports it; the others mention parts of it.
        kind = best.kind
        if (
            _NEUTRAL_VERB.match(best.trigger.text)
            and any(c.kind == "call" and (c.sentence == best.sentence or c.resolved is None) for c in cl)
            and not _IN_PERSON.search(best.sentence.text)
        ):
            # "The ministers discussed Afghanistan" and "during a phone call between …": a kind-neutral
            # verb says nothing of how they met; the call does
            kind = "call"
    statuses = [c.status for c in dated] or [c.status for c in cl]
    status = "held" if "held" in statuses else "planned"
    if best and ref and best.resolved.date > ref and not (best.tense == "past" and best.status == "held"):
        status = "planned"  # (not what was told as done the next day: "conferred today (Monday)" dated Sunday)
    mentions = []
    seen = set()
    for c in cl:
        key = (c.sentence.start, c.sentence.end)
        if key in seen:
            continue
        seen.add(key)
        if c.resolved:
            date_fields = {
                "date_text": c.expr.text if c.expr else "",
                "date_resolution": c.resolved.method,
                "date_note": c.resolved.note,
                "date": c.resolved.date,
                "date_end": c.resolved.date_end,
                "precision": c.resolved.precision,
            }
        elif best:
            date_fields = {
                "date_resolution": "context",
                "date_note": (
                    f"no date in the sentence; refers to the event of '{best.expr.text}'"
                    if best.expr
                    else "no date in the sentence; refers to the event the lead reports"
                ),
            }
        else:
            date_fields = {"date_note": "no date expression could be resolved"}
        mentions.append(
            ExtractedMention(
                passage_index=c.passage_index,
                start=c.sentence.start,
                end=c.sentence.end,
                quote=c.sentence.text,
                kind=c.kind,
                status=c.status,
                **date_fields,
            )
        )
    return ExtractedEvent(
        kind=kind,
        status=status,
        date=best.resolved.date if best else None,
        date_end=best.resolved.date_end if best else None,
        precision=best.resolved.precision if best else "unknown",
        date_method=best.resolved.method if best else "",
        participants=people,
        place=place,
        countries=countries,
        mentions=mentions,
    )


_STANDING_FACT = re.compile(
    # (after an opening phrase: "As for ties between them, both nations are close allies …")
    r"(?:[A-Z][^,.;:]{0,60},\s+)?"
    r"(?:(?:[A-Z][\w'’-]*\s+){0,2}?(?:Russia|Tajikistan|Moscow|Dushanbe|The\s+(?:base|country|republic|division))(?:['’]s)?"
    r"|(?:[Bb]oth|[Tt]he\s+two)\s+(?:nations|countries|states))"
    r"\s+(?:\w+\s+){0,2}?(?:remains?|hosts?|accommodates?|accounts?\s+for|borders?|is|are|has|have|collaborate|cooperate)"
    r"\s+(?:the|a|an|its|their|one|about|more|over|some|close|closely|extensively|Tajikistan['’]s|Russia['’]s|Russian)\b",
    re.ASCII,
)
_SAYS = re.compile(
    r"\b(?:said|says|told|stressed|noted|added|according\s+to|discuss\w*|agreed)\b", re.IGNORECASE | re.ASCII
)


def _setting(m: re.Match) -> str:
    """Blanks a gathering a contact took place at, not one it prepares ("the upcoming CSTO summit")."""
    return m.group() if _UPCOMING.search(m.string[max(0, m.start() - 50) : m.start()]) else " "


_ROUND_OF = re.compile(r"\b(?:first|second|third|previous|last|next|earlier|latest|new|another)\s+round\b", re.I | re.A)


def _assign_topics(
    events: list[ExtractedEvent],
    candidates: list[_Candidate],
    passages: list[Span],
    text: str,
    gaz: Gazetteer,
    sentences_of: dict[int, list[Span]] | None = None,
) -> None:
    """Topics from the text around each event's mentions.

    Each event owns the sentences that report it. A sentence that reports none belongs to the
    event reported last before it in the same paragraph ("Later in the day, Mishustin received
    Rahmon. Mishustin said trade had grown …"), else to the article's lead event (reported in its
    first two passages); a reporter's standing fact outside a transcript ("Russia remains
    Tajikistan's main trading partner") belongs to none.
    """
    sentences_of = sentences_of or {}
    owned: dict[tuple[int, int], int] = {}
    for i, event in enumerate(events):
        for m in event.mentions:
            owned.setdefault((m.start, m.end), i)
    lead = None
    for i, event in enumerate(events):
        if any(m.passage_index <= 1 for m in event.mentions):
            lead = i
            break
    # A trip is reported for what its meetings discussed: when a meeting during it is a contact of its
    # own, what the trip's sentences say was discussed is that meeting's subject too ("Rasulzoda left
    # for Moscow … met Mishustin … the talks focused on migrant workers").
    heir: dict[int, int] = {}
    for i, event in enumerate(events):
        if event.kind != "visit" or event.date is None:
            continue
        visitors = {p.name for p in event.participants}
        last = event.date_end or event.date
        for j, other in enumerate(events):
            if (
                j != i
                and other.kind in {"meeting", "talks"}
                and other.date is not None
                and other.precision == "day"
                and event.date <= other.date <= last
                and visitors & {p.name for p in other.participants}
                and len({p.country for p in other.participants}) == 2
            ):
                heir[i] = j
                break
    extra: dict[int, list[str]] = {}
    first_speaker = next((p.index for p in passages if _SPEAKER.match(p.text)), None)
    for passage in passages:
        last = None
        spoken = first_speaker is not None and passage.index >= first_speaker
        for sentence in sentences_of.get(passage.index) or split_sentences(passage.text, offset=passage.start):
            owner = owned.get((sentence.start, sentence.end))
            if owner is not None:
                last = owner
                continue
            if not spoken and _STANDING_FACT.match(sentence.text) and not _SAYS.search(sentence.text):
                # "Russia remains Tajikistan's main trading partner", "Tajikistan hosts Russia's largest
                # base abroad": a reporter's background, not what the contact was about (in a
                # transcript, the speakers' own words are)
                continue
            target = last if last is not None else lead
            if target is not None:
                extra.setdefault(target, []).append(sentence.text)
    for i, event in enumerate(events):
        body = "\n".join([m.quote for m in event.mentions] + extra.get(i, []))
        if event.kind != "summit":
            # The gathering a meeting took place at is its setting, not its subject: "met on the
            # sidelines of the SCO summit" says nothing about integration.
            body = _VENUE.sub(_setting, body)
        event.topic_scores = gaz.topic_scores(body)
        if (
            event.kind != "summit"
            and event.topic_scores.get("integration")
            and not _INTEGRATION.search(body)
            and not _ORGANISATION_AS_SUBJECT.search(body)
        ):
            # An organisation named around a bilateral contact is its setting ("after the CSTO summit",
            # "as SCO chair"); the contact is about integration when the text says what is integrated.
            del event.topic_scores["integration"]
        event.topics = set(event.topic_scores)
    if lead is not None:
        for i, event in enumerate(events):
            if i != lead and any(_ROUND_OF.search(m.quote) for m in event.mentions):
                # "The first round, chaired by the same two ministers, took place in Moscow in April": a
                # round of the talks the story reports is about what they are about
                # (their main subject: the one the lead's sentences name most)
                scores = events[lead].topic_scores
                if scores:
                    main = min(scores, key=lambda t: (-scores[t], t))
                    event.topic_scores.setdefault(main, scores[main])
                    event.topics = set(event.topic_scores)
    for i, j in heir.items():
        for slug, n in events[i].topic_scores.items():
            events[j].topic_scores[slug] = events[j].topic_scores.get(slug, 0) + n
        events[j].topics = set(events[j].topic_scores)
