"""Splits cleaned output into error events: tracebacks with their frames, pytest failures,
warnings, logger/CLI error lines and bare exception lines, and errors printed with no
`SomeError:` head at all (see `_parse_headless`): pip/conda/build-tool errors, shell errors,
crash lines and `Fatal Python error` dumps, notices printed by import hooks, C++ log lines at
warning/error level that carry an error, and losses gone NaN.

What the KB's regexes see for a head-less event (its block's `message`): the line as printed
(minus the prefixes `_LINE_PREFIX` removes) plus its continuation lines; a crash is the signal's
description (`Segmentation fault (core dumped)`); `X (see above for traceback): msg` becomes
`X: msg`; a `Fatal Python error` dump is its header lines plus the crash line that ends it.

The scan is two-level so that long logs stay cheap: one C-speed regex pass finds the few lines
that could start an event, and only those (and what follows them) are parsed line by line.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .events import ErrorEvent, ExceptionBlock, Frame

MAX_LINE = 8_192  # longer lines are cut for parsing; a 10 MB line costs no more than this
MAX_MESSAGE_LINES = 60
MAX_FRAMES = 400  # a 10,000-frame recursion keeps its outermost and innermost frames

# Anything that can start an event contains one of these.
_TRIGGER = regex.compile(
    r"Traceback \(most recent call last\)|Error|error|ERROR|Exception|Warning|FATAL|[Ff]atal"
    r"|CRITICAL|Interrupt|SystemExit|StopIteration|^E(?:[ \t]|$)|^[ \t]*File \"|Killed[ \t]*$"
    r"|No module named|not created successfully|Failed:",
    regex.MULTILINE,
)
# Head-less errors (`_parse_headless`) contain one of these. Each is its own pass: a lone literal
# is found at memory speed, while adding them to `_TRIGGER`'s alternation tripled its cost.
_HEADLESS_TRIGGERS = tuple(
    regex.compile(pattern, regex.MULTILINE)
    for pattern in (
        "not found",  # shells: "command not found", "sh: 1: nvcc: not found"
        "no matches found",  # zsh globbing an unquoted `pip install pkg[extra]`
        "NotFound",  # conda: ResolvePackageNotFound, EnvironmentLocationNotFound
        "[Pp]ermission denied",
        "can't open file",
        "not recognized as",
        "Unknown command",
        "No such file or directory",
        "Segmentation fault",
        "Aborted",
        "Killed",  # the OOM killer, and a shell's job report: "[1]+  Killed   python train.py"
        "Illegal instruction",
        "core dumped",
        "interrupted by signal",
        "exit code -10737",
        "Trace/breakpoint",
        "compiled using NumPy",
        "terminate called after",
        "libmamba",
        "Could not load",
        "Invalid loss",
        "Bus error",
        "Floating point exception",
        "Fatal Python error",
        "MKL FATAL",
        r"nan\b",
        r"NaN\b",
        r"NAN\b",
        r"inf\b",
        r"\[[EF][\d ]",  # c10 logging: [E ProcessGroupNCCL.cpp:475], [rank0]:[E1206 18:44:12.715 ...]
        r": [EF] ",  # TensorFlow C++ log with a timestamp
        r"\n[EF]\d{4} ",  # absl/glog (`^` or `\A|\n` cost ten times more; the first line: below)
    )
)
# Per-line prefixes added by the tool that printed the output, not by Python.
_LINE_PREFIX = regex.compile(
    r"^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z[ \t]"  # GitHub Actions timestamps
    r"|\[rank\d+\]:[ \t]?"  # torch.distributed
    r"|\[default\d+\]:[ \t]?"  # torchrun
    r"|(?:#\d+ )?\d+\.\d{3} (?=\S))"  # Docker BuildKit step output: "#12 3.026 error: ..."
)
_TB_HEADER = regex.compile(r"^(?P<indent>[ \t]*)Traceback \(most recent call last\):[ \t]*$")
_GROUP_HEADER = regex.compile(r"^[ \t]*\+ Exception Group Traceback \(most recent call last\):")
_IPY_HEADER = regex.compile(r"^(?P<type>[A-Za-z_][\w.]*)[ \t]{2,}Traceback \(most recent call last\)")
_FRAME = regex.compile(r'^[ \t]*File "(?P<file>[^"\n]+)", line (?P<line>\d+)(?:, in (?P<func>\S+))?[ \t]*$')
_IPY_CELL = regex.compile(r"^Cell[ \t]+(?P<file>In[ \t]*\[\d*\]), line (?P<line>\d+)")
_IPY_FILE = regex.compile(r"^File (?P<file>.+?):(?P<line>\d+)(?:, in (?P<func>[^(]+))?")
_IPY_OLD = regex.compile(r"^(?P<file><ipython-input-[^>]+>|\S.*?\.py) in (?P<func>[^\s(]+)")
_IPY_ARROW = regex.compile(r"^[ \t]*-*> ?(?P<line>\d+)\b")
# TensorFlow 1.x ends a graph error with `InvalidArgumentError (see above for traceback): msg`.
_SEE_ABOVE = " (see above for traceback)"
_EXCEPTION = regex.compile(
    r"^(?P<type>(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)(?: \(see above for traceback\))?(?::(?P<msg>.*))?$"
)
_BARE_EXCEPTION = regex.compile(
    r"^(?P<type>(?:[A-Za-z_]\w*\.)*_?[A-Z]\w*(?:Error|Exception|Warning|Interrupt|Exit|Iteration"
    r"|Failure|Failed|Fault|Timeout|NotFound|Unavailable|Exhausted|Cancelled|Unimplemented))"
    r"(?: \(see above for traceback\))?(?::(?P<msg>.*))?$"
)
# An exception quoted inside a line: "got error:NotImplementedError: ...", markdown `**ValueError: ...**`,
# an indented code block, a log line "12:00:01 ERROR  Exception: ...", a traceback flattened onto one line.
_INLINE_EXCEPTION = regex.compile(
    r"(?<![\w.])(?P<type>(?:[A-Za-z_]\w*\.)*_?(?:[A-Z]\w*?)?"
    r"(?:Error|Exception|Interrupt|Exhausted|Failed|Failure))(?=: ?\S)"
)
# Lines a logger marked as informational quote errors without being one ("retrying after KeyError").
_INFO_LINE = regex.compile(
    r"^(?:\S+[ \t]+){0,3}\[?(?:WARNING|WARN|INFO|DEBUG|NOTICE|TRACE)\b|^[IW]\d{4} \d\d:|^\S*:\d+: \w*Warning:"
)
_MARKUP_TAIL = regex.compile(r"[`*\"'\s]+$")
_CHAIN = regex.compile(
    r"^[ \t]*(?:During handling of the above exception, another exception occurred:"
    r"|The above exception was the direct cause of the following exception:)[ \t]*$"
)
# TensorFlow messages that quote frames inside the message (autograph "in user code:", graph
# mode "Graph execution error: ... defined at"): the real error follows those frames.
_EMBEDS_FRAMES = regex.compile(r"in user code:|Graph execution error:|defined at \(most recent call last\)")
_GROUP_SEPARATOR = regex.compile(r"^\+[-+]*(?: \d+ |\.\.\.[^-]*)?-*\+?$")
_PYTEST_E = regex.compile(r"^E(?:[ \t]|$)")
_PYTEST_LOCATION = regex.compile(
    r"^(?P<file>[^\s:][^:]*?\.py):(?P<line>\d+):(?: in (?P<func>\S+)| (?P<exc>[\w.]+))?[ \t]*$"
)
_PYTEST_SECTION = regex.compile(r"^_{3,} .* _{3,}$|^={3,}")
_WARNING = regex.compile(
    r"^[ \t]*(?P<file>(?:[A-Za-z]:)?[^:\n]+?):(?P<line>\d+):[ \t]*"  # any spacing: pastes re-space it
    r"(?P<type>[A-Z]\w*Warning|ChainedAssignmentError)[ \t]*:[ \t]*(?P<msg>.*)$"  # pandas: a Warning subclass
)
# `UserWarning: msg` alone on an indented line (a logger or a paste that lost the file:line part).
_INDENTED_WARNING = regex.compile(r"^[ \t]+(?P<type>(?:[A-Za-z_]\w*\.)*[A-Z]\w*Warning)[ \t]*:[ \t]*\S")
_LOG = regex.compile(
    r"^(?:"
    r"\[?(?:ERROR|CRITICAL|FATAL)\]?(?::|[ \t]+-|[ \t])"  # pip, logging.basicConfig, [ERROR]
    r"|[ \t]+ERROR:[ \t]"  # pip inside its own build output: "  ERROR: Failed building wheel for x"
    r"|(?:error|critical)[ \t]+libmamba "  # mamba 1.x/2.x solver errors
    r"|\[[EF](?:\d{3,4} \d\d:\d\d:\d\d\.\d+(?: +\d+)?)? ?[^\s\]]+:\d+\]"  # c10: [E ProcessGroupNCCL.cpp:475]
    r"|[ \t]*(?:fatal )?(?:error|fatal)(?:\[\w+\])?:[ \t]"  # CLI tools, also inside pip's build output
    r"|\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d[.,:]?\d*\S*(?:[ \t]+-)?[ \t]+(?:\S+[ \t]+-[ \t]+)?"
    r"\[?(?:ERROR|CRITICAL|FATAL)\b"  # timestamped logging
    r"|\d\d:\d\d:\d\d(?:[.,-]\d+)?[ \t]+(?:-[ \t]+)?\[?(?:ERROR|CRITICAL|FATAL)\b"  # time-only logging
    r"|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+: [EF] \S+:\d+\]"  # TensorFlow C++ log
    r"|[EF]\d{4} \d\d:\d\d:\d+\.\d+[ \t]+\d+ \S+:\d+\]"  # glog / absl
    r"|OMP: Error #\d+:"  # the OpenMP runtime aborting the process (no traceback)
    r"|(?:\S.*?)?python[\d.]*(?:\.exe)?: No module named "  # `python -m <missing module>`
    r"|The virtual environment was not created successfully"  # `python -m venv` without ensurepip
    r"|(?P<file>[^\s:]+):(?P<line>\d+):(?:\d+:)? (?:fatal )?error: "  # compilers
    r")"
)
_LOG_CONTINUATION = regex.compile(r"^(?:[ \t]+\S|[│╰×║╭]|note: |hint: )")
_STOP = regex.compile(
    r"^(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d|\[(?:INFO|WARNING|DEBUG|probe)\b|(?:INFO|WARNING|DEBUG)[:\s]"
    r"|[IWEF]\d{4} \d\d:\d\d|\$ |>>> |In \[\d+\]:|={5,}|_{5,}|#### )"
)

# -- head-less errors (`_parse_headless`) --
# pip's result box after a blank line: "error: subprocess-exited-with-error\n\n× Building wheel ...".
_BOX_START = regex.compile(r"^[ \t]*× ")
_BOX_LINE = regex.compile(r"^[ \t]*[│╰×]")
# A shell that could not run a command: bash, sh/dash, zsh, fish, env, cmd.exe, PowerShell, python.
_SHELL = regex.compile(
    r"^(?:-?(?:\S*/)?(?:(?:ba|z|da|k|tc|c)?sh|env|sudo)|\S+\.(?:sh|bash|zsh))(?:: (?:line )?\d+)?: "
    r"(?:.*(?:command not found|: not found|[Pp]ermission denied|[Nn]o such file or directory)"
    r"|(?:command not found|permission denied|no such file or directory|not found|no matches found): )"
    r"|^fish: Unknown command"
    r"|^'[^']+' is not recognized as an internal or external command"
    r"|^\S+ : The term '[^']+' is not recognized as the name of a cmdlet"
    r"|^(?:\S*[/\\])?python[\d.]*(?:\.exe)?: can't open file "
)
_SIGNALS = (
    r"(?P<sig>Segmentation fault|Aborted|Illegal instruction|Bus error|Floating point exception|Killed"
    r"|Trace/breakpoint trap)(?P<core>[ \t]+\(core dumped\))?"
)
_SIGNAL_ENDS = ("fault", "Aborted", "instruction", "error", "exception", "Killed", "trap", "(core dumped)")
# A signal on its own line, or glued to the progress bar it interrupted ("...| 5/9 [00:03]Killed").
_CRASH = regex.compile(r"(?:^|[\]|%])[ \t]*" + _SIGNALS + r"[ \t]*$")
# The shell's job report: "bash: line 1: 14683 Segmentation fault  python x.py", "[1]+  Killed  python x.py".
_CRASH_JOB = regex.compile(
    r"^(?:\S*sh: (?:line \d+: )?\d+|\[\d+\][+-]?(?:[ \t]+\d+)?)[ \t]+" + _SIGNALS + r"(?:[ \t]|$)"
)
# PyCharm/VS Code runners: the process died of a signal or a Windows access violation.
_EXIT_SIGNAL = regex.compile(
    r"^Process finished with exit code (?:\d+ \(interrupted by signal \d+: \w+\)|-\d+ \(0x[0-9A-Fa-f]+\))"
)
_FATAL_PYTHON = regex.compile(r"^Fatal Python error: ")
_FAULT_THREAD = regex.compile(
    r"^(?:Current thread|Thread) 0x[0-9A-Fa-f]+ \(most recent call first\):|^Stack \(most recent"
)
_FAULT_FRAME = regex.compile(r'^[ \t]+File "(?P<file>[^"\n]+)", line (?P<line>\d+) in (?P<func>\S+)')
_FAULT_TAIL = regex.compile(
    r"^(?:Extension modules: |Python runtime state: |[ \t]+(?:<no Python frame>|\.\.\.))"
)
# Notices printed instead of raising (import hooks, C++ runtimes): the paragraph is the error.
_NOTICE = regex.compile(
    r"^(?:A module that was compiled using NumPy \d\.x cannot be run in"
    r"|terminate called after throwing an instance of "
    r"|Intel MKL FATAL ERROR: )"
)
# C++ log lines at warning level count only when they carry an error.
_CPP_WARNING = regex.compile(
    r"^(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+: W \S+:\d+\]"
    r"|W\d{4} \d\d:\d\d:\d\d\.\d+[ \t]+\d+ \S+:\d+\]"
    r"|\[W(?:\d{3,4} \d\d:\d\d:\d\d\.\d+(?: +\d+)?)? ?[^\s\]]+:\d+\])"
    r".*?(?:[Ee]rror|ERROR|Could not load|[Ff]ailed|[Cc]annot |[Uu]nable to|OOM|[Oo]ut of memory)"
)
_NAN_HINTS = ("nan", "NaN", "NAN", "inf", "Invalid loss")
# A training loss that went NaN/inf: Keras progress bars, Lightning, HF Trainer dicts, print().
_NAN_LOSS = regex.compile(
    r"(?<![A-Za-z])(?P<metric>[Ll]oss(?!_?scale)\w*)['\"]?[ \t]*(?:[:=]|is)[ \t]*['\"]?"
    r"(?P<value>nan|NaN|NAN|-?inf)\b"
    r"|Invalid loss, terminating training"
)


class _Lines:
    """Lines with their 1-based numbers; parsing reads these, never the raw text again."""

    def __init__(self, text: str, first_line: int) -> None:
        self.raw = text.split("\n")
        self.first = first_line
        self.headless: set[int] = set()  # lines a head-less trigger found (only those are tried)

    def __len__(self) -> int:
        return len(self.raw)

    def get(self, index: int) -> str:
        line = self.raw[index]
        if len(line) > MAX_LINE:
            line = line[:MAX_LINE]
        if line[:1].isdigit() or line[:1] in "[#":
            line = _LINE_PREFIX.sub("", line, count=1)
        return line

    def number(self, index: int) -> int:
        return self.first + index


def split_events(text: str, first_line: int = 1) -> list[ErrorEvent]:
    """Every error event in `text` (already cleaned), in order of appearance."""
    lines = _Lines(text, first_line)
    events: list[ErrorEvent] = []
    next_free = 0
    for index in _candidate_lines(text, lines.headless):
        if index < next_free:
            continue
        parsed = _parse_at(lines, index)
        if parsed is None:
            continue
        event, next_free = parsed
        events.append(event)
    return _dedupe(events)


_GLOG_START = regex.compile(r"[EF]\d{4} ")


def _candidate_lines(text: str, headless: set[int] | None = None) -> Iterator[int]:
    """Indices of lines that contain a trigger, each once, in order. Lines a head-less trigger
    found are also added to `headless`."""
    starts = [match.start() for match in _TRIGGER.finditer(text)]
    extra: list[int] = [0] if _GLOG_START.match(text) else []
    for pattern in _HEADLESS_TRIGGERS:
        for match in pattern.finditer(text):
            start = match.start()
            extra.append(start + 1 if text[start : start + 1] == "\n" else start)
    if extra:
        if headless is not None:
            extra.sort()
            headless.update(_line_indices(text, extra))
        starts.extend(extra)
        starts.sort()
    yield from _line_indices(text, starts)


def _line_indices(text: str, starts: list[int]) -> Iterator[int]:
    """The line index of each sorted offset in `starts`, each line once."""
    line_index = 0
    scanned_to = 0
    last = -1
    for start in starts:
        line_index += text.count("\n", scanned_to, start)
        scanned_to = start
        if line_index != last:
            last = line_index
            yield line_index


def _parse_at(lines: _Lines, i: int) -> tuple[ErrorEvent, int] | None:
    line = lines.get(i)
    if _GROUP_HEADER.match(line):
        return _parse_group(lines, i)
    if _TB_HEADER.match(line) or (_FRAME.match(line) and not _preceded_by_header(lines, i)):
        parsed = _parse_chain(lines, i, kind="traceback")
        if parsed is not None:
            return parsed
    header = _IPY_HEADER.match(line)
    if header:
        return _parse_chain(lines, i, kind="ipython")
    if _PYTEST_E.match(line):
        return _parse_pytest(lines, i)
    warning = _WARNING.match(line)
    if warning:
        block = ExceptionBlock(
            exc_type=warning["type"],
            message=f"{warning['type']}: {warning['msg']}",
            line=lines.number(i),
            text=line,
            frames=[Frame(warning["file"], int(warning["line"]), None)],
        )
        return ErrorEvent("warning", [block], lines.number(i), lines.number(i)), i + 1
    log = _LOG.match(line)
    if log:
        return _parse_log(lines, i, log)
    headless = _parse_headless(lines, i, line) if i in lines.headless else None
    if headless is not None:
        return headless
    if _BARE_EXCEPTION.match(line):
        block, end = _exception_block(lines, i)
        if block is None:
            return None
        return ErrorEvent("exception", [block], lines.number(i), lines.number(end - 1)), end
    indented_warning = _INDENTED_WARNING.match(line)
    if indented_warning and not _INFO_LINE.match(line):
        block, end = _exception_block(lines, i, first=line.lstrip(), inline=True)
        return ErrorEvent("warning", [block], lines.number(i), lines.number(end - 1)), end
    inline = _INLINE_EXCEPTION.search(line)
    if inline and not _INFO_LINE.match(line):
        first = _MARKUP_TAIL.sub("", line[inline.start() :])
        block, end = _exception_block(lines, i, first=first, inline=True)
        if block is None:
            return None
        return ErrorEvent("exception", [block], lines.number(i), lines.number(end - 1)), end
    return None


def _preceded_by_header(lines: _Lines, i: int) -> bool:
    """A frame line whose traceback header is just above was already handled with it."""
    return any(_TB_HEADER.match(lines.get(back)) for back in range(i - 1, max(-1, i - 3), -1))


# -- Python tracebacks ----------------------------------------------------------------------


def _parse_chain(lines: _Lines, i: int, kind: str) -> tuple[ErrorEvent, int] | None:
    """A traceback and every traceback chained to it by 'During handling...' / 'direct cause'."""
    blocks: list[ExceptionBlock] = []
    start = i
    while True:
        parsed = _parse_ipython(lines, i) if kind == "ipython" else _parse_traceback(lines, i)
        if parsed is None:
            break
        block, i = parsed
        blocks.append(block)
        follow = _chained_traceback_start(lines, i)
        if follow is None:
            break
        i = follow
        if _IPY_HEADER.match(lines.get(i)):
            kind = "ipython"
        elif _TB_HEADER.match(lines.get(i)):
            kind = "traceback"
    if not blocks:
        return None
    end_number = lines.number(i - 1)
    return ErrorEvent(kind, blocks, lines.number(start), end_number), i


def _chained_traceback_start(lines: _Lines, i: int) -> int | None:
    """Index of the next traceback header when a chain marker follows line i."""
    j = _skip_blank(lines, i)
    if j >= len(lines) or not _CHAIN.match(lines.get(j)):
        return None
    j = _skip_blank(lines, j + 1)
    if j < len(lines) and lines.get(j).strip("-") == "":
        j += 1  # IPython rule line
    if j < len(lines) and (_TB_HEADER.match(lines.get(j)) or _IPY_HEADER.match(lines.get(j))):
        return j
    return None


def _parse_traceback(lines: _Lines, i: int) -> tuple[ExceptionBlock, int] | None:
    header = _TB_HEADER.match(lines.get(i))
    base = len(header["indent"]) if header else 0
    j = i + 1 if header else i
    frames: list[Frame] = []
    n = len(lines)
    while j < n:
        line = lines.get(j)
        frame = _FRAME.match(line)
        if frame:
            frames.append(Frame(frame["file"], int(frame["line"]), frame["func"]))
            j += 1
            continue
        stripped = line[base:] if line[:base].isspace() or base == 0 else line
        if not stripped.strip():
            j += 1
            if frames and j < n and not lines.get(j)[:1].isspace():
                continue
            continue
        if stripped[:1] in (" ", "\t"):
            j += 1  # source line, caret markers, "[Previous line repeated N more times]"
            continue
        if _EXCEPTION.match(stripped) or stripped.startswith(("Killed", "Segmentation fault")):
            block, end = _exception_block(lines, j, strip=base, frames=frames)
            if block is not None:
                return block, end
        return None
    return None


def _parse_ipython(lines: _Lines, i: int) -> tuple[ExceptionBlock, int] | None:
    """IPython/Jupyter: 'Cell In[3], line 5', 'File path:122, in f(...)', '---->' arrows."""
    header = _IPY_HEADER.match(lines.get(i))
    if header is None:
        return None
    exc_type = header["type"]
    frames: list[Frame] = []
    j = i + 1
    n = len(lines)
    while j < n:
        line = lines.get(j)
        cell = _IPY_CELL.match(line)
        file_frame = None if cell else _IPY_FILE.match(line)
        old = None if (cell or file_frame) else _IPY_OLD.match(line)
        if cell:
            frames.append(Frame(cell["file"], int(cell["line"]), None))
        elif file_frame:
            func = (file_frame["func"] or "").strip() or None
            frames.append(Frame(file_frame["file"], int(file_frame["line"]), func))
        elif old:
            frames.append(Frame(old["file"], None, old["func"]))
        elif frames and frames[-1].line is None and (arrow := _IPY_ARROW.match(line)):
            last = frames[-1]
            frames[-1] = Frame(last.file, int(arrow["line"]), last.function)
        elif _is_ipython_exception_line(line, exc_type):
            return _exception_block(lines, j, frames=frames)
        j += 1
    return None


def _is_ipython_exception_line(line: str, exc_type: str) -> bool:
    """The closing `Type: message` line (or the bare type named in the header)."""
    if not line or line[:1].isspace() or not _EXCEPTION.match(line):
        return False
    return line.startswith(exc_type) or ":" in line


def _parse_group(lines: _Lines, i: int) -> tuple[ErrorEvent, int] | None:
    """PEP 654 exception groups: unbox the `|`-framed region, then parse each part on its own.

    The `+---- N ----` separators end one sub-exception and start the next, so each segment
    between them is split separately and one message never swallows the next.
    """
    segments: list[tuple[list[str], list[int]]] = [([], [])]
    j = i
    n = len(lines)
    while j < n:
        line = lines.get(j)
        stripped = line.lstrip()
        if not stripped.startswith(("|", "+")):
            break
        if _GROUP_SEPARATOR.match(stripped) and "Traceback" not in line:
            segments.append(([], []))
            j += 1
            continue
        body = regex.sub(r"^[ \t]*[|+][ \t]?", "", line, count=1)
        body = body.replace("Exception Group Traceback", "Traceback", 1)
        segments[-1][0].append(body)
        segments[-1][1].append(lines.number(j))
        j += 1
    blocks: list[ExceptionBlock] = []
    for inner, numbers in segments:
        for event in split_events("\n".join(inner)):
            for block in event.blocks:
                block.line = numbers[block.line - 1]
                blocks.append(block)
    if not blocks:
        return None
    event = ErrorEvent("exception-group", blocks, lines.number(i), lines.number(j - 1))
    return event, j


def _exception_block(
    lines: _Lines,
    j: int,
    strip: int = 0,
    frames: list[Frame] | None = None,
    first: str | None = None,
    inline: bool = False,
) -> tuple[ExceptionBlock | None, int]:
    """The exception line at j plus its continuation lines (multi-line messages).

    `first` replaces the text of line j (an exception quoted inside a longer line); such an
    `inline` message continues only on indented lines up to a blank one, so prose stays out.
    """
    if first is None:
        first = lines.get(j)[strip:]
    match = _EXCEPTION.match(first)
    exc_type = match["type"] if match else None
    message_lines = [first]
    k = j + 1
    n = len(lines)
    while k < n and len(message_lines) < MAX_MESSAGE_LINES:
        line = lines.get(k)
        if _TB_HEADER.match(line) or _CHAIN.match(line) or _STOP.match(line) or _IPY_HEADER.match(line):
            break
        if inline and not line[:1].isspace():
            break  # a quoted error continues only on indented (wrapped) lines
        if not line.strip():
            if inline:
                break
            ahead = _skip_blank(lines, k)
            if ahead >= n or _CHAIN.match(lines.get(ahead)) or _TB_HEADER.match(lines.get(ahead)):
                break
        if _FRAME.match(line) and not _EMBEDS_FRAMES.search(first):
            break
        if strip and line.strip() and not line[:strip].isspace():
            break  # less indented than its traceback: the tool that printed it speaks again
        message_lines.append(line[strip:] if line[:strip].isspace() else line)
        k += 1
    while len(message_lines) > 1 and not message_lines[-1].strip():
        message_lines.pop()
        k -= 1
    kept = _trim_frames(frames or [])
    if _SEE_ABOVE in message_lines[0]:
        message_lines[0] = message_lines[0].replace(_SEE_ABOVE, "", 1)
    block = ExceptionBlock(
        exc_type=exc_type,
        message="\n".join(message_lines),
        line=lines.number(j),
        text=first,
        frames=kept,
    )
    return block, k


def _trim_frames(frames: list[Frame]) -> list[Frame]:
    if len(frames) <= MAX_FRAMES:
        return frames
    half = MAX_FRAMES // 2
    return frames[:half] + frames[-half:]


def _skip_blank(lines: _Lines, i: int) -> int:
    n = len(lines)
    while i < n and not lines.get(i).strip():
        i += 1
    return i


# -- pytest and log lines -------------------------------------------------------------------


def _parse_pytest(lines: _Lines, i: int) -> tuple[ErrorEvent, int] | None:
    """A block of pytest `E   ` lines with the location lines of its failure section."""
    body: list[str] = []
    j = i
    n = len(lines)
    while j < n and _PYTEST_E.match(lines.get(j)):
        body.append(lines.get(j)[1:])
        j += 1
    indent = min((len(b) - len(b.lstrip()) for b in body if b.strip()), default=0)
    body = [b[indent:] for b in body]
    key = next((k for k, b in enumerate(body) if _BARE_EXCEPTION.match(b)), None)
    if key is None:
        key = next((k for k, b in enumerate(body) if _EXCEPTION.match(b) and ":" in b), 0)
    frames = _pytest_frames(lines, i, j)
    key_match = _EXCEPTION.match(body[key]) if body else None
    block = ExceptionBlock(
        exc_type=key_match["type"] if key_match and ":" in body[key] else None,
        message="\n".join(body[key:]).rstrip(),
        line=lines.number(i + key),
        text=body[key] if body else "",
        frames=frames,
    )
    return ErrorEvent("pytest", [block], lines.number(i), lines.number(j - 1)), j


def _pytest_frames(lines: _Lines, start: int, end: int) -> list[Frame]:
    """Location lines (`path.py:12: in f` / `path.py:12: ValueError`) of this failure section."""
    frames: list[Frame] = []
    k = start - 1
    while k >= 0 and start - k < 2_000:
        line = lines.get(k)
        if _PYTEST_SECTION.match(line) or _PYTEST_E.match(line):
            break
        location = _PYTEST_LOCATION.match(line)
        if location and location["exc"]:
            break  # `path.py:3: AssertionError` ends the failure before this one
        if location:
            frames.append(Frame(location["file"], int(location["line"]), location["func"]))
        k -= 1
    frames.reverse()
    for k in range(end, min(len(lines), end + 3)):  # `path.py:12: ValueError` after a blank line
        line = lines.get(k)
        if not line.strip():
            continue
        location = _PYTEST_LOCATION.match(line)
        if location:
            frames.append(Frame(location["file"], int(location["line"]), location["func"]))
        break
    return _trim_frames(frames)


def _parse_log(lines: _Lines, i: int, log: regex.Match) -> tuple[ErrorEvent, int]:
    """A logger/CLI error line, its indented continuation, and error lines right after it."""
    blocks: list[ExceptionBlock] = []
    j = i
    n = len(lines)
    while j < n:
        line = lines.get(j)
        match = log if j == i else _LOG.match(line)
        if match is None:
            break
        message = [line]
        k = j + 1
        while k < n and len(message) < MAX_MESSAGE_LINES and _LOG_CONTINUATION.match(lines.get(k)):
            message.append(lines.get(k))
            k += 1
        box = _skip_blank(lines, k)
        boxed = box > k and box < n and _BOX_START.match(lines.get(box)) is not None
        if boxed:
            k = box  # pip: "error: x", a blank line, then its "× ..." box
            while k < n and len(message) < MAX_MESSAGE_LINES and _BOX_LINE.match(lines.get(k)):
                message.append(lines.get(k))
                k += 1
        frames = [Frame(match["file"], int(match["line"]))] if match["file"] else []
        blocks.append(ExceptionBlock(None, "\n".join(message), lines.number(j), line, frames))
        j = k
        if boxed:
            break  # the box ends pip's message: what follows is another event
    return ErrorEvent("log", blocks, lines.number(i), lines.number(j - 1)), j


def _parse_headless(lines: _Lines, i: int, line: str) -> tuple[ErrorEvent, int] | None:
    """Errors printed with no `SomeError:` head (checked after tracebacks, warnings and log lines).

    Each form is a line whose start is unmistakable; only its own continuation is taken in,
    and whether a line belongs to the event never depends on the lines after it, so a stream
    cut anywhere gives the same events as the whole text.
    """
    number = lines.number(i)
    crash = _CRASH.search(line) if line.rstrip().endswith(_SIGNAL_ENDS) else _CRASH_JOB.match(line)
    if crash:  # the kernel's signal as the shell reports it; the OOM killer's `Killed`
        first = crash["sig"] + (" (core dumped)" if crash["core"] else "")
        block = ExceptionBlock(_EXCEPTION.match(first) and first or None, first, number, first)
        return ErrorEvent("exception", [block], number, number), i + 1
    if _SHELL.match(line) or (line.startswith("Process finished") and _EXIT_SIGNAL.match(line)):
        return _single_line_log(lines, i, line)
    if _FATAL_PYTHON.match(line):
        return _parse_fatal(lines, i)
    if _NOTICE.match(line):
        return _parse_notice(lines, i)
    if _CPP_WARNING.match(line):
        return _single_line_log(lines, i, line)
    nan = _NAN_LOSS.search(line) if any(hint in line for hint in _NAN_HINTS) else None
    if nan:
        # one event per metric: a progress bar prints `loss: nan` on every step (see repeat_key)
        key = f"{nan['metric']}: {nan['value'].lower()}" if nan["metric"] else nan[0]
        block = ExceptionBlock(None, line.strip(), number, key)
        return ErrorEvent("log", [block], number, number), i + 1
    return None


def _single_line_log(lines: _Lines, i: int, line: str) -> tuple[ErrorEvent, int]:
    number = lines.number(i)
    return ErrorEvent("log", [ExceptionBlock(None, line, number, line)], number, number), i + 1


def _parse_notice(lines: _Lines, i: int) -> tuple[ErrorEvent, int]:
    """A printed paragraph (NumPy's ABI notice, C++ `terminate called ...`), and the crash that
    ended the process when it comes right after (blank lines between)."""
    message = [lines.get(i)]
    k = i + 1
    n = len(lines)
    while k < n and len(message) < MAX_MESSAGE_LINES:
        line = lines.get(k)
        if not line.strip() or _TB_HEADER.match(line) or _STOP.match(line):
            break
        message.append(line)
        k += 1
    end = _take_crash(lines, k, message)
    block = ExceptionBlock(None, "\n".join(message), lines.number(i), message[0])
    return ErrorEvent("log", [block], lines.number(i), lines.number(end - 1)), end


def _take_crash(lines: _Lines, k: int, message: list[str]) -> int:
    """Take in a crash line after blank lines at k (`Aborted (core dumped)` after a C++ abort)."""
    ahead = _skip_blank(lines, k)
    if ahead < len(lines):
        crash = _CRASH.match(lines.get(ahead))
        if crash:
            message.append(crash["sig"] + (" (core dumped)" if crash["core"] else ""))
            return ahead + 1
    return k


def _parse_fatal(lines: _Lines, i: int) -> tuple[ErrorEvent, int]:
    """faulthandler's `Fatal Python error: ...` dump: header lines, thread stacks (innermost
    first, turned around here), `Extension modules:`; a Python traceback after it is its own event.
    """
    message = [lines.get(i)]
    frames: list[Frame] = []
    k = i + 1
    n = len(lines)
    while k < n and len(message) < MAX_MESSAGE_LINES:  # header lines right below it
        line = lines.get(k)
        if not line.strip() or _TB_HEADER.match(line) or _FAULT_THREAD.match(line) or _CRASH.match(line):
            break
        message.append(line)
        k += 1
    end = k
    current: list[Frame] | None = None
    while k < n:
        line = lines.get(k)
        if not line.strip():
            k += 1
            continue
        thread = _FAULT_THREAD.match(line)
        frame = _FAULT_FRAME.match(line)
        if thread:
            current = [] if not frames and line.startswith(("Current", "Stack")) else None
        elif frame:
            if current is not None and len(current) < MAX_FRAMES:
                current.append(Frame(frame["file"], int(frame["line"]), frame["func"]))
                frames = current
        elif _FAULT_TAIL.match(line):
            if line.startswith("Python runtime state: ") and len(message) < MAX_MESSAGE_LINES:
                message.append(line)
        else:
            break
        k += 1
        end = k
    end = _take_crash(lines, end, message)
    block = ExceptionBlock(None, "\n".join(message), lines.number(i), message[0], list(reversed(frames)))
    return ErrorEvent("traceback", [block], lines.number(i), lines.number(end - 1)), end


def repeat_key(event: ErrorEvent) -> str | None:
    """What makes `event` a repeat of one reported before, or None when it never is.

    A bare exception line repeats a traceback's error line (the pytest summary). A log error
    repeats only the same line exactly, indentation included: pip prints the nested error
    indented and then its own, and both must stay."""
    if event.kind == "exception":
        return event.final.text.strip()
    if event.kind == "log":
        return "log\0" + event.final.text
    return None


def repeat_keys_seen(event: ErrorEvent) -> set[str]:
    """The keys later events are compared against once `event` is reported."""
    keys = {block.text.strip() for block in event.blocks}
    if event.kind == "log":
        keys.add("log\0" + event.final.text)
    return keys


def _dedupe(events: list[ErrorEvent]) -> list[ErrorEvent]:
    """Drop repeats of an error already reported (see `repeat_key`)."""
    seen: set[str] = set()
    out = []
    for event in events:
        if repeat_key(event) in seen:
            continue
        seen |= repeat_keys_seen(event)
        out.append(event)
    return out
