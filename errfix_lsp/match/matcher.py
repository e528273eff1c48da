"""Matches error events against the KB: prefilter, bounded regex search, specific-first ranking.

Cost per event does not grow with KB size: an Aho-Corasick automaton over every pattern's
required literals picks the few patterns that can match, and only those run. Every regex search
has a time limit; a pattern that exceeds it is quarantined (never run again) and reported once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import ahocorasick
import regex

from ..kb.load import KnowledgeBase
from ..kb.model import Entry
from .events import ErrorEvent
from .literals import requirement
from .versions import infer_versions, versions_fit

REGEX_TIMEOUT = 0.05  # seconds per search; a catastrophic pattern costs at most this once
MAX_MATCH_TEXT = 16_384  # characters of one message the regexes see


@dataclass(frozen=True)
class Match:
    """An entry that recognises an event. `block` indexes the event block it matched."""

    entry: Entry
    score: float
    captures: dict[str, str]
    block: int = -1
    pattern: int = 0

    def as_json(self) -> dict:
        return {
            "id": self.entry.id,
            "score": round(self.score, 4),
            "signature": self.entry.signature,
            "captures": self.captures,
        }


@dataclass
class _Compiled:
    """One pattern; compiled on first use, so a 10,000-entry KB loads without 10,000 compiles."""

    entry: Entry
    index: int
    source: str
    versions: tuple[str, ...]
    weight: int
    compiled: regex.Pattern | None = None


@dataclass
class Quarantine:
    """Patterns switched off after a timeout; `on_new` is told once per pattern."""

    items: dict[tuple[str, int], str] = field(default_factory=dict)
    on_new: Callable[[str, str], None] | None = None

    def add(self, entry: Entry, index: int, reason: str) -> None:
        key = (entry.id, index)
        if key in self.items:
            return
        self.items[key] = reason
        if self.on_new:
            self.on_new(entry.path or entry.id, f"{entry.id} pattern {index}: {reason}")


class Matcher:
    def __init__(
        self,
        kb: KnowledgeBase | Iterable[Entry],
        timeout: float = REGEX_TIMEOUT,
        on_quarantine: Callable[[str, str], None] | None = None,
    ) -> None:
        entries = kb.entries if isinstance(kb, KnowledgeBase) else list(kb)
        self.timeout = timeout
        self.quarantine = Quarantine(on_new=on_quarantine)
        self.starved = 0  # searches cut short by the process's other threads, not by their regex
        self._patterns: list[_Compiled] = []
        self._always: list[int] = []
        self._automaton = ahocorasick.Automaton()
        owners: dict[str, list[int]] = {}
        for entry in entries:
            for index, pattern in enumerate(entry.all_patterns()):
                need = requirement(pattern.regex)
                slot = len(self._patterns)
                self._patterns.append(_Compiled(entry, index, pattern.regex, pattern.versions, need.weight))
                if need.any_of:
                    for literal in need.any_of:
                        owners.setdefault(literal, []).append(slot)
                else:
                    self._always.append(slot)
        for literal, slots in owners.items():
            self._automaton.add_word(literal, tuple(slots))
        if owners:
            self._automaton.make_automaton()
        self._has_literals = bool(owners)

    def __len__(self) -> int:
        return len(self._patterns)

    def candidates(self, text: str) -> list[int]:
        """Pattern slots that can match `text` (required literal present, or none known)."""
        found: set[int] = set(self._always)
        if self._has_literals:
            for _end, slots in self._automaton.iter(text.lower()):
                found.update(slots)
        return sorted(found)

    def match_text(self, text: str, env: dict[str, str] | None = None, final: bool = True) -> list[Match]:
        """Entries matching one message, best first (one Match per entry)."""
        text = text[:MAX_MATCH_TEXT]
        # Messages wrapped by the library, the terminal or a forum paste are also tried with
        # their whitespace runs folded to one space, so a phrase split across lines still matches.
        folded = " ".join(text.split()) if "\n" in text else ""
        slots = set(self.candidates(text))
        if folded:
            slots.update(self.candidates(folded))
        best: dict[str, Match] = {}
        for slot in sorted(slots):
            item = self._patterns[slot]
            if (item.entry.id, item.index) in self.quarantine.items:
                continue
            compiled = item.compiled or self._compile(item)
            if compiled is None:
                continue
            started = time.thread_time()
            try:
                found = compiled.search(text, timeout=self.timeout)
                if found is None and folded:
                    found = compiled.search(folded, timeout=self.timeout)
            except TimeoutError:
                # regex's clock is the CPU time of the whole process: with the event loop busy,
                # a sound pattern can run out of it. Only one that spent at least half the
                # time itself is switched off; the other is skipped for this message only.
                if time.thread_time() - started >= self.timeout / 2:
                    self.quarantine.add(item.entry, item.index, f"timed out after {self.timeout}s")
                else:
                    self.starved += 1
                continue
            except (RecursionError, MemoryError):
                self.quarantine.add(item.entry, item.index, "too complex")
                continue
            if found is None:
                continue
            score = _score(item, env or {}, final)
            previous = best.get(item.entry.id)
            if previous is None or score > previous.score:
                captures = {k: v for k, v in found.groupdict().items() if v is not None}
                best[item.entry.id] = Match(item.entry, score, captures, pattern=item.index)
        return sorted(best.values(), key=_rank_key)

    def _compile(self, item: _Compiled) -> regex.Pattern | None:
        try:
            item.compiled = regex.compile(item.source, regex.MULTILINE)
        except (regex.error, TypeError, ValueError, OverflowError, RecursionError) as exc:
            self.quarantine.add(item.entry, item.index, f"invalid regex: {exc}")
            return None
        return item.compiled

    def match_event(self, event: ErrorEvent) -> list[Match]:
        """Entries matching any block of the event; ties go to the exception that ended it."""
        env = infer_versions(event.all_frames())
        best: dict[str, Match] = {}
        last = len(event.blocks) - 1
        for index, block in enumerate(event.blocks):
            for match in self.match_text(block.message, env, final=index == last):
                placed = Match(match.entry, match.score, match.captures, index, match.pattern)
                previous = best.get(match.entry.id)
                if previous is None or placed.score > previous.score:
                    best[match.entry.id] = placed
        return sorted(best.values(), key=_rank_key)


def _score(item: _Compiled, env: dict[str, str], final: bool) -> float:
    """Specific before generic: literal text required by the pattern dominates the score."""
    specificity = min(1.0, item.weight / 80)
    fit = versions_fit(item.versions, env)
    version_term = {True: 1.0, None: 0.5, False: 0.0}[fit]
    score = (
        0.6 * specificity + 0.2 * item.entry.confidence + 0.15 * version_term + 0.05 * (1.0 if final else 0.0)
    )
    return max(0.0, min(1.0, score))


def _rank_key(match: Match) -> tuple:
    return (-(match.score + 0.1 * match.entry.priority), match.entry.id)
