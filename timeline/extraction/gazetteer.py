"""Who, where and what about: people with aliases and terms of office, places, topic keywords.

``Gazetteer.default()`` is built from ``gazetteer_data`` and ``DEFAULT_TOPICS``; the ingestion
service builds one from the database instead, so that editors' additions count.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from . import gazetteer_data

# slug: (name, colour, keywords). Lower-case keywords match any case; others match as written.
DEFAULT_TOPICS: dict[str, tuple[str, str, list[str]]] = {
    "security": (
        "Security",
        "#d62728",
        [
            "border", "border security", "border guards", "border troops", "border forces", "terrorism",
            "terrorist", "terrorists", "extremism", "extremist", "extremists", "drug", "drugs",
            "drug trafficking", "narcotics", "Afghanistan", "Afghan", "Taliban", "Islamic State", "ISIS",
            "militants", "regional security", "national security", "security cooperation", "security",
            "radicalism", "cybersecurity", "special services", "intelligence",
        ],
    ),
    "military": (
        "Military",
        "#8c564b",
        [
            "military", "armed forces", "army", "troops", "military base", "Russian base", "201st",
            "exercises", "drills", "manoeuvres", "maneuvers", "arms", "weapons", "military-technical",
            "defense", "defence", "officer training", "military officers", "air defense", "air defence",
            "combat", "servicemen", "CSTO exercises", "Ayni", "Aini",
        ],
    ),
    "migration": (
        "Migration",
        "#ff7f0e",
        [
            "migrant", "migrants", "migration", "labour migrants", "labor migrants", "migrant workers",
            "labour migration", "labor migration", "entry ban", "entry bans", "banned from entering",
            "barred from", "re-entry", "blacklist", "amnesty", "work permit", "work permits", "patent",
            "remittances", "laborers", "labourers", "deportation", "deported", "Tajik workers",
            "Tajik nationals working", "guest workers", "denied entry", "refused entry", "refusal of entry",
            "refusals of entry", "denial of entry", "entry refusals", "entry denials", "immigration",
            "organised recruitment", "organized recruitment",
        ],
    ),
    "economy": (
        "Economy",
        "#2ca02c",
        [
            "trade", "trade turnover", "investment", "investments", "investor", "investors", "economic",
            "economy", "industry", "industrial", "agriculture", "agricultural", "transport", "export",
            "exports", "import", "imports", "business", "companies", "aluminum", "aluminium", "TALCO",
            "textile", "mining", "customs", "loan", "debt", "banking", "finance", "financial",
            "produce", "fruits and vegetables", "flights", "railway", "logistics",
        ],
    ),
    "energy": (
        "Energy",
        "#e6b800",
        [
            "energy", "hydropower", "hydroelectric", "power plant", "power station", "electricity",
            "gas", "oil", "Rogun", "Sangtuda", "Nurek", "Gazprom", "RAO UES", "Unified Energy Systems",
            "fuel", "petroleum", "nuclear power", "Rosatom",
        ],
    ),
    "education": (
        "Education and culture",
        "#1f77b4",
        [
            "education", "educational", "Russian language", "Russian-language", "universities",
            "university", "students", "student", "teachers", "schoolchildren", "Russian-language schools",
            "secondary schools", "culture", "cultural", "humanitarian", "science", "scientific",
            "institutes of higher learning", "higher education",
        ],
    ),
    "integration": (
        "Integration and organisations",
        "#9467bd",
        [
            "CIS", "Commonwealth of Independent States", "CSTO", "Collective Security Treaty Organization",
            "Collective Security Treaty Organisation", "SCO", "Shanghai Cooperation Organization",
            "Shanghai Cooperation Organisation", "EAEU", "EEU", "Eurasian Economic Union", "EurAsEC",
            "Eurasian Economic Community", "UN", "United Nations", "BRICS", "integration", "Customs Union",
            "Union State",
        ],
    ),
    "health": (
        "Health",
        "#17becf",
        [
            "COVID-19", "COVID", "coronavirus", "pandemic", "vaccine", "vaccines", "vaccination",
            "Sputnik V", "health", "healthcare", "health care", "medical", "epidemic", "infection",
        ],
    ),
}  # fmt: skip


# Institutions and offices whose names contain topic words but are not what a meeting is about.
# Afghanistan named as a party ("the presidents of Afghanistan and Pakistan", "Afghan President
# Hamid Karzai") is a participant, not the subject of the talks.
# An office is named after its field ("Energy Minister", "the ministers of health, education and
# finance", "Ministry of Labour, Migration and Employment"): naming the office holder says who
# took part, not what was discussed.
_FIELD = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
_FIELDS = rf"{_FIELD}(?:\s*,\s*{_FIELD})*(?:,?\s+and\s+{_FIELD})?"
_FIELD_LC = r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
_FIELDS_LC = rf"{_FIELD_LC}(?:\s*,\s*{_FIELD_LC})*(?:,?\s+and\s+{_FIELD_LC})?"
_MINISTRY = r"minist(?:er|ers|ry|ries)"
_MINISTER_WORD = r"(?-i:M)inist(?:er|ers|ry|ries)\b"
# Each pattern is tried only on a text holding one of its words (lower case).
_NOT_TOPICAL: list[tuple[tuple[str, ...], re.Pattern]] = [
    # good wishes are no subject: "wished him good health and success", "health, happiness and prosperity"
    (
        ("health", "medical"),
        re.compile(
            r"\b(?:(?:good|robust|strong|sound)\s+health|health\s*,\s*(?:happiness|success|prosperity|well-being|long\s+life)"
            r"|wish(?:es|ed|ing)?\s+(?:\w+\s+){0,4}?health"
            # a kind of tourism, a trade ("health and mountain tourism", "medical tourism"), is no health care
            r"|(?:health|medical|wellness)(?:\s+and\s+[\w-]+)?\s+tourism)\b",
            re.IGNORECASE,
        ),
    ),
    (
        ("security council", "defen"),
        re.compile(
            r"\b(?:Security\s+Council|Defen[cs]e\s+Minist(?:er|ers|ry|ries)|Minist(?:er|ers|ry|ries)\s+of\s+Defen[cs]e)\b",
            re.IGNORECASE,
        ),
    ),
    # humanitarian aid is relief, not the "cultural and humanitarian" field of education and culture
    (
        ("humanitarian",),
        re.compile(
            r"\bhumanitarian\s+(?:and\s+[\w-]+\s+)?(?:aid|assistance|cargo|cargoes|relief|supplies|help|convoys?|missions?|crisis"
            r"|catastrophe|situation|disaster|corridors?|flights?|deliver(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
    # the honours of a welcome are ceremony, not defence: "greeted by a military orchestra", "a guard of honour"
    (
        ("military",),
        re.compile(
            r"\bmilitary\s+(?:orchestras?|bands?|brass\s+bands?|honou?r\s+guards?|guards?\s+of\s+honou?r)\b",
            re.IGNORECASE,
        ),
    ),
    # officers trained at military schools are the armed forces' matter, not education
    (
        ("military",),
        re.compile(
            # (the school's word alone is masked: "military" still counts)
            r"(?:(?<=military\s)|(?<=military-))(?:universities|university|academies|academy|schools?|institutes?|colleges?"
            r"|educational\s+(?:institutions|establishments))\b",
            re.IGNORECASE,
        ),
    ),
    # a site on a visitor's programme is where they go, not what they discuss: "will visit the Nurek
    # hydroelectric power plant", "visited the 201st Russian military base", and a named
    # institution is a place ("speak at the Russian-Tajik Slavic University")
    (
        ("visit", "tour", "inspect", "universit"),
        re.compile(
            r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|inspect(?:s|ed|ing)?)\s+(?:the\s+|a\s+)?(?:[\w'’().-]+\s+){0,6}?"
            r"(?:base|plant|station|university|school|museum|site|factory|memorial|park|hospital|centre|center|facility)\b"
            r"|(?:(?-i:[A-Z])[\w'’()-]*\s+){1,4}(?-i:University)\b",
            re.IGNORECASE,
        ),
    ),
    # a parade is a ceremony ("the Victory Day military parade"); a war elsewhere is no military
    # cooperation of the two ("the military operation in Ukraine", "the Ukrainian army"); to combat
    # crime is to fight it ("jointly combat cybercrime"), not combat
    (
        ("parade", "ukrain", "combat"),
        re.compile(
            r"\bmilitary\s+parades?\b"
            r"|\b(?:special\s+)?military\s+(?:operation|action|campaign|offensive|conflict)s?\s+(?:in|against)\s+Ukraine\b"
            r"|\bUkrain(?:e['’]s|ian)\s+(?:army|armed\s+forces|troops|military)\b"
            r"|\bcombat(?:s|ed|ing|ted|ting)?(?=\s+(?:the\s+|international\s+|transnational\s+|organi[sz]ed\s+|cyber)?"
            r"(?:crime|cybercrime|terrorism|extremism|drugs?|trafficking|smuggling|corruption|illegal|money|pandemic|covid"
            r"|coronavirus|infections?|poverty|threats?|radicali[sz]ation)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        ("afghan",),
        re.compile(
            r"\b(?:(?:presidents?|leaders?|heads?\s+of\s+state|(?:foreign\s+)?ministers?|delegations?|representatives?)\s+of\s+"
            r"Afghanistan(?:\s*,\s*\w+)*(?:\s+and\s+\w+)?"
            r"|Afghan\s+(?:president|leader|foreign\s+minister|counterpart|delegation|side)s?)\b",
            re.IGNORECASE,
        ),
    ),
]


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


# Offices are found from their head word (cheap), then the field words around it are matched in a
# window: the patterns below never scan the whole text.
_OFFICE_WORD = re.compile(r"\b(?:(?i:minist)(?:er|ers|ry|ries)|Service|Committee|Agency|Directorate)\b")
_OFFICE_AFTER = re.compile(
    rf"(?:{_MINISTRY}\s+(?:of|for)\s+(?:the\s+)?(?:{_FIELDS}|{_FIELDS_LC})(?=\s*(?:[,.;:)]|$|\s(?-i:[A-Z])|\s(?:of|in|and|who|were|was|is|are|have|has|had|will|to)\b))"
    rf"|(?-i:Service|Committee|Agency)\s+(?:for|on|of)\s+{_FIELDS})",
    re.IGNORECASE,
)
_OFFICE_BEFORE = re.compile(
    rf"\b(?:{_FIELDS}\s+(?:Deputy\s+)?(?:{_MINISTER_WORD}|(?-i:Service|Committee|Agency|Directorate)\b)"
    rf"|(?:(?<=\bthe\s)|(?<='s\s)|(?<=Russian\s)|(?<=Tajik\s)|(?<=Russia's\s)){_FIELDS_LC}\s+{_MINISTRY}\b)$",
    re.IGNORECASE,
)


def _blank_offices(text: str) -> str:
    """Blanks offices named after their field ("Energy Minister", "the Ministry of Labour,
    Migration and Employment", "State Committee for National Security")."""
    spans = []
    for a in _OFFICE_WORD.finditer(text):
        start, end = a.start(), a.end()
        before = _OFFICE_BEFORE.search(text, max(0, start - 80), end)
        if before:
            start = before.start()
        after = _OFFICE_AFTER.match(text, a.start(), min(len(text), a.start() + 300))
        if after:
            end = after.end()
        if (start, end) != a.span():
            spans.append((start, end))
    if not spans:
        return text
    out, last = [], 0
    for start, end in sorted(spans):
        if end <= last:
            continue  # inside an office already blanked
        start = max(start, last)
        out.append(text[last:start] + " " * (end - start))
        last = end
    out.append(text[last:])
    return "".join(out)


@dataclass(frozen=True)
class PersonEntry:
    name: str
    country: str
    role: str = ""
    aliases: tuple[str, ...] = ()
    offices: tuple[tuple[str, dt.date, dt.date | None], ...] = ()
    known: bool = True  # False: an official found in the text, not in the gazetteer

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def office_on(self, day: dt.date) -> str | None:
        for office, start, end in self.offices:
            if start <= day and (end is None or day <= end):
                return office
        return None


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    country: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: object


def trie_regex(words) -> str:
    """A regex source matching any of ``words`` (exactly), prefix-factored: at each character at
    most one branch can go on, so it scans far faster than a flat alternation of hundreds of
    names, and, like a flat alternation sorted longest first, tries the longest match first."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return walk(trie)


# One spelling change at a time, each seen in English news for the same official:
_SPELLINGS = [
    (r"kh", "h"), (r"(?<=[aeiou])h(?=[a-z])", "kh"),  # Rakhmon / Rahmon, Mukhriddin / Muhriddin
    (r"(?<=[aeiou])y", "i"), (r"(?<=[aeou])i", "y"),  # Shoygu / Shoigu, Khayrulloev / Khairulloev
    (r"(?<=[a-z])iye", "ie"), (r"(?<=[a-z])ie", "iye"),  # Matviyenko / Matvienko
    (r"(?<=[a-z])yev\b", "ev"), (r"(?<=[aeiou])ev\b", "yev"),  # Khayrulloyev / Khayrulloev
    (r"(?<=[a-z])ii\b", "i"),  # Emomalii / Emomali
    (r"dzh", "j"), (r"(?<=[a-z])j", "dzh"),  # Sirodzhiddin / Sirojiddin
]  # fmt: skip


def transliterations(name: str) -> set[str]:
    """Other spellings of a name with one common change of Russian or Tajik transliteration."""
    if len(name) < 5 or not name[:1].isupper():
        return set()
    out = set()
    for pattern, repl in _SPELLINGS:
        for m in re.finditer(pattern, name):
            if m.start() == 0:
                continue  # the first letter stays: a capital
            out.add(name[: m.start()] + repl + name[m.end() :])
    out.discard(name)
    return out


_ASCII_WORD = re.compile(r"\w+", re.ASCII)


def _keyword_pattern(words: list[str]) -> re.Pattern | None:
    """One regex for many phrases: longest first, whole words, lower-case ones case-insensitive."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return None
    parts = []
    first = set()
    for w in words:
        body = re.escape(w).replace(r"\ ", r"[\s-]+")
        parts.append(f"(?i:{body})" if w == w.lower() else body)
        first |= {w[0].lower(), w[0].upper()} if w == w.lower() else {w[0]}
    # The lookahead on the first letter rejects most word starts before the alternation is tried
    # (topic scores a quarter faster; the same matches).
    starts = "".join(sorted(re.escape(c) for c in first))
    return re.compile(r"(?<![\w])(?=[" + starts + r"])(?:" + "|".join(parts) + r")(?:s|es)?(?![\w])", re.ASCII)


@dataclass
class Gazetteer:
    people: list[PersonEntry]
    places: list[PlaceEntry]
    topics: dict[str, list[str]]
    ambiguous: set[str] = field(default_factory=set)

    @classmethod
    def default(cls) -> Gazetteer:
        return cls(
            people=default_people(),
            places=default_places(),
            topics={slug: kws for slug, (_, _, kws) in DEFAULT_TOPICS.items()},
            ambiguous=set(gazetteer_data.AMBIGUOUS_SURNAMES),
        )

    @cached_property
    def _people_index(self) -> tuple[re.Pattern, dict[str, PersonEntry]]:
        by_alias: dict[str, PersonEntry] = {}
        for person in self.people:
            for alias in (person.name, *person.aliases):
                alias = alias.strip()
                if alias and alias not in self.ambiguous and alias not in by_alias:
                    by_alias[alias] = person
        # Russian and Tajik names reach English in several spellings (Rakhimzoda, Rahimzoda;
        # Shoygu, Shoigu; Matviyenko, Matvienko): each alias's other spellings name the same person,
        # unless they are another alias already or two people's
        variants: dict[str, PersonEntry | None] = {}
        for person in self.people:
            if person.country not in ("RU", "TJ"):
                continue
            for alias in (person.name, *person.aliases):
                words = alias.split()
                # web copy loses the space between first name and surname ("SheraliMirzo")
                glued = {"".join(words)} if len(words) == 2 and all(w[:1].isupper() for w in words) else set()
                for variant in transliterations(alias.strip()) | glued:
                    if variant in by_alias or variant in self.ambiguous:
                        continue
                    variants[variant] = person if variants.get(variant, person) is person else None
        by_alias.update({v: p for v, p in variants.items() if p is not None})
        pattern = re.compile(r"(?<![\w])(?:" + trie_regex(by_alias) + r")(?![\w])")
        return pattern, by_alias

    def surname_taken(self, word: str) -> bool:
        """Whether the word alone names someone (an alias of one person): a surname two people bear,
        or one that is another's given name, does not."""
        return word in self._people_index[1]

    @cached_property
    def _places_index(self) -> tuple[re.Pattern, dict[str, PlaceEntry]]:
        by_alias = {}
        for place in self.places:
            for alias in (place.name, *place.aliases):
                by_alias.setdefault(alias, place)
        return re.compile(r"(?<![\w])(?:" + trie_regex(by_alias) + r")(?![\w])"), by_alias

    @cached_property
    def _topic_patterns(self) -> dict[str, re.Pattern]:
        out = {}
        for slug, words in self.topics.items():
            pattern = _keyword_pattern(list(words))
            if pattern is not None:
                out[slug] = pattern
        return out

    @cached_property
    def _topic_index(self) -> tuple[dict[str, list[str]], list[str]]:
        """The topics a word can begin a keyword of (lower case; a one-word keyword's plural too),
        and the topics with a keyword that does not begin with a word character, which are scanned
        whole: a keyword is tried only where a word that can begin it stands."""
        index: dict[str, list[str]] = {}
        scanned = []
        for slug, words in self.topics.items():
            if slug not in self._topic_patterns:
                continue
            if any(not _ASCII_WORD.match(w) for w in words if w):
                scanned.append(slug)
                continue
            for w in words:
                if not w:
                    continue
                first = _ASCII_WORD.match(w).group().lower()
                keys = {first, first + "s", first + "es"} if _ASCII_WORD.fullmatch(w) else {first}
                for key in keys:
                    if slug not in index.setdefault(key, []):
                        index[key].append(slug)
        return index, scanned

    def _topic_hits(self, text: str) -> list[tuple[int, int, str]]:
        """Every topic's keyword matches, sorted, as each topic's pattern finds them one after
        another (``finditer``), but with one pass over the words: a topic's pattern is tried at a
        word only when that word can begin one of its keywords."""
        index, scanned = self._topic_index
        patterns = self._topic_patterns
        hits = [(m.start(), m.end(), slug) for slug in scanned for m in patterns[slug].finditer(text)]
        next_free: dict[str, int] = {}
        for word in _ASCII_WORD.finditer(text):
            slugs = index.get(word.group().lower())
            if not slugs:
                continue
            start = word.start()
            for slug in slugs:
                if start < next_free.get(slug, 0):
                    continue  # inside this topic's previous match
                m = patterns[slug].match(text, start)
                if m:
                    hits.append((start, m.end(), slug))
                    next_free[slug] = m.end()
        hits.sort()
        return hits

    @cached_property
    def _by_office(self) -> dict[str, list[PersonEntry]]:
        out: dict[str, list[PersonEntry]] = {}
        for person in self.people:
            for office, _, _ in person.offices:
                out.setdefault(office, []).append(person)
        return out

    @cached_property
    def known_names(self) -> frozenset[str]:
        """Every name, alias and surname of the gazetteer's people."""
        out = set()
        for p in self.people:
            out.update((p.name, p.surname, *p.aliases))
        return frozenset(out)

    def find_people(self, text: str) -> list[Hit]:
        pattern, by_alias = self._people_index
        return [Hit(m.start(), m.end(), by_alias[m.group()]) for m in pattern.finditer(text)]

    def find_places(self, text: str) -> list[Hit]:
        pattern, by_alias = self._places_index
        return [Hit(m.start(), m.end(), by_alias[m.group()]) for m in pattern.finditer(text)]

    def topics_in(self, text: str) -> set[str]:
        return set(self.topic_scores(text))

    def topic_scores(self, text: str) -> dict[str, int]:
        """Keyword hits per topic (topics with none are left out).

        Names of institutions and offices are not subjects ("Security Council", "Defence Minister"),
        and a keyword inside a longer keyword of another topic counts only for that one ("security"
        in "Collective Security Treaty Organization" is integration).
        """
        text = _blank_offices(text)
        lower = text.lower()
        for words, pattern in _NOT_TOPICAL:
            if any(w in lower for w in words):
                text = pattern.sub(_blank, text)
        hits = self._topic_hits(text)
        starts = [h[0] for h in hits]
        longest = max((e - s for s, e, _ in hits), default=0)
        scores: dict[str, int] = {}
        for start, end, slug in hits:
            # Only hits starting at most `longest` characters earlier can contain this one: linear, not quadratic.
            lo = bisect.bisect_left(starts, start - longest)
            hi = bisect.bisect_right(starts, start)
            if any(e >= end and (e - s) > (end - start) and o != slug for s, e, o in hits[lo:hi]):
                continue
            scores[slug] = scores.get(slug, 0) + 1
        return scores

    def holder(self, office: str, on: dt.date) -> PersonEntry | None:
        """Who held ``office`` (e.g. "RU:president") on that day."""
        for person in self._by_office.get(office, []):
            for key, start, end in person.offices:
                if key == office and start <= on and (end is None or on <= end):
                    return person
        return None

    def person(self, name: str) -> PersonEntry | None:
        return next((p for p in self.people if p.name == name), None)


def _parse_offices(raw) -> tuple[tuple[str, dt.date, dt.date | None], ...]:
    out = []
    for office, start, end in raw:
        out.append((office, dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None))
    return tuple(out)


def default_people() -> list[PersonEntry]:
    return [
        PersonEntry(
            name=p["name"],
            country=p["country"],
            role=p.get("role", ""),
            aliases=tuple(p.get("aliases", ())),
            offices=_parse_offices(p.get("offices", ())),
        )
        for p in gazetteer_data.PEOPLE
    ]


def default_places() -> list[PlaceEntry]:
    return [
        PlaceEntry(name=p["name"], country=p["country"], aliases=tuple(p.get("aliases", ())))
        for p in gazetteer_data.PLACES
    ]
