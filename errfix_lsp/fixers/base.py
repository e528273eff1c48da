"""The fixer contract: source text and a match in, a new source text (or a reason to decline) out.

A fixer never touches files or editors. It gets the text of the file the diagnostic is in, the
captures of the KB match, and the line the error points at; it returns the whole fixed text.
The framework turns that into minimal text edits (see `edits.py`), so fixers stay simple and the
edits keep everything the fixer did not mean to change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

Safety = Literal["safe", "unsafe"]


@dataclass(frozen=True)
class FixRequest:
    """What a fixer is asked to fix.

    source: full text of the target file, exactly as in the editor (any line endings).
    captures: named groups of the KB match (e.g. {"class_name": "MyDense"}).
    entry_id: the KB entry that matched.
    line: 1-based line the diagnostic is on in this file (None when unknown).
    path: the file's path, for messages only (fixers must not read files).
    """

    source: str
    captures: Mapping[str, str] = field(default_factory=dict)
    entry_id: str = ""
    line: int | None = None
    path: str | None = None


@dataclass(frozen=True)
class Fix:
    """A proposed change. `new_source` is the whole fixed file; `command` a shell command to
    offer instead of an edit (e.g. `pip install scikit-learn`); `note` what the user must still
    decide (e.g. "replace the lambda with a registered function").

    `safety` is "unsafe" when applying the fix can do harm errfix cannot check (a command that
    installs code from the internet); `unsafe_because` says why, in a few words, for the title.
    An unsafe fix is never preferred (editors apply preferred fixes on a single key).
    """

    title: str
    new_source: str | None = None
    command: str | None = None
    note: str = ""
    preferred: bool = True
    safety: Safety = "safe"
    unsafe_because: str = ""


@dataclass(frozen=True)
class Declined:
    """Why a fixer did not offer a fix (file does not parse, class not found, already fixed...)."""

    reason: str


FixResult = Fix | Declined


@dataclass(frozen=True)
class Fixer:
    """A registered fixer. `fix` must be pure and must not raise on any input."""

    id: str
    title: str
    fix: Callable[[FixRequest], FixResult]
    entries: tuple[str, ...] = ()
    safety: Safety = "safe"  # "unsafe": every fix it offers is unsafe
