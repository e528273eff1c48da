"""`errfix`: explain errors in logs, search the KB, validate KB files, run a command and explain it.

Contracts (kept stable, see docs/contracts.md): `explain --json` prints
{"events": [{"line", "text", "kind", "frames", "matches"}]}; `search --json` prints
[{"id", "signature", "score"}]; `kb validate` prints `file: field: reason` and exits 1 on problems.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from . import __version__
from .engine import Engine
from .explain import ExplainedEvent, as_json
from .kb.load import load_kb
from .match.matcher import Matcher
from .match.stream import TerminalStream
from .render import short_cause

RUN_LOG_DIR = ".errfix"  # kept here for importers; errfix_lsp.run writes it
RUN_LOG_NAME = "last-run.log"


def _colour(enabled: bool):
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if enabled else text

    return paint


def _stream_is_tty(stream) -> bool:
    return hasattr(stream, "isatty") and stream.isatty() and os.environ.get("NO_COLOR") is None


def _report_problems(engine: Engine) -> None:
    for problem in engine.kb.problems:
        print(f"errfix: warning: {problem}", file=sys.stderr)


def _quarantine_warning(path: str, reason: str) -> None:
    print(f"errfix: warning: {path}: regex quarantined: {reason}", file=sys.stderr)


def _load_engine(kb_paths: list[str]) -> Engine:
    engine = Engine.load(kb_paths, on_quarantine=_quarantine_warning)
    # Problems in the user's own --kb files matter to them; the shipped KB is tested in CI.
    if kb_paths:
        _report_problems(engine)
    return engine


READ_CHUNK = 1 << 20  # bytes read at a time by `explain`: memory does not grow with the input


def _open_input(source: str) -> BinaryIO:
    """The log to explain, opened (so that a missing file is reported before any output)."""
    if source == "-":
        return sys.stdin.buffer
    return open(source, "rb")  # noqa: SIM115 - closed by cmd_explain


def read_chunks(stream: BinaryIO, size: int | None = None) -> Iterator[bytes]:
    """The stream in pieces of `size` bytes (READ_CHUNK by default)."""
    size = size or READ_CHUNK
    while chunk := stream.read(size):
        yield chunk


def explain_stream(chunks: Iterable[bytes], matcher: Matcher) -> Iterator[ExplainedEvent]:
    """The events `Engine.explain` finds in the joined chunks, in the same order, each as soon as
    it is complete. Goes through the stream core the server and `errfix run` use
    (`match.stream.TerminalStream`), so only lines that may still belong to an event are held."""
    stream = TerminalStream()
    for chunk in chunks:
        for event in stream.feed(chunk):
            yield ExplainedEvent(event, matcher.match_event(event))
    for event in stream.end():
        yield ExplainedEvent(event, matcher.match_event(event))


def _event_lines(item: ExplainedEvent, paint, source: str) -> list[str]:
    """The text block of one recognised event (ends with a blank line)."""
    block = item.key_block
    best = item.matches[0]
    where = f"{source}:{block.line}" if source else f"line {block.line}"
    out = [f"{paint(where, '2')}  {paint(block.text.strip(), '1')}"]
    frame = next((f for f in reversed(block.frames) if "site-packages" not in f.file), None)
    if frame is not None:
        out.append(f"  at {frame.file}:{frame.line}" + (f" in {frame.function}" if frame.function else ""))
    out.append(f"  {paint('●', '31')} {paint(best.entry.id, '36')}")
    out.append(f"    cause: {short_cause(best.entry, limit=400)}")
    for number, workaround in enumerate(best.entry.workarounds()[:3], 1):
        rate = f" ({round(workaround.success_rate * 100)}%)" if workaround.success_rate else ""
        out.append(f"    try {number}: {workaround.action}{rate}")
    for dead in best.entry.dead_ends()[:2]:
        out.append(f"    don't: {dead.action + ': ' if dead.action else ''}{dead.why_fails}")
    if best.entry.fixes:
        out.append(f"    quick fix in your editor: {', '.join(best.entry.fixes)}")
    for other in item.matches[1:3]:
        out.append(f"    also: {other.entry.id} ({other.score:.2f})")
    out.append("")
    return out


def _summary(known: int, total: int) -> str:
    if known:
        return f"errfix: {known} known error(s) of {total} event(s)"
    return f"errfix: {total} error event(s), none known to the KB" if total else "errfix: no errors found"


def format_events(explained: list[ExplainedEvent], stream, source: str = "") -> str:
    """Terminal text: one block per event that the KB knows."""
    paint = _colour(_stream_is_tty(stream))
    out: list[str] = []
    known = [item for item in explained if item.matches]
    for item in known:
        out.extend(_event_lines(item, paint, source))
    out.append(_summary(len(known), len(explained)))
    return "\n".join(out) + "\n"


class ReportWriter:
    """`write_report`, one event at a time: what it writes for a list is what this writes for
    the same events added one by one. Only SARIF keeps events (the recognised ones: the
    document is written at the end)."""

    def __init__(self, fmt: str, stream, source: str = "") -> None:
        self.fmt, self.stream, self.source = fmt, stream, source
        self.root = os.environ.get("GITHUB_WORKSPACE") or os.getcwd()
        self.paint = _colour(_stream_is_tty(stream))
        self.known = self.total = 0
        self.kept: list[ExplainedEvent] = []
        if fmt == "json":
            stream.write('{"events": [')

    def add(self, item: ExplainedEvent) -> None:
        if self.fmt == "json":
            if self.total:
                self.stream.write(", ")
            self.stream.write(json.dumps(item.as_json(), ensure_ascii=False))
        elif self.fmt == "github":
            from .report_formats import github_lines

            self.stream.write(github_lines([item], self.root, cwd=os.getcwd()))
        elif self.fmt == "sarif":
            if item.matches:
                self.kept.append(item)
        elif item.matches:
            self.stream.write("\n".join(_event_lines(item, self.paint, self.source)) + "\n")
        self.total += 1
        self.known += bool(item.matches)

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("]}\n")
        elif self.fmt == "sarif":
            from .report_formats import sarif_text

            self.stream.write(sarif_text(self.kept, self.root, cwd=os.getcwd()))
        elif self.fmt == "text":
            self.stream.write(_summary(self.known, self.total) + "\n")


def cmd_explain(args: argparse.Namespace) -> int:
    """Explain FILE or stdin, read in READ_CHUNK pieces through the stream core: peak memory
    does not depend on the input's size, and the report is what `Engine.explain` on the whole
    text gives (tests/unit/test_explain_stream.py)."""
    engine = _load_engine(args.kb)
    try:
        source = _open_input(args.file)
    except OSError as exc:
        print(f"errfix: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    with contextlib.ExitStack() as cleanup:
        if source is not sys.stdin.buffer:
            cleanup.enter_context(source)
        rules = _rules(args)
        if rules is None:
            return 2
        cwd = os.getcwd()
        report = ReportWriter(_format_of(args), sys.stdout, "" if args.file == "-" else args.file)
        try:
            for item in explain_stream(read_chunks(source), engine.matcher):
                for kept in rules.apply([item], cwd):
                    report.add(kept)
        except OSError as exc:  # a read error after some output (EIO, a file that went away)
            report.close()
            print(f"errfix: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        report.close()
    return 0


def _rules(args: argparse.Namespace):
    """--ignore/--ignore-path plus the project's [tool.errfix] table; None (reported) if invalid."""
    from .ignore import RulesError, project_rules, rules_from

    try:
        return project_rules(os.getcwd()).merged(rules_from(args.ignore, args.ignore_path))
    except RulesError as problem:
        print(f"errfix: {problem}", file=sys.stderr)
        return None


FORMATS = ("text", "json", "github", "sarif")


def _format_of(args: argparse.Namespace) -> str:
    return "json" if getattr(args, "json", False) else args.format


def write_report(explained: list[ExplainedEvent], fmt: str, stream, source: str = "") -> None:
    """The explained events in one of FORMATS. github/sarif place errors relative to the
    repository root: $GITHUB_WORKSPACE in GitHub Actions, else the current directory."""
    if fmt == "json":
        json.dump(as_json(explained), stream, ensure_ascii=False)
        stream.write("\n")
    elif fmt in ("github", "sarif"):
        from .report_formats import github_lines, sarif_text

        root = os.environ.get("GITHUB_WORKSPACE") or os.getcwd()
        render = github_lines if fmt == "github" else sarif_text
        stream.write(render(explained, root, cwd=os.getcwd()))
    else:
        stream.write(format_events(explained, stream, source))


def cmd_mcp(args: argparse.Namespace) -> int:
    try:
        from .mcp_server import serve
    except ImportError:
        print("errfix mcp needs the MCP SDK: pip install 'errfix-lsp[mcp]'", file=sys.stderr)
        return 2
    return serve(args.root, args.kb)


def cmd_search(args: argparse.Namespace) -> int:
    engine = _load_engine(args.kb)
    hits = engine.search(" ".join(args.query), limit=args.limit)
    if args.json:
        json.dump([hit.as_json() for hit in hits], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    paint = _colour(_stream_is_tty(sys.stdout))
    if not hits:
        print("no entries found")
    for hit in hits:
        print(f"{hit.score:5.2f}  {paint(hit.entry.id, '36')}  {hit.entry.signature}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    paths = args.paths or []
    kb = load_kb(paths, shipped=not paths)
    for problem in kb.problems:
        print(problem)
    count = len(kb.entries)
    if kb.problems:
        print(f"{len(kb.problems)} problem(s); {count} entries loaded", file=sys.stderr)
        return 1
    print(f"ok: {count} entries", file=sys.stderr)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from . import run as runner

    command = args.command
    if command and command[0] == "--":
        command = command[1:]
    if not command:
        print("errfix run: give a command after --, e.g. errfix run -- python train.py", file=sys.stderr)
        return 2
    try:
        result = runner.run(command, write_log=not args.no_log)
    except OSError as exc:
        print(f"errfix run: cannot start {command[0]}: {exc.strerror or exc}", file=sys.stderr)
        return 127
    if result.log_problem:
        print(f"errfix run: {result.log_problem}", file=sys.stderr)
    rules = _rules(args)
    if result.events and rules is not None:
        from .explain import explain_events

        engine = _load_engine(args.kb)
        explained = rules.apply(explain_events(result.events, engine.matcher), os.getcwd())
        if any(item.matches for item in explained):
            try:
                if args.format == "text":
                    sys.stderr.write("\n")
                # the command's own output owns stdout: the report goes to stderr in every format
                write_report(explained, args.format, sys.stderr)
                sys.stderr.flush()
            except OSError:
                pass
    return runner.exit_like(result)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="errfix", description="Explain ML framework errors from terminal output and logs."
    )
    parser.add_argument("--version", action="version", version=f"errfix {__version__}")
    sub = parser.add_subparsers(dest="command_name", required=True)

    explain = sub.add_parser("explain", help="explain the errors in a log file or stdin")
    explain.add_argument("file", nargs="?", default="-", help="log file, or - for stdin (default)")
    explain.add_argument("--json", action="store_true", help="machine-readable output (= --format json)")
    explain.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default), json (the stable contract), github (workflow ::error commands), sarif (2.1.0)",
    )
    _add_ignore(explain)
    explain.add_argument("--kb", action="append", default=[], metavar="PATH", help="extra KB dir or file")
    explain.set_defaults(handler=cmd_explain)

    search = sub.add_parser("search", help="search the knowledge base")
    search.add_argument("query", nargs="+")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--kb", action="append", default=[], metavar="PATH")
    search.set_defaults(handler=cmd_search)

    kb = sub.add_parser("kb", help="knowledge-base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    validate = kb_sub.add_parser("validate", help="check KB files (default: the shipped KB)")
    validate.add_argument("paths", nargs="*")
    validate.set_defaults(handler=cmd_validate)

    run = sub.add_parser("run", help="run a command, pass its output through, explain its errors")
    run.add_argument("--kb", action="append", default=[], metavar="PATH")
    run.add_argument("--no-log", action="store_true", help=f"do not write {RUN_LOG_DIR}/{RUN_LOG_NAME}")
    run.add_argument("--format", choices=FORMATS, default="text", help="how the errors are reported (stderr)")
    _add_ignore(run)
    run.add_argument("command", nargs=argparse.REMAINDER)
    run.set_defaults(handler=cmd_run)
    _add_mcp(sub)
    return parser


def _add_ignore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ignore", action="append", default=[], metavar="ID", help="entry id, glob or domain not to report"
    )
    parser.add_argument(
        "--ignore-path",
        action="append",
        default=[],
        metavar="GLOB",
        help="do not report errors placed in these files",
    )


def _add_mcp(sub) -> None:
    mcp = sub.add_parser("mcp", help="serve errfix's tools to coding agents (Model Context Protocol, stdio)")
    mcp.add_argument("--root", default=".", help="propose_fix reads only files inside it (default: .)")
    mcp.add_argument("--kb", action="append", default=[], metavar="PATH")
    mcp.set_defaults(handler=cmd_mcp)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
