"""Synthetic KBs of any size with the pattern shapes real entries have.

Real entries mix: an exception type plus a long literal phrase with `\\s+` between words, named
captures for names, `\\d+` for shapes, alternations of two wordings, and a few short generic
patterns. The generator reproduces that mix with made-up words, deterministically.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

_SYLLABLES = ["ka", "ro", "ten", "sor", "mi", "lex", "da", "vin", "qu", "pel", "tra", "gon", "ul", "fex", "bri"]
_TYPES = ["ValueError", "RuntimeError", "TypeError", "KeyError", "AttributeError", "ImportError", "OSError"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))


def _phrase(rng: random.Random, words: int) -> str:
    return r"\s+".join(_word(rng) for _ in range(words))


def _pattern(rng: random.Random) -> str:
    shape = rng.random()
    exc = rng.choice(_TYPES)
    if shape < 0.45:
        return rf"{exc}: {_phrase(rng, rng.randint(3, 7))}"
    if shape < 0.65:
        return rf"(?P<class_name>\w+) {_phrase(rng, 3)} \d+ {_phrase(rng, 2)}"
    if shape < 0.85:
        return rf"(?:{_phrase(rng, 3)}|{_phrase(rng, 3)}) {_word(rng)}"
    if shape < 0.95:
        return rf"Expected \d+ {_word(rng)} but got (?P<argument>\S+) {_phrase(rng, 2)}"
    return rf"^{exc}: .*{_word(rng)}"


def make_entries(count: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    entries = []
    for index in range(count):
        domain = rng.choice(["synth", "bench", "gen"])
        entries.append(
            {
                "id": f"{domain}/entry-{index:05d}",
                "signature": f"{rng.choice(_TYPES)}: {_word(rng)} {_word(rng)}",
                "regex": _pattern(rng),
                "patterns": [{"regex": _pattern(rng)} for _ in range(rng.randint(0, 2))],
                "domain": domain,
                "root_cause": " ".join(_word(rng) for _ in range(12)),
                "workarounds": [{"action": " ".join(_word(rng) for _ in range(8)), "success_rate": 0.7}],
                "confidence": round(rng.uniform(0.5, 0.95), 2),
            }
        )
    return entries


def write_kb(directory: Path, count: int, seed: int = 1) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for entry in make_entries(count, seed):
        domain, slug = entry["id"].split("/")
        (directory / domain).mkdir(exist_ok=True)
        (directory / domain / f"{slug}.json").write_text(json.dumps(entry))
    return directory
