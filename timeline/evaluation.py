"""Scoring extraction against a gold file. Pure functions: export JSON and gold in, a report out.

Gold (``gold.json``): ``{"events": [{"article", "date" (YYYY-MM-DD | YYYY-MM | YYYY), "precision",
"status", "kind", "participants" (surnames), "place", "topics", "evidence"}]}``, one entry per
contact per article; ``"optional": true`` marks an ambiguous contact: found, it is neither a match
nor a false event; missed, it is not a miss.

Extracted items are the export's events seen per article: an event reported by two articles
is one item in each, with the topics that article gives it (gold topics are per article too). An item matches a gold entry of the same article when its date equals the
gold date at the gold's precision (one day of slack when the article's date for it was relative,
counted apart as "slack") and they share at least one participant surname.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

TARGETS = {"event_f1": 0.90, "date_exact": 0.95, "topic_f1": 0.85, "distractor_events": 0, "undated_share": 0.05}


def surname_key(name: str) -> str:
    """A comparable surname skeleton: last word, consonants only, doubles collapsed, a final -ov/-ev
    dropped, so that transliterations compare equal (Shoygu/Shoigu, Rahmonov/Rahmon, Khairulloev/Khayrulloyev);
    a surname the gazetteer knows as a former name of one person is that person's (Aslov is Muhriddin)."""
    key = _skeleton(name)
    return _renamed().get(key, key)


@lru_cache(maxsize=1)
def _renamed() -> dict[str, str]:
    from timeline.extraction.gazetteer_data import PEOPLE

    owners: dict[str, set[str]] = {}
    for person in PEOPLE:
        own = _skeleton(person["name"])
        # names only: an honorific ("Leader of the Nation") is no surname
        names = [
            a for a in [person["name"], *person.get("aliases", [])] if re.fullmatch(r"(?:[A-Z][\w.'’-]*\s*){1,4}", a)
        ]
        for alias in names:
            owners.setdefault(_skeleton(alias), set()).add(own)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1 and k not in v}


def _skeleton(name: str) -> str:
    word = name.strip().split()[-1].lower() if name.strip() else ""
    word = word.replace("kh", "h").replace("zh", "j").replace("dzh", "j")
    word = re.sub(r"[^a-z]", "", word)
    skeleton = re.sub(r"[aeiouy]", "", word)
    skeleton = re.sub(r"(.)\1+", r"\1", skeleton)
    if len(skeleton) > 2 and skeleton.endswith("v"):
        skeleton = skeleton[:-1]
    return skeleton or word


def _at_precision(date: str, precision: str) -> str:
    return {"day": date[:10], "week": date[:10], "month": date[:7], "year": date[:4]}.get(precision, date)


@dataclass
class Item:
    article: str
    event_id: int | None
    date: str | None
    precision: str
    status: str
    kind: str
    participants: set[str]
    place: str | None
    topics: set[str]
    quote: str
    relative: bool


@dataclass
class Report:
    gold: int = 0
    extracted: int = 0
    matched: int = 0
    slack: int = 0
    date_exact: int = 0
    participant_tp: int = 0
    participant_fp: int = 0
    participant_fn: int = 0
    topic_tp: int = 0
    topic_fp: int = 0
    topic_fn: int = 0
    status_ok: int = 0
    kind_ok: int = 0
    distractor_events: int = 0
    misses: list[dict] = field(default_factory=list)
    false_events: list[dict] = field(default_factory=list)
    approximate: list[dict] = field(default_factory=list)  # matched a day off (relative dates)
    undated: int = 0
    mentions: int = 0  # all mentions exported, dated or not
    # the same, of articles whose own date is known (the target is on these: an article with no
    # date of its own can leave a "Tuesday" undated)
    undated_known: int = 0
    mentions_known: int = 0
    topic_counts: dict[str, list[int]] = field(default_factory=dict)  # slug: [tp, fp, fn]
    topic_errors: list[dict] = field(default_factory=list)  # matched events whose topics differ
    people_errors: list[dict] = field(default_factory=list)  # matched events whose participants differ
    kind_confusion: Counter = field(default_factory=Counter)  # (gold kind, found kind) of matched events

    @staticmethod
    def _f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

    def summary(self) -> dict:
        precision = self.matched / self.extracted if self.extracted else 1.0
        recall = self.matched / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        m = self.matched or 1
        return {
            "gold_events": self.gold,
            "extracted_events": self.extracted,
            "matched": self.matched,
            "event_precision": round(precision, 3),
            "event_recall": round(recall, 3),
            "event_f1": round(f1, 3),
            "date_exact": round(self.date_exact / m, 3),
            "matched_with_one_day_slack": self.slack,
            "participant_f1": round(self._f1(self.participant_tp, self.participant_fp, self.participant_fn), 3),
            "topic_f1": round(self._f1(self.topic_tp, self.topic_fp, self.topic_fn), 3),
            "status_accuracy": round(self.status_ok / m, 3),
            "kind_accuracy": round(self.kind_ok / m, 3),
            "distractor_events": self.distractor_events,
            "undated_mentions": self.undated,
            "mentions": self.mentions,
            "undated_share": round(self.undated / self.mentions, 3) if self.mentions else 0.0,
            "undated_mentions_dated_articles": self.undated_known,
            "mentions_dated_articles": self.mentions_known,
            "undated_share_dated_articles": round(self.undated_known / self.mentions_known, 3)
            if self.mentions_known
            else 0.0,
        }

    def failures(self) -> list[str]:
        s = self.summary()
        out = []
        for key in ("event_f1", "date_exact", "topic_f1"):
            if s[key] < TARGETS[key]:
                out.append(f"{key} {s[key]} < {TARGETS[key]}")
        if s["undated_share_dated_articles"] > TARGETS["undated_share"]:
            out.append(
                f"{s['undated_mentions_dated_articles']} of {s['mentions_dated_articles']} mentions of dated "
                f"articles undated (> {TARGETS['undated_share']:.0%})"
            )
        if s["distractor_events"] > TARGETS["distractor_events"]:
            out.append(f"{s['distractor_events']} events from distractor articles")
        return out


def items_from_export(data: dict) -> list[Item]:
    """One item per (event, article) from ``export_events`` JSON."""
    items = []
    for event in data.get("events", []):
        by_article: dict[str, list[dict]] = {}
        for m in event.get("mentions", []):
            by_article.setdefault(m["article"], []).append(m)
        for article, mentions in by_article.items():
            items.append(
                Item(
                    article=article,
                    event_id=event.get("id"),
                    date=event.get("date"),
                    precision=event.get("date_precision", "day"),
                    status=event.get("status", ""),
                    kind=event.get("kind", ""),
                    participants={surname_key(p["name"]) for p in event.get("participants", [])},
                    place=event.get("place"),
                    # topics as this article reports them (an event's own topics unite all its sources)
                    topics=set().union(*(m.get("article_topics", event.get("topics", [])) for m in mentions)),
                    quote=mentions[0].get("quote", ""),
                    relative=any(m.get("date_resolution") in {"relative", "weekday"} for m in mentions),
                )
            )
    return items


def _date_match(item: Item, gold: dict) -> tuple[bool, bool]:
    """(matches, exactly): equal at the gold's precision, or one day apart for a relative date."""
    if not item.date:
        return False, False
    precision = gold.get("precision", "day")
    if _at_precision(item.date, precision) == _at_precision(gold["date"], precision):
        return True, True
    if "week" in (precision, item.precision) and len(item.date) == 10 and len(gold["date"]) == 10:
        # a week is known to the week: "last week" read as its Monday or as seven days back is one week
        delta = abs((dt.date.fromisoformat(item.date) - dt.date.fromisoformat(gold["date"])).days)
        return delta <= 6, delta <= 6
    if precision == "day" and item.relative and len(item.date) == 10 and len(gold["date"]) == 10:
        delta = abs((dt.date.fromisoformat(item.date) - dt.date.fromisoformat(gold["date"])).days)
        return delta <= 1, False
    return False, False


def evaluate(export: dict, gold: dict, articles: list[str]) -> Report:
    """Score ``export`` (export_events JSON) against ``gold`` for the ``articles`` (file names) evaluated."""
    report = Report()
    all_gold = gold.get("events", [])
    gold_events = [g for g in all_gold if not g.get("optional")]
    report.gold = len(gold_events)
    items = items_from_export(export)
    undated = export.get("undated", [])
    report.undated = len(undated)
    report.mentions = len(undated) + sum(
        len(e.get("mentions", [])) for e in export.get("events", []) if e.get("date") is not None
    )
    report.undated_known = sum(1 for m in undated if m.get("published"))
    report.mentions_known = report.undated_known + sum(
        1
        for e in export.get("events", [])
        if e.get("date") is not None
        for m in e.get("mentions", [])
        if m.get("published")
    )
    relevant = {g["article"] for g in all_gold}
    distractors = set(articles) - relevant
    used: set[int] = set()

    def candidates_of(g: dict, exact_only: bool) -> list:
        want = {surname_key(p) for p in g.get("participants", [])}
        out = []
        for i, item in enumerate(items):
            if i in used or item.article != g["article"]:
                continue
            ok, exact = _date_match(item, g)
            overlap = len(want & item.participants)
            # (a contact whose report names nobody, "the secretaries of the two security councils
            # met", is matched by its date alone)
            if ok and (overlap or not want) and (exact or not exact_only):
                out.append((not exact, -overlap, item.kind != g.get("kind"), i))
        return out

    # Exact dates first, for every gold event; a day's slack only for those still unmatched (a
    # relative date a day off must not take the item of another contact dated exactly). Contacts
    # that name people are matched before those that name nobody, which take what is left.
    chosen: dict[int, tuple] = {}
    for named, exact_only in ((True, True), (True, False), (False, True), (False, False)):
        for k, g in enumerate(gold_events):
            if k not in chosen and bool(g.get("participants")) == named:
                options = candidates_of(g, exact_only)
                if options:
                    chosen[k] = min(options)
                    used.add(chosen[k][-1])
    for k, g in enumerate(gold_events):
        want = {surname_key(p) for p in g.get("participants", [])}
        if k not in chosen:
            cause, near = miss_cause(g, [x for j, x in enumerate(items) if j not in used], undated)
            if cause in {"no trigger", "missing side"}:
                taken = [items[j] for j in used if items[j].article == g["article"] and _date_match(items[j], g)[0]]
                if any(want & x.participants for x in taken):
                    cause, near = "merged", ", ".join(sorted({x.kind for x in taken}))
            report.misses.append(
                {
                    "article": g["article"],
                    "date": g["date"],
                    "participants": g.get("participants"),
                    "evidence": g.get("evidence", ""),
                    "cause": cause,
                    "found": near,
                }
            )
            continue
        not_exact, i = chosen[k][0], chosen[k][-1]
        item = items[i]
        report.matched += 1
        if not_exact:
            report.slack += 1
            report.approximate.append(
                {"article": g["article"], "date": g["date"], "found": item.date, "quote": item.quote[:150]}
            )
        else:
            report.date_exact += 1
        report.participant_tp += len(want & item.participants)
        report.participant_fp += len(item.participants - want)
        report.participant_fn += len(want - item.participants)
        if want != item.participants:
            report.people_errors.append(_difference(g, item, item.participants, want))
        gold_topics = set(g.get("topics", []))
        report.topic_tp += len(gold_topics & item.topics)
        report.topic_fp += len(item.topics - gold_topics)
        report.topic_fn += len(gold_topics - item.topics)
        for slug in gold_topics | item.topics:
            counts = report.topic_counts.setdefault(slug, [0, 0, 0])
            counts[0 if slug in gold_topics & item.topics else 1 if slug in item.topics else 2] += 1
        if gold_topics != item.topics:
            report.topic_errors.append(_difference(g, item, item.topics, gold_topics))
        report.status_ok += item.status == g.get("status")
        report.kind_ok += item.kind == g.get("kind")
        if item.kind != g.get("kind"):
            report.kind_confusion[(g.get("kind", ""), item.kind)] += 1
    matched = set(used)
    for g in [g for g in all_gold if g.get("optional")]:
        # an optional contact found is no false event (and no match: it does not count at all)
        i = _best_item(items, g, used)
        if i is not None:
            used.add(i)
    report.extracted = len(items) - (len(used) - len(matched))
    for i, item in enumerate(items):
        if i in used:
            continue
        entry = {
            "article": item.article,
            "date": item.date,
            "title_participants": sorted(item.participants),
            "quote": item.quote,
        }
        report.false_events.append(entry)
        if item.article in distractors:
            report.distractor_events += 1
    return report


def _difference(g: dict, item: Item, found: set[str], want: set[str]) -> dict:
    """A matched event whose topics or participants differ from the gold's."""
    return {
        "article": g["article"],
        "date": g["date"],
        "extra": sorted(found - want),
        "missing": sorted(want - found),
        "quote": item.quote[:120],
    }


def _best_item(items: list[Item], g: dict, used: set[int]) -> int | None:
    want = {surname_key(p) for p in g.get("participants", [])}
    options = []
    for i, item in enumerate(items):
        if i in used or item.article != g["article"]:
            continue
        ok, exact = _date_match(item, g)
        if ok and (want & item.participants or not want):  # an optional contact may name nobody
            options.append((not exact, -len(want & item.participants), i))
    return min(options)[2] if options else None


MISS_CAUSES = {
    "undated": "found, but with no date",
    "wrong date": "found with its people, dated otherwise",
    "missing side": "a contact of that date found, without these people",
    "merged": "its people and date are in an event that matched another contact",
    "no trigger": "nothing of it found in the article",
}


def miss_cause(g: dict, items: list[Item], undated: list[dict]) -> tuple[str, str]:
    """Why a gold event was missed, as far as the export tells: (cause, what was found instead)."""
    want = {surname_key(p) for p in g.get("participants", [])}
    mine = [x for x in items if x.article == g["article"]]
    for m in undated:
        if m.get("article") == g["article"] and want & {surname_key(p) for p in m.get("participants", [])}:
            return "undated", m.get("quote", "")[:100]
    with_people = [x for x in mine if want & x.participants]
    if with_people:
        return "wrong date", ", ".join(sorted({str(x.date) for x in with_people}))
    same_day = [x for x in mine if _date_match(x, g)[0]]
    if same_day:
        return "missing side", ", ".join(sorted({p for x in same_day for p in x.participants}))
    return "no trigger", ""


def format_report(report: Report, *, summary_only: bool = False) -> str:
    s = report.summary()
    lines = [
        f"events: gold {s['gold_events']}, extracted {s['extracted_events']}, matched {s['matched']}",
        f"event precision {s['event_precision']:.3f}  recall {s['event_recall']:.3f}  F1 {s['event_f1']:.3f}",
        f"date exact-match on matched events {s['date_exact']:.3f}  (matched with one-day slack: {s['matched_with_one_day_slack']})",
        f"participant F1 {s['participant_f1']:.3f}  topic micro-F1 {s['topic_f1']:.3f}",
        f"status accuracy {s['status_accuracy']:.3f}  kind accuracy {s['kind_accuracy']:.3f}",
        f"false events from distractor articles: {s['distractor_events']}; undated mentions: {s['undated_mentions']} of {s['mentions']} ({100 * s['undated_share']:.1f}%)"
        f"; in articles with a date: {s['undated_mentions_dated_articles']} of {s['mentions_dated_articles']} "
        f"({100 * s['undated_share_dated_articles']:.1f}%)",
    ]
    if report.topic_counts:
        lines.append(
            "topics (found/extra/missed): "
            + ", ".join(f"{slug} {tp}/{fp}/{fn}" for slug, (tp, fp, fn) in sorted(report.topic_counts.items()))
        )
    if report.kind_confusion:
        lines.append(
            "kinds differ (gold -> found): "
            + ", ".join(f"{g} -> {f} {n}" for (g, f), n in report.kind_confusion.most_common())
        )
    if report.misses:
        causes = Counter(m.get("cause", "no trigger") for m in report.misses)
        lines.append(f"\nmisses ({len(report.misses)}): " + ", ".join(f"{c} {n}" for c, n in causes.most_common()))
    if summary_only:
        lines.append(f"false events: {len(report.false_events)}; matched a day off: {len(report.approximate)}")
        return "\n".join(lines)
    if report.misses:
        for cause in MISS_CAUSES:
            group = [m for m in report.misses if m.get("cause", "no trigger") == cause]
            if group:
                lines.append(f"  {cause} ({len(group)}: {MISS_CAUSES[cause]}):")
            for m in group:
                found = f" [found: {m['found']}]" if m.get("found") else ""
                lines.append(
                    f"    - {m['article']} {m['date']} {', '.join(m['participants'] or [])}{found}: {m['evidence'][:150]}"
                )
    if report.approximate:
        lines.append(f"\nmatched a day off ({len(report.approximate)}):")
        for a in report.approximate:
            lines.append(f"  - {a['article']} gold {a['date']}, found {a['found']}: {a['quote']}")
    for what, errors in (("topics", report.topic_errors), ("participants", report.people_errors)):
        if errors:
            lines.append(f"\n{what} differ ({len(errors)} matched events):")
        for t in errors:
            diff = " ".join([f"+{x}" for x in t["extra"]] + [f"-{x}" for x in t["missing"]])
            lines.append(f"  - {t['article']} {t['date']} {diff}: {t['quote']}")
    if report.false_events:
        lines.append(f"\nfalse events ({len(report.false_events)}):")
        for f in report.false_events:
            lines.append(f"  - {f['article']} {f['date']} {', '.join(f['title_participants'])}: {f['quote'][:160]}")
    return "\n".join(lines)
