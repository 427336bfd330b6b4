"""Officials the gazetteer does not list, recognised from how news copy introduces them.

English wire copy introduces an official by nationality, office and full name ("Russian Deputy
Foreign Minister Andrei Rudenko", "Tajikistan's Labour Minister Sumangul Tagoizoda"), by office,
country and name ("Deputy Prime Minister of Tajikistan Usmonali Usmonzoda", "the head of Russia's
Federal Migration Service Konstantin Romodanovsky"), or by name and apposition ("Shohin Samadi,
Tajikistan's deputy foreign minister"). After that, the surname alone refers to the same person.

``find_officials(text, known)`` returns the officials of Russia and Tajikistan so introduced whose
names are not among ``known``: ``PersonEntry`` with ``known=False``, for editors to check. Pure.
"""

from __future__ import annotations

import re

from .gazetteer import Hit, PersonEntry

_CC = {
    "russian": "RU", "russia's": "RU", "russia’s": "RU", "russia": "RU", "the russian federation": "RU",
    "tajik": "TJ", "tajikistan's": "TJ", "tajikistan’s": "TJ", "tajikistan": "TJ", "tajikistani": "TJ",
}  # fmt: skip
_NATION = r"(?P<cc>Russian|Russia['’]s|Tajik|Tajikistani|Tajikistan['’]s)"
_COUNTRY = r"(?P<cc>Russia|Tajikistan|the\s+Russian\s+Federation)"
_FIELD = (
    r"(?:labou?r|economy|economic\s+development|energy|finance|interior|internal\s+affairs|defen[cs]e|foreign"
    r"|education|health|transport|agriculture|justice|emergenc(?:y|ies)|culture|industry|trade|migration"
    r"|digital\s+development|natural\s+resources|construction|sports?|youth|water\s+resources)"
)
# The office: deputy/first deputy/vice, then a minister, an envoy, a chair, a governor …
_OFFICE = (
    r"(?:(?:[Ff]irst|[Dd]eputy|[Vv]ice)[\s-]+)*"
    rf"(?:(?i:{_FIELD})\s+(?i:minister)|(?i:prime\s+minister|premier|foreign\s+minister)"
    r"|(?i:minister)(?:\s+(?i:of|for)\s+(?:the\s+)?(?:[A-Z][a-z]+|and|of)(?:(?:\s+|,\s+)(?:[A-Z][a-z]+|and|of)){0,5})?"
    r"|(?i:ambassador|envoy|governor|mayor|speaker|chairman|chairwoman|presidential\s+aide|aide|adviser|advisor"
    r"|(?:human\s+rights\s+)?(?:ombudsman|commissioner)|prosecutor[\s-]general|secretary|head|director|chief|commander))"
    r"(?:\s+to\s+(?:Russia|Tajikistan|the\s+Russian\s+Federation|Moscow|Dushanbe))?"
)
_NAME_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]['’][A-Z][a-z]+)"
# Capitalised words that begin no name: institutions, places, months …
_NOT_NAME_WORDS = (
    r"(?:Federation|Council|Ministry|Service|Republic|Region|Committee|Commission|Agency|Duma|Assembly|Majlisi"
    r"|Bank|Company|Organization|Organisation|Union|State|States|Government|Office|Department|Embassy|Security"
    r"|Foreign|Affairs|Minister|President|Prime|Deputy|Russia|Tajikistan|Moscow|Dushanbe|Kremlin|National"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|His|Her|On|In|At|And"
    # words of offices and institutions that a long title runs through
    r"|Situations|Defen[cs]e|Development|Technologies|Resources|Population|Employment|Protection|Science|Education"
    r"|Culture|Health|Justice|Energy|Industry|Labou?r|Migration|Emergency|Emergencies|Customs|Tax|Youth|Sports?"
    r"|Civil|Interior|Internal|Oblast|Krai|University|Institute|Academy|Extraordinary|Plenipotentiary|General"
    r"|Chairman|Chairwoman|Head|Governor|Mayor|Rector|Secretary|Ambassador|Representative|Trade|Economic|Economy"
    r"|Investments?|Property|Transport|Agriculture|Finance|Communications|Construction|Architecture"
    r"|Environmental|Environment|Water|Land|Chamber|Court|Prosecutor|Guard|Border|Troops|Forces|Army"
    # military bodies a commander's title names: "Commander of Russia's Central Military District"
    r"|Military|District|Central|Southern|Northern|Western|Eastern|Command|Fleet|Headquarters|Staff|Division|Brigade"
    # cities that are two capitalised words or could head a name
    r"|Petersburg|Novgorod|Yekaterinburg|Novosibirsk|Kazan|Sochi|Khujand|Kulob|Bokhtar|Samarkand|Tashkent|Astana"
    # regions of Russia a title names ("the Rais of Tatarstan Rustam Minnikhanov") and Tajik ones
    r"|Tatarstan|Bashkortostan|Chechnya|Dagestan|Sverdlovsk|Chelyabinsk|Orenburg|Sughd|Khatlon|Rais"
    # ranks: "Police Major-General Valentina Kazakova"
    r"|Police|Major|Colonel|Lieutenant|Captain|Admiral|Marshal|Sergeant|Major-General|Colonel-General"
    r"|Lieutenant-General|Lieutenant-Colonel|Army-General|Rear-Admiral|Vice-Admiral|Justice-General)"
)
_NOT_NAME = re.compile(rf"\b{_NOT_NAME_WORDS}\b")
# A formal title written out before the name, as official readouts and Central Asian outlets write
# them: "Minister of Education and Science of the Republic of Tajikistan Rahim Saidzoda", "Deputy
# Chairman of the Government of the Russian Federation Alexei Gordeyev", "Governor of the Ryazan
# Region Pavel Malkov". The office's own words run up to the name: the name is the last two or three
# capitalised words before lower case, with the institution's words (``_NOT_NAME``) peeled off.
_TITLE_HEAD = (
    r"(?:(?:First|Deputy|Vice)[ \t-]+)*(?:Prime[ \t]+Minister|Minister|Chairman|Chairwoman|Chairperson|Chair|Head"
    r"|Director(?:[ \t]+General)?|Chief|Governor|Mayor|Speaker|Ambassador(?:[ \t]+Extraordinary[ \t]+and[ \t]+Plenipotentiary)?"
    r"|Envoy|Secretary(?:[ \t]+General)?|Prosecutor[ \t-]General|Rector|Representative|Commissioner|Ombudsman"
    r"|Commander|Rais|Premier)"
)
_TITLE_BODY = (
    rf"{_TITLE_HEAD}(?:[ \t]+(?:of|for|on|under|to|in)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:[A-Z][\w'’-]*|\([^()\n]{1,40}\)|of|for|and|the|under|on|to|in|region|oblast|province|district|city),?[ \t]+){0,14}?)"
)
_PERSON_WORD = (
    rf"(?!{_NOT_NAME_WORDS}\b){_NAME_WORD}"  # no institution's word: "… of the Russian Federation, Valentina …"
)
_HONORIFIC = r"(?:(?:the[ \t]+)?(?:[Hh]onou?rable|[Hh]on\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ \t]+)?"
_TITLE_NAME = (
    rf"{_HONORIFIC}(?P<name>{_PERSON_WORD}(?:[ \t]+{_PERSON_WORD}){{1,2}})(?![ \t]+[A-Z][a-z])(?=[\s,.;:)]|$)"
    r"(?![ \t]+(?:of|for|to|the|under)[ \t])"  # the title goes on: "… Service | of Russia …"
    # "the speakers of both chambers of the Tajik parliament, Rustam Emomali and Mahmadtoir Zokirzoda"
    rf"(?:[ \t]+and[ \t]+(?P<name2>{_PERSON_WORD}(?:[ \t]+{_PERSON_WORD}){{1,2}})(?![ \t]+[A-Z][a-z])(?=[\s,.;:)]|$))?"
)
_LONG_TITLE = re.compile(rf"(?P<role>{_TITLE_BODY}){_TITLE_NAME}")
# "The Russian delegation was headed by Deputy Minister of Internal Affairs Igor Zubov"
_SIDE_LED_BY = re.compile(
    rf"\b(?:delegation[ \t]+of[ \t]+(?:the[ \t]+)?)?{_NATION}[ \t]+(?:side|delegation"
    r"|(?:[A-Z][\w-]*[ \t]+){0,3}?(?:Ministry|Service|Committee|Agency|Government))"
    r"(?:[ \t]+(?:was[ \t]+|is[ \t]+|will[ \t]+be[ \t]+)?|,[ \t]+)(?:headed|led|represented)"
    # (or the name alone: "the Russian delegation is led by Boris Pastukhov, member of the State Duma")
    rf"[ \t]+by[ \t]+(?:the[ \t]+)?(?P<role>{_TITLE_BODY}|(?:(?:First|Deputy|Vice)[ \t-]+)*{_TITLE_HEAD}[ \t]+|){_TITLE_NAME}"
)
_CHAMBER = r"(?P<chamber>Majlisi\s+(?:Namoyandagon|Milli|Oli)|State\s+Duma|Federation\s+Council|Council\s+of\s+(?:the\s+)?Federation)"
# a chamber names its delegation's country: "the delegation of the State Duma of the Federal
# Assembly of the Russian Federation led by Deputy Chairman Alexander Babakov"
_CHAMBER_LED_BY = re.compile(
    rf"\b(?:(?:delegation|delegates|members)[ \t]+of[ \t]+(?:the[ \t]+)?)?{_CHAMBER}"
    r"(?:[ \t]+of[ \t]+the[ \t]+(?:Federal[ \t]+Assembly|Majlisi[ \t]+Oli)(?:[ \t]+of[ \t]+the[ \t]+(?:Russian[ \t]+Federation|Republic[ \t]+of[ \t]+Tajikistan))?)?"
    r"(?:[ \t]+delegation)?(?:[ \t]+(?:was[ \t]+|is[ \t]+|will[ \t]+be[ \t]+)?|,[ \t]+)(?:headed|led)"
    rf"[ \t]+by[ \t]+(?:the[ \t]+)?(?P<role>{_TITLE_BODY}|{_TITLE_HEAD}[ \t]+|){_TITLE_NAME}"
)
# "Russian Interior Minister Vladimir Kolokoltsev and his Tajik counterpart Ramazon Rahimzoda"
_COUNTERPART_NAME = re.compile(
    rf"\b(?:his|her|their)[ \t]+{_NATION}[ \t]+(?P<role>counterparts?|colleagues?|opposite[ \t]+numbers?),?[ \t]+{_TITLE_NAME}"
)
# "Russian Security Council Secretary Vladimir Rushailo", "Dushanbe Mayor Rustam Emomali"
_NAMED_BODY_HEAD = re.compile(
    rf"\b(?:{_NATION}[ \t]+(?P<role>(?:[A-Z][\w-]*[ \t]+){{1,3}}?"
    r"(?:Secretary|Chairman|Chairwoman|Head|Director|Chief|Commander|Speaker|Ombudsman|Commissioner|Prosecutor),?[ \t]+)"
    r"|(?P<city>Dushanbe|Khujand|Moscow|St\.?[ \t]Petersburg|Kazan|Yekaterinburg|Novosibirsk)[ \t]+"
    r"(?P<cityrole>Mayor|Governor|Chairman|Head)[ \t]+)"
    rf"{_TITLE_NAME}"
)
# "the chairman of the lower house of the Tajik parliament, Makhmadtoir Zokirzoda": a title in lower
# case before a comma and the name, the country named inside it
_LOWER_TITLE = re.compile(
    r"\b(?P<role>(?i:(?:first[ \t]+|deputy[ \t]+|vice[ \t-]+)*(?:chairman|chairwoman|chairperson|speakers?|heads?|director|chief"
    r"|ministers?|secretary|governor|commander))[ \t]+of[ \t]+(?:[\w'’()-]+[ \t]+){0,8}?"
    r"(?:(?P<cc>Russian|Russia['’]s|Tajik|Tajikistani|Tajikistan['’]s)[ \t]+|of[ \t]+(?P<cc2>Russia|Tajikistan)\b)"
    r"(?:[\w'’()-]+[ \t]+){0,6}?[\w'’()-]+),[ \t]+"
    rf"{_TITLE_NAME}"
)


class _HeadBeforePreposition:
    """An anchor for titles of the form "<head> of …": the head words before a preposition, found by
    one scan for every anchor's head words (literal alternatives, which the regex engine scans for
    fast, shared by all anchors of this kind and done once a text), instead of trying a pattern of
    many title words at every position. ``finditer`` yields the places a title may begin: the head word
    and up to three words before it ("First Deputy Prime Minister of …")."""

    _WORDS_BEFORE = re.compile(r"(?:[\w'’-]+[ \t]+){0,3}$")
    _all_heads: set[str] = set()
    _scanner: re.Pattern | None = None
    _last: tuple[str, list[tuple[int, int, str]]] = ("", [])

    def __init__(self, heads: set[str], soon: re.Pattern | None = None):
        self.heads = heads
        self.soon = soon
        _HeadBeforePreposition._all_heads |= heads
        _HeadBeforePreposition._scanner = None

    @classmethod
    def _heads_in(cls, text: str) -> list[tuple[int, int, str]]:
        """(start of the head word, end of the preposition, the head word), once a text."""
        last = cls._last  # read once: another thread may replace it meanwhile
        if last[0] is text:
            return last[1]
        if cls._scanner is None:
            alternatives = "|".join(sorted(map(re.escape, cls._all_heads), key=len, reverse=True))
            cls._scanner = re.compile(rf"({alternatives}) (?:of|for|on|under|to|in) ")
        out = []
        for m in cls._scanner.finditer(text):
            j = m.start()
            if j and (text[j - 1].isalnum() or text[j - 1] == "-"):
                continue  # inside a longer word
            out.append((j, m.end(), m.group(1)))
        cls._last = (text, out)
        return out

    def finditer(self, text: str):
        for j, end, head in self._heads_in(text):
            if head not in self.heads or (self.soon is not None and not self.soon.match(text, end)):
                continue
            w = self._WORDS_BEFORE.search(text, max(0, j - 50), j)
            if w:
                for k in re.finditer(r"\S+", w.group()):
                    yield _At(w.start() + k.start())
            yield _At(j)


class _At:
    __slots__ = ("_start",)

    def __init__(self, start: int):
        self._start = start

    def start(self) -> int:
        return self._start


# (tried only where a country's word follows soon: without one the title names no country)
_COUNTRY_SOON = (
    r"(?=[^.;\n]{0,200}?(?:Russia|Tajik|Region|Oblast|Krai|Okrug|Moscow|Petersburg|Dushanbe|Khujand|Duma|Majlisi"
    r"|Khatlon|Sughd|Soghd|Badakhshan|GBAO|Tatarstan|Bashkortostan))"
)
_LONG_TITLE_ANCHOR = _HeadBeforePreposition(
    {
        "Minister", "Chairman", "Chairwoman", "Chairperson", "Chair", "Head", "Director", "General", "Chief",
        "Governor", "Mayor", "Speaker", "Ambassador", "Plenipotentiary", "Envoy", "Secretary", "Prosecutor-General",
        "Rector", "Representative", "Commissioner", "Ombudsman", "Commander", "Rais", "Premier",
    },
    re.compile(_COUNTRY_SOON),
)  # fmt: skip
_RU_WORDS = re.compile(
    r"\b(?:Russia|Russian|Moscow|St\.?[ \t]Petersburg|Region|Oblast|Krai|Okrug|Duma|Tatarstan|Bashkortostan)\b"
)
# Tajikistan's regions: "GBAO governor Alisher Mirzonabot", "the chairman of Sughd region"
_TJ_REGIONS = r"(?P<tjregion>GBAO|Gorno-Badakhshan(?:\s+Autonomous\s+(?:Region|Oblast))?|Sughd|Soghd|Khatlon)"
_TJ_WORDS = re.compile(r"\b(?:Tajikistan|Tajik|Dushanbe|Khujand|Sughd|Soghd|Khatlon|Badakhshan|GBAO|Majlisi)\b")
# a rank before the name is no part of it: "Police Colonel-General Aleksandr Gorovoy"
_RANK = (
    r"(?:(?:Police|Militia|Army|Justice|Internal\s+Service|Major|Colonel|Lieutenant|Captain|Admiral|Marshal|General"
    r"|Rear|Vice)(?:-(?:General|Colonel|Admiral))?\s+)*"
)
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?!\s+[A-Z][a-z])"
_RANKED_NAME = _RANK + _NAME  # a name after its title (name-first patterns take no rank: they begin with it)
# Russia's federal subjects whose heads deal with Tajikistan most (a region names its country).
_REGIONS = (
    r"(?P<region>Tatarstan|Bashkortostan|Chechnya|Dagestan|Sverdlovsk|Chelyabinsk|Novosibirsk|Samara|Saratov|Orenburg"
    r"|Tyumen|Omsk|Tomsk|Perm|Ulyanovsk|Astrakhan|Volgograd|Rostov|Krasnoyarsk|Irkutsk|Khabarovsk|Primorye"
    r"|Leningrad|Nizhny\s+Novgorod|Kaluga|Tula|Yaroslavl|Kaliningrad|Krasnodar|Stavropol|Bryansk)"
)
# Chambers of parliament name their country: "Majlisi Namoyandagon Speaker Shukurjon Zuhurov",
# "Deputy Chairman of the State Duma Ivan Petrov".
_CHAIR = r"(?:(?i:first|deputy|vice)[\s-]+)*(?i:speaker|chairman|chairwoman|chairperson|chair|head)"
_TAJIK_SURNAME = re.compile(r"(?:zoda|zod|zade)$")
_HOSTS_THE_OTHER = re.compile(
    r"\s*,?\s+(?:has\s+|had\s+)?(?:received|hosted|welcomed)\s+(?:the\s+)?(?:visiting\s+)?"
    r"(?P<cc>Russian|Tajik|Russia's|Tajikistan's)\s+(?-i:[A-Z])",
    re.IGNORECASE | re.ASCII,
)
# The first word of an office, to try the patterns only where one begins.
_OFFICE_START = (
    rf"first|deputy|vice|{_FIELD}|prime|premier|foreign|minister|ambassador|envoy|governor|mayor|speaker|chair\w*"
    r"|presidential|aide|advis[eo]r|ombudsman|prosecutor|secretary|head|director|chief|commander"
)
_NAME_FIRST_ANCHOR = re.compile(
    r",\s+(?:the\s+)?(?:first\s+|deputy\s+|vice\s+)?(?:head|chief|director|chairman|chairwoman|chair|rais|mayor|president|Russian|Russia['’]s"
    r"|Tajik|Tajikistani|Tajikistan['’]s|minister|ambassador|envoy|governor|speaker|secretary|prime|foreign|"
    rf"{_FIELD})\b",
    re.IGNORECASE | re.ASCII,
)
# Each pattern, with the cheap anchor it cannot match without, the window around the anchor to
# search (after = -1: the pattern starts where the anchor does and is tried there only), and the
# words (lower case) an article must hold for the pattern to be tried at all (none: always).
_PATTERNS: list[tuple[re.Pattern, re.Pattern, int, int, tuple[str, ...]]] = [
    # Russian Deputy Foreign Minister Andrei Rudenko; Tajikistan's Minister of Labour, Migration and
    # Employment, Shirin Amonzoda
    (
        re.compile(rf"\b{_NATION}\s+(?P<role>{_OFFICE})\s*,?\s+{_RANKED_NAME}"),
        re.compile(rf"\b{_NATION}(?=\s+(?i:{_OFFICE_START})\b)"),
        0,
        -1,
        (),
    ),
    # an office with no country, whose holder receives the other country's official: "Deputy
    # Foreign Minister Sodiq Imomi received Russian Ambassador …" (the country: ``_HOSTS_THE_OTHER``)
    (
        re.compile(
            rf"\b(?P<role>{_OFFICE})\s*,?\s+{_RANKED_NAME}(?=\s*,?\s+(?:has\s+|had\s+)?(?:received|hosted|welcomed)\s)"
        ),
        re.compile(
            r"\b(?:received|hosted|welcomed)\s+(?:the\s+)?(?:visiting\s+)?(?:Russian|Tajik|Russia's|Tajikistan's)\s+[A-Z]"
        ),
        120,
        0,
        ("received", "hosted", "welcomed"),
    ),
    # the President of the Republic of Tatarstan, Rustam Minnikhanov; Sverdlovsk Governor Yevgeny Kuyvashev
    (
        re.compile(
            rf"\b(?P<role>(?i:president|head|governor|mayor|chairman|rais)\s+of\s+(?:the\s+)?(?:(?i:republic)\s+of\s+)?"
            rf"{_REGIONS}(?:\s+(?i:region|oblast|krai|territory))?)\s*,?\s+{_RANKED_NAME}"
        ),
        re.compile(_REGIONS),
        80,
        60,
        (),
    ),
    (
        # (a republic's head is its "President" or "Rais": "Tatarstan Rais Rustam Minnikhanov")
        re.compile(
            rf"\b(?P<role>{_REGIONS}(?:\s+(?i:region|oblast))?\s+(?i:governor|mayor|head|rais|president))\s+{_RANKED_NAME}"
        ),
        re.compile(rf"\b{_REGIONS}"),
        0,
        -1,
        (),
    ),
    (
        re.compile(
            rf"\b(?P<role>{_TJ_REGIONS}(?:\s+(?i:region|province|oblast))?\s+(?i:governor|chairman|head))\s+{_RANKED_NAME}"
        ),
        re.compile(rf"\b{_TJ_REGIONS}"),
        0,
        -1,
        ("gbao", "badakhshan", "sughd", "soghd", "khatlon"),
    ),
    (
        re.compile(
            rf"{_NAME},[ \t]+(?:the[ \t]+)?(?P<role>(?i:governor|chairman|head)[ \t]+of[ \t]+(?:the[ \t]+)?{_TJ_REGIONS}"
            r"(?:[ \t]+(?i:region|province|oblast))?)\b"
        ),
        _NAME_FIRST_ANCHOR,
        60,
        100,
        ("gbao", "badakhshan", "sughd", "soghd", "khatlon"),
    ),
    (
        re.compile(rf"\b(?P<role>{_CHAMBER}(?:['’]s)?\s+{_CHAIR})\s+{_RANKED_NAME}"),
        re.compile(_CHAMBER),
        0,
        -1,
        ("majlisi", "duma", "federation council"),
    ),
    (
        re.compile(
            rf"\b(?P<role>{_CHAIR}\s+of\s+(?:the\s+)?{_CHAMBER})(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?\w+)?\s*,?\s+{_RANKED_NAME}"
        ),
        re.compile(rf"\b{_CHAIR}\s+of\s+(?:the\s+)?(?=Majlisi|State\s+Duma|Federation\s+Council)", re.IGNORECASE),
        0,
        -1,
        ("majlisi", "duma", "federation council"),
    ),
    # Alexander Bortnikov, director of Russia's Federal Security Service; Saimumin Yatimov, chairman of
    # Tajikistan's State Committee for National Security
    (
        re.compile(
            rf"{_NAME},\s+(?:the\s+)?(?P<role>(?:(?i:first|deputy)\s+)?(?i:head|chief|director|chairman|chairwoman|chair)"
            # (of a unit inside it: "head of the migration department of the Tajik Ministry of Labour")
            rf"\s+of\s+(?:the\s+(?:[a-z][\w-]*\s+){{1,4}}of\s+)?(?:the\s+)?{_NATION}\s+(?:[A-Z][\w'’-]*(?:\s+|$)(?:(?i:of|for|and)\s+)?){{1,6}})"
        ),
        _NAME_FIRST_ANCHOR,
        60,
        160,
        (),
    ),
    # Deputy Prime Minister of Tajikistan Usmonali Usmonzoda
    (
        re.compile(rf"\b(?P<role>{_OFFICE})\s+of\s+{_COUNTRY}\s*,?\s+{_RANKED_NAME}"),
        re.compile(r"\bof\s+(?:Russia|Tajikistan|the\s+Russian\s+Federation)\b"),
        90,
        60,
        ("of russia", "of tajikistan", "of the russian federation"),
    ),
    # the head of Russia's Federal Migration Service, Konstantin Romodanovsky
    (
        re.compile(
            rf"\b(?P<role>(?i:head|chief|director|chairman|chairwoman|chair)\s+of\s+(?:the\s+)?{_NATION}\s+"
            rf"(?:[A-Z][\w-]*\s+(?:of\s+|for\s+|and\s+)?){{1,6}}?)(?:\(\w+\)\s+)?,?\s*{_RANKED_NAME}(?=[\s,.;:)]|$)"
        ),
        re.compile(r"\b(?i:head|chief|director|chairman|chairwoman|chair)\s+of\s+(?:the\s+)?(?:Russia|Tajik)"),
        0,
        -1,
        ("head of", "chief of", "director of", "chairman of", "chairwoman of", "chair of"),
    ),
    # Rustam Minnikhanov, Rais of Tatarstan; Denis Pasler, the governor of the Orenburg region
    (
        re.compile(
            rf"{_NAME},[ \t]+(?:the[ \t]+)?(?P<role>(?i:president|head|governor|mayor|chairman|rais)[ \t]+of[ \t]+(?:the[ \t]+)?"
            rf"(?:(?i:republic)[ \t]+of[ \t]+)?{_REGIONS}(?:[ \t]+(?i:region|oblast|krai|territory))?)\b"
        ),
        _NAME_FIRST_ANCHOR,
        60,
        100,
        (),
    ),
    # Shohin Samadi, Tajikistan's deputy foreign minister / the Russian ambassador
    (re.compile(rf"{_NAME},\s+(?:the\s+)?{_NATION}\s+(?P<role>{_OFFICE})\b"), _NAME_FIRST_ANCHOR, 60, 100, ()),
    # Valentina Matviyenko, Chairwoman of the Federation Council; Rustam Emomali, the chairman of the upper
    # house of Tajikistan's parliament
    (
        re.compile(
            rf"{_NAME},[ \t]+(?:the[ \t]+)?(?P<role>(?i:(?:first[ \t]+|deputy[ \t]+|vice[ \t-]+)*(?:chairman|chairwoman|chairperson"
            r"|speaker|head|director|chief|minister|secretary|governor|commander|ambassador))[ \t]+(?:of|to)[ \t]+"
            r"(?:[\w'’()-]+[ \t]+){0,8}?(?:(?P<cc>Russian|Russia['’]s|Tajik|Tajikistani|Tajikistan['’]s)\b|(?P<cc2>Russia|Tajikistan)\b"
            rf"|{_CHAMBER}))"
        ),
        _NAME_FIRST_ANCHOR,
        60,
        160,
        (),
    ),
    # Shohin Samadi, deputy foreign minister of Tajikistan
    (
        re.compile(rf"{_NAME},\s+(?:the\s+)?(?P<role>{_OFFICE})\s+of\s+{_COUNTRY}\b"),
        _NAME_FIRST_ANCHOR,
        60,
        120,
        (),
    ),
    # Minister of Foreign Affairs of the Republic of Tajikistan Sirojiddin Muhriddin (the country is
    # read from the title's words)
    (_LONG_TITLE, _LONG_TITLE_ANCHOR, 0, -1, ()),
    (_CHAMBER_LED_BY, re.compile(_CHAMBER), 40, 250, ("led by", "headed by")),
    (
        _SIDE_LED_BY,
        re.compile(rf"\b(?:delegation[ \t]+of[ \t]+(?:the[ \t]+)?)?{_NATION}[ \t]"),
        0,
        -1,
        ("led by", "headed by", "represented by"),
    ),
    (
        _COUNTERPART_NAME,
        re.compile(r"\b(?:his|her|their)[ \t]+(?:Russian|Russia|Tajik)"),
        0,
        -1,
        ("counterpart", "colleague"),
    ),
    (
        _NAMED_BODY_HEAD,
        re.compile(
            r"\b(?:Russian|Russia['’]s|Tajik|Tajikistan['’]s|Dushanbe|Khujand|Moscow|St|Kazan|Yekaterinburg|Novosibirsk)\b"
            r"(?=(?:[ \t.]+[A-Z][\w-]*){0,4}?[ \t]+(?:Secretary|Chairman|Chairwoman|Head|Director|Chief|Commander|Speaker"
            r"|Ombudsman|Commissioner|Prosecutor|Mayor|Governor),?[ \t]+[A-Z])"
        ),
        0,
        -1,
        (),
    ),
    (
        _LOWER_TITLE,
        _HeadBeforePreposition(
            {
                w
                for h in (
                    "chairman",
                    "chairwoman",
                    "chairperson",
                    "speaker",
                    "speakers",
                    "head",
                    "heads",
                    "director",
                    "chief",
                    "minister",
                    "ministers",
                    "secretary",
                    "governor",
                    "commander",
                )
                for w in (h, h.capitalize())
            },
            re.compile(r"(?=[^.;\n]{0,120}?(?:Russia|Tajik)[^.;\n]{0,80}?,[ \t]+[A-Z])"),
        ),  # fmt: skip
        0,
        -1,
        (),
    ),
    # "chaired by Qurbon Hakimzoda (Tajikistan) and Oksana Lut (Russia)"
    (
        re.compile(rf"{_NAME}\s*\((?P<cc>Tajikistan|Russia|the\s+Russian\s+Federation)\)(?P<role>)"),
        re.compile(r"\((?:Tajikistan|Russia|the\s+Russian\s+Federation)\)"),
        60,
        0,
        ("(tajikistan)", "(russia)", "(the russian federation)"),
    ),
    # no country named: Health Minister Jamoliddin Abdullozoda (a surname in -zoda is Tajik)
    (
        re.compile(rf"\b(?P<role>{_OFFICE}|(?i:my|his|her|their)\s+counterpart)\s+{_RANKED_NAME}"),
        re.compile(r"[a-z](?:zoda|zod|zade)\b"),
        90,
        10,
        ("zod",),
    ),
]


# An anchor that opens with "\b" loses the regex engine's scan for its first characters (three to four
# times slower over an article); the patterns keep their own "\b", so the anchors can do without it.
_PATTERNS = [
    (
        pattern,
        re.compile(anchor.pattern[2:], anchor.flags)
        if isinstance(anchor, re.Pattern) and anchor.pattern.startswith("\\b")
        else anchor,
        before,
        after,
        gate,
    )
    for pattern, anchor, before, after, gate in _PATTERNS
]


def _matches(text: str):
    lower = text.lower()
    found: dict[int, list] = {}  # an anchor several patterns share is scanned for once
    for pattern, anchor, before, after, gate in _PATTERNS:
        if gate and not any(g in lower for g in gate):
            continue
        if id(anchor) not in found:
            found[id(anchor)] = list(anchor.finditer(text))
        if after < 0:
            # the pattern begins where its anchor does: try it there only
            for a in found[id(anchor)]:
                m = pattern.match(text, a.start())
                if m:
                    yield m
            continue
        done = -1
        for a in found[id(anchor)]:
            lo = max(0, a.start() - before, done)
            hi = min(len(text), a.end() + after)
            if hi > lo:
                # a window of the text, searched where it lies (offsets stay the text's)
                yield from pattern.finditer(text, lo, hi)
                done = a.end()


_PATRONYMIC = re.compile(r"(?:vich|vna|ich|ichna)$")


def _surname_last(name: str) -> str:
    """Official Russian and Tajik documents write the surname first ("Volvach Dmitry Valeryevich",
    "Solehzoda Ashurboy Abduvohid"): a patronymic last, or a Tajik surname first and none last, says so.
    The name is given back as news writes it, surname last."""
    words = name.split()
    if len(words) == 3 and (
        _PATRONYMIC.search(words[2]) or (_TAJIK_SURNAME.search(words[0]) and not _TAJIK_SURNAME.search(words[2]))
    ):
        return " ".join([*words[1:], words[0]])
    return name


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and _NOT_NAME.fullmatch(words[0]):
        words.pop(0)
    while words and _NOT_NAME.fullmatch(words[-1]):
        words.pop()
    if len(words) < 2 or any(_NOT_NAME.fullmatch(w) for w in words):
        return None
    return " ".join(words)


def find_officials(text: str, known: set[str] | frozenset = frozenset()) -> list[Hit]:
    """Officials of Russia and Tajikistan introduced in ``text`` who are not ``known`` (names or
    surnames of the gazetteer), then every later mention of their surname."""
    found: dict[str, PersonEntry] = {}
    hits: list[Hit] = []
    for m in _matches(text):
        name = _clean_name(m.group("name"))
        if name is None:
            continue
        written, name = name, _surname_last(name)
        if name in known or name.split()[-1] in known:
            continue
        groups = m.groupdict()
        if groups.get("cc") or groups.get("cc2"):
            cc = _CC.get(re.sub(r"\s+", " ", groups.get("cc") or groups["cc2"]).lower())
        elif groups.get("city"):
            cc = "TJ" if groups["city"] in ("Dushanbe", "Khujand") else "RU"
        elif groups.get("region"):
            cc = "RU"
        elif groups.get("tjregion"):
            cc = "TJ"
        elif groups.get("chamber"):
            cc = "TJ" if groups["chamber"].startswith("Majlisi") else "RU"
        elif m.re is _LONG_TITLE and (_RU_WORDS.search(m.group()) or _TJ_WORDS.search(m.group())):
            # the country named first: "Ambassador of the Russian Federation to the Republic of Tajikistan";
            # a Tajik region ("Chairman of Khatlon region") is Tajik, any other region Russian
            title = m.group()[: m.start("name") - m.start() + m.group("name").find(written)]
            ru, tj = _RU_WORDS.search(title), _TJ_WORDS.search(title)
            cc = "RU" if ru and (not tj or ru.start() < tj.start()) else "TJ"
        elif _TAJIK_SURNAME.search(name.split()[-1]):
            cc = "TJ"
        elif host := _HOSTS_THE_OTHER.match(text, m.end()):
            # "Deputy Foreign Minister Sodiq Imomi received Russian Ambassador …": who receives a
            # Russian (Tajik) official in a story of the two countries is of the other one
            cc = "TJ" if host.group("cc").lower().startswith("russia") else "RU"
        else:
            cc = None
        if cc is None:
            continue
        role = m.group("role") or (
            f"{groups['city']} {groups['cityrole']}"
            if groups.get("city")
            else "head of the delegation"
            if m.re is _SIDE_LED_BY or m.re is _CHAMBER_LED_BY
            else "official"
        )
        stripped = m.group("name")[: m.group("name").find(written)].strip()
        if stripped and m.end("role") <= m.start("name"):
            role = f"{role} {stripped}"  # "head of Russia's Federal Migration | Service Konstantin …"
        role = re.sub(r"\s+", " ", role).strip(" ,")
        if not re.search(r"\b(?:of|to)\s+(?:Russia|Tajikistan)\b|Russia|Tajik", role):
            role = f"{role} ({'Russia' if cc == 'RU' else 'Tajikistan'})"
        entry = found.setdefault(name, PersonEntry(name=name, country=cc, role=role[:200], known=False))
        start = m.start("name") + m.group("name").find(written)
        hits.append(Hit(start, start + len(written), entry))
        second = _clean_name(groups.get("name2") or "") if groups.get("name2") else None
        if second and second not in known and second.split()[-1] not in known:
            entry2 = found.setdefault(second, PersonEntry(name=second, country=cc, role=role[:200], known=False))
            hits.append(Hit(m.start("name2"), m.start("name2") + len(second), entry2))
    if not found:
        return []
    # later mentions by surname ("Rudenko said …")
    by_surname = {e.surname: e for e in found.values() if e.surname not in known}
    taken = [(h.start, h.end) for h in hits]
    if by_surname:
        for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, by_surname)) + r")\b", text):
            if not any(s <= m.start() < e for s, e in taken):
                hits.append(Hit(m.start(), m.end(), by_surname[m.group()]))
    hits.sort(key=lambda h: h.start)
    out, last_end = [], -1
    for h in hits:
        if h.start >= last_end:
            out.append(h)
            last_end = h.end
    return out
