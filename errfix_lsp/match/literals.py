"""Required literals of a regex: text that must appear in anything the regex matches.

The matcher uses them as a prefilter (an Aho-Corasick scan finds which patterns can possibly
match), and their total length as a measure of how specific a pattern is. Patterns the
stdlib parser cannot read (syntax only the `regex` module has) simply have no literals and are
always tried.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

MIN_LITERAL = 2
# Words almost every error output contains: as the only required literal they filter nothing, so
# another required literal of the same pattern is preferred when there is one.
_COMMON = frozenset(
    {
        "error",
        "errors",
        "exception",
        "warning",
        "traceback",
        "file",
        "line",
        "failed",
        "fail",
        "cannot",
        "not",
        "the",
        "found",
        "expected",
        "object",
        "time",
        "type",
        "value",
        "invalid",
        "unable",
    }
)


@dataclass(frozen=True)
class Requirement:
    """`any_of`: at least one of these (lower-cased) strings occurs in every match.

    Empty `any_of` means no usable literal: the pattern must always be tried.
    `weight`: characters of literal text a match must contain (specificity).
    """

    any_of: tuple[str, ...]
    weight: int
    parsed: bool = True  # False: the stdlib parser could not read it (regex-only syntax or invalid)


_SEEDED: dict[str, Requirement] = {}


def seed(known: dict[str, Requirement]) -> None:
    """Requirements read back from the KB index cache (kb/index_cache.py): not parsed again."""
    _SEEDED.update(known)


def requirement(pattern: str) -> Requirement:
    """Cached: the loader's validation and the matcher ask for the same patterns."""
    found = _SEEDED.get(pattern)
    return found if found is not None else _requirement(pattern)


@cache
def _requirement(pattern: str) -> Requirement:
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 - any parse failure means "no prefilter"
        return Requirement((), 0, parsed=False)
    best, weight = _sequence(list(parsed))
    if best is None or min(len(s) for s in best) < MIN_LITERAL:
        return Requirement((), weight)
    return Requirement(tuple(sorted(set(best))), weight)


def _sequence(items: list) -> tuple[list[str] | None, int]:
    """(best disjunction of required literals, total required literal length) of a sequence."""
    options: list[list[str]] = []
    run: list[str] = []
    weight = 0

    def close_run() -> None:
        if run:
            options.append(["".join(run).lower()])
            run.clear()

    for op, arg in items:
        if op is _c.LITERAL:
            run.append(chr(arg))
            weight += 1
            continue
        close_run()
        if op is _c.SUBPATTERN:
            body = arg[-1]
            sub_best, sub_weight = _sequence(list(body))
            weight += sub_weight
            if sub_best:
                options.append(sub_best)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, body = arg
            if low >= 1:
                sub_best, sub_weight = _sequence(list(body))
                weight += sub_weight
                if sub_best:
                    options.append(sub_best)
        elif op is _c.BRANCH:
            branch_options = []
            branch_weights = []
            for branch in arg[1]:
                sub_best, sub_weight = _sequence(list(branch))
                branch_weights.append(sub_weight)
                branch_options.append(sub_best)
            weight += min(branch_weights, default=0)
            if branch_options and all(branch_options):
                options.append([s for opt in branch_options for s in opt])
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            sub_best, sub_weight = _sequence(list(arg))
            weight += sub_weight
            if sub_best:
                options.append(sub_best)
    close_run()
    if not options:
        return None, weight
    return max(options, key=_selectivity), weight


def _is_common(literal: str) -> bool:
    """A ubiquitous word, or an exception type name: every traceback of that type contains it."""
    word = literal.strip(" :.,")
    return word in _COMMON or word.endswith(("error", "exception", "warning"))


def _selectivity(option: list[str]) -> tuple[bool, int, int]:
    """Rank alternatives: no ubiquitous word first, then the longest shortest literal, then fewest."""
    common = any(_is_common(literal) for literal in option)
    return (not common, min(len(s) for s in option), -len(option))
