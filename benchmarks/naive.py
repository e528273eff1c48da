"""The baseline errfix is measured against: every regex of the KB searched in every event.

This is how comparable tools match (a loop over all patterns), with the same compiled patterns,
flags and message text as errfix, so the only difference measured is the prefilter.
"""

from __future__ import annotations

import regex

from errfix_lsp.kb.model import Entry
from errfix_lsp.match.events import ErrorEvent


class NaiveMatcher:
    def __init__(self, entries: list[Entry]) -> None:
        self.patterns = []
        for entry in entries:
            for pattern in entry.all_patterns():
                try:
                    self.patterns.append((entry, regex.compile(pattern.regex, regex.MULTILINE)))
                except regex.error:
                    continue

    def match_event(self, event: ErrorEvent) -> list[Entry]:
        found: dict[str, Entry] = {}
        for block in event.blocks:
            text = block.message[:16_384]
            folded = " ".join(text.split()) if "\n" in text else ""  # same wrapped-text rule as errfix
            for entry, compiled in self.patterns:
                if entry.id in found:
                    continue
                try:
                    hit = compiled.search(text, timeout=0.05) or (folded and compiled.search(folded, timeout=0.05))
                except TimeoutError:
                    continue
                if hit:
                    found[entry.id] = entry
        return list(found.values())
