"""Error events: the data model the splitter produces and the matcher consumes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Frame:
    """One stack frame as printed: `file` exactly as in the output (may be relative)."""

    file: str
    line: int | None
    function: str | None = None

    def as_json(self) -> dict:
        return {"file": self.file, "line": self.line, "function": self.function}


@dataclass
class ExceptionBlock:
    """One raised exception (or one error line): what the KB's regexes are matched against.

    `message` is the full text: `Type: first line` plus continuation lines (Keras prints
    multi-line messages). `line` is the 1-based line of the key error line in the input.
    """

    exc_type: str | None
    message: str
    line: int
    text: str
    frames: list[Frame] = field(default_factory=list)


@dataclass
class ErrorEvent:
    """One error in the output. A chained traceback is one event with several blocks.

    kinds: traceback, ipython, exception-group, pytest, warning, log, exception (a bare
    `XError: ...` line with no traceback, e.g. pasted text).
    """

    kind: str
    blocks: list[ExceptionBlock]
    start_line: int
    end_line: int

    @property
    def final(self) -> ExceptionBlock:
        """The exception that ended the program: the last block of a chain."""
        return self.blocks[-1]

    @property
    def line(self) -> int:
        return self.final.line

    @property
    def text(self) -> str:
        return self.final.text

    @property
    def frames(self) -> list[Frame]:
        return self.final.frames

    def all_frames(self) -> list[Frame]:
        out: list[Frame] = []
        for block in self.blocks:
            out.extend(block.frames)
        return out
