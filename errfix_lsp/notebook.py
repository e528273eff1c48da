"""The IPython extension: errfix's answer under a notebook cell's traceback.

    %load_ext errfix_lsp                   # Jupyter Notebook/Lab, Colab, VS Code notebooks, ipython
    c.InteractiveShellApp.extensions = ["errfix_lsp"]    # ipython_config.py, always on

When a cell raises, IPython shows its traceback as always; then, only if errfix knows the error,
a rich output follows (HTML, Markdown and plain text; the plain text always names the entry id):
the cause, what works best first, what does not, and the fix as a diff. Unknown errors add
nothing. errfix reads the exception after IPython has shown it, so a failure inside errfix can
never hide or change the user's traceback: it is reported in one line on stderr and ignored.

Magics:
    %errfix last        the answer for the last error again
    %errfix fix         show the fix's diff, then apply it: to the workspace `.py` file the
                        traceback names (inside the working directory, written atomically, only
                        if the file did not change since), or, for code defined in a cell, as a
                        new cell holding the fixed source (outputs are never edited)
    %errfix search Q    search the knowledge base
    %%errfix            explain the cell's text (pasted output) instead of running it
"""

from __future__ import annotations

import html
import os
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engine import Engine
from .explain import ExplainedEvent
from .fixers import Fix, FixRequest, run_fixer
from .proposals import FileRefused, Proposal, entry_summary, propose_fixes, unified_diff

_state: _State | None = None


@dataclass
class _Answer:
    """What errfix said about one error: the explained event and the fixes it found."""

    error_text: str
    event: ExplainedEvent
    proposals: list[tuple[Proposal, str | None]] = field(default_factory=list)  # (fix, file or None=cell)


class _State:
    def __init__(self, shell: Any) -> None:
        self.shell = shell
        self.engine: Engine | None = None
        self.last: _Answer | None = None

    def engine_loaded(self) -> Engine:
        if self.engine is None:
            self.engine = Engine.load()
        return self.engine

    # -- after every cell ------------------------------------------------------------------

    def post_run_cell(self, result: Any) -> None:
        error = getattr(result, "error_in_exec", None)
        if error is None:
            return
        try:
            answer = self.answer(_format_exception(error))
            if answer is not None:
                self.last = answer
                _display(answer)
        except Exception as problem:  # noqa: BLE001 - never disturb the user's own error
            print(
                f"errfix: could not explain this error ({type(problem).__name__}: {problem})", file=sys.stderr
            )

    def answer(self, error_text: str) -> _Answer | None:
        engine = self.engine_loaded()
        known = [item for item in engine.explain(error_text) if item.matches]
        if not known:
            return None
        answer = _Answer(error_text, known[-1])
        answer.proposals = self._proposals(answer)
        return answer

    def _proposals(self, answer: _Answer) -> list[tuple[Proposal, str | None]]:
        """Fixes for workspace files the traceback names, then for the cell that defines the
        class the error names."""
        found: list[tuple[Proposal, str | None]] = []
        root = Path.cwd()
        seen: set[str] = set()
        for frame in reversed(answer.event.key_block.frames):
            file = frame.file or ""
            if file in seen or not file.endswith(".py") or _is_cell_file(file):
                continue
            seen.add(file)
            try:
                proposals, _refused = propose_fixes(self.engine_loaded(), answer.error_text, file, root)
            except FileRefused:
                continue
            found += [(p, file) for p in proposals if p.new_source is not None]
            if found:
                return found
        cell = self._defining_cell(answer.event.matches[0].captures.get("class_name"))
        if cell is not None:
            match = answer.event.matches[0]
            for fixer_id in match.entry.fixes:
                request = FixRequest(cell, dict(match.captures), match.entry.id, None, "cell.py")
                result = run_fixer(fixer_id, request)
                if isinstance(result, Fix) and result.new_source is not None:
                    diff = unified_diff(cell, result.new_source, "cell")
                    proposal = Proposal(
                        match.entry.id,
                        fixer_id,
                        result.title,
                        result.safety,
                        result.note or "",
                        diff,
                        None,
                        result.new_source,
                        cell,
                    )
                    found.append((proposal, None))
        return found

    def _defining_cell(self, class_name: str | None) -> str | None:
        if not class_name:
            return None
        history = self.shell.user_ns.get("In") or []
        for source in reversed(history):
            if isinstance(source, str) and f"class {class_name}" in source:
                return source
        return None


def _format_exception(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def _is_cell_file(file: str) -> bool:
    """ipykernel compiles cells to temporary files (`/tmp/ipykernel_123/456.py`)."""
    return "ipykernel_" in file or file.startswith("<ipython-input") or file.startswith("Cell In")


# -- rendering ------------------------------------------------------------------------------


def bundle(answer: _Answer, locale: str = "en") -> dict[str, str]:
    """The rich output: text/plain (always with the entry id), text/markdown and text/html."""
    entry = answer.event.matches[0].entry
    summary = entry_summary(entry, locale)
    works = [w for w in summary["workarounds"] if w["action"]]
    dead = [d for d in summary["dead_ends"] if d["why_fails"]]
    plain = [f"errfix: {entry.id}", f"cause: {summary['cause']}"]
    plain += [
        f"try {n}: {w['action']}" + (f" - {w['how']}" if w["how"] else "") for n, w in enumerate(works, 1)
    ]
    plain += [f"don't: {d['action']}: {d['why_fails']}" for d in dead]
    md = [f"**errfix** · `{entry.id}`", "", f"**Cause:** {summary['cause']}", ""]
    if works:
        md += ["**What works**", ""] + [
            f"{n}. {w['action']}" + (f" — {w['how']}" if w["how"] else "") for n, w in enumerate(works, 1)
        ]
        md.append("")
    if dead:
        md += ["**What does not**", ""] + [f"- {d['action']}: {d['why_fails']}" for d in dead] + [""]
    page = [
        '<div class="errfix" style="border-left:3px solid #d9822b;padding:4px 10px;margin-top:4px">',
        f"<b>errfix</b> · <code>{html.escape(entry.id)}</code>",
        f"<p><b>Cause:</b> {html.escape(summary['cause'])}</p>",
    ]
    if works:
        items = "".join(
            f"<li>{html.escape(w['action'])}"
            + (f" — <code>{html.escape(w['how'])}</code>" if w["how"] else "")
            + "</li>"
            for w in works
        )
        page.append(f"<p><b>What works</b></p><ol>{items}</ol>")
    if dead:
        items = "".join(f"<li>{html.escape(d['action'])}: {html.escape(d['why_fails'])}</li>" for d in dead)
        page.append(f"<details><summary>What does not</summary><ul>{items}</ul></details>")
    for proposal, file in answer.proposals:
        where = file or "the cell that defines it"
        plain += [
            f"fix ({proposal.safety}): {proposal.title} in {where} - run %errfix fix",
            proposal.diff or "",
        ]
        md += [
            f"**Fix** ({proposal.safety}): {proposal.title} in `{where}` — run `%errfix fix`",
            "",
            f"```diff\n{proposal.diff or ''}```",
            "",
        ]
        page.append(
            f"<p><b>Fix</b> ({html.escape(proposal.safety)}): {html.escape(proposal.title)} in "
            f"<code>{html.escape(where)}</code> — run <code>%errfix fix</code></p>"
            f"<pre>{html.escape(proposal.diff or '')}</pre>"
        )
    page.append("</div>")
    return {"text/plain": "\n".join(plain), "text/markdown": "\n".join(md), "text/html": "".join(page)}


def _display(answer: _Answer) -> None:
    from IPython.display import display

    display(bundle(answer), raw=True)


# -- applying a fix -------------------------------------------------------------------------


def apply_to_file(proposal: Proposal, file: str, root: Path) -> str:
    """Write the fixed source over `file` atomically; refuse when the file changed since."""
    from .proposals import checked_file, read_source

    real = checked_file(file, root)
    current = read_source(real)
    if proposal.original is not None and current != proposal.original:
        raise FileRefused(f"{file} changed since the fix was proposed; run the cell again")
    handle, temp = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".errfix")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(proposal.new_source or "")
        os.chmod(temp, real.stat().st_mode & 0o7777)
        os.replace(temp, real)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return str(real)


# -- magics -------------------------------------------------------------------------------------


def _errfix_line_magic(line: str) -> None:
    state = _require_state()
    words = line.strip().split(None, 1)
    command = words[0] if words else "last"
    if command == "last":
        if state.last is None:
            print("errfix: no recognised error yet in this session")
            return
        _display(state.last)
    elif command == "fix":
        _fix(state)
    elif command == "search":
        query = words[1] if len(words) > 1 else ""
        for hit in state.engine_loaded().search(query, 10):
            print(f"{hit.entry.id}  {hit.entry.signature[:100]}")
    else:
        print("usage: %errfix last | %errfix fix | %errfix search QUERY")


def _fix(state: _State) -> None:
    answer = state.last
    if answer is None or not answer.proposals:
        print("errfix: no fix to apply for the last error")
        return
    proposal, file = answer.proposals[0]
    print(proposal.diff or "")
    if file is None:
        state.shell.set_next_input(proposal.new_source or "", replace=False)
        print("errfix: the fixed cell source is in a new cell below; run it, then re-run what failed")
        return
    try:
        written = apply_to_file(proposal, file, Path.cwd())
    except FileRefused as problem:
        print(f"errfix: not applied: {problem}")
        return
    print(f"errfix: fixed {written}; restart the kernel or reload the module, then run the cell again")


def _errfix_cell_magic(line: str, cell: str) -> None:
    state = _require_state()
    answer = state.answer(cell)
    if answer is None:
        print("errfix: no known error in this text")
        return
    state.last = answer
    _display(answer)


def _require_state() -> _State:
    if _state is None:
        raise RuntimeError("load the extension first: %load_ext errfix_lsp")
    return _state


def load_ipython_extension(shell: Any) -> None:
    global _state
    if _state is not None and _state.shell is shell:
        return
    _state = _State(shell)
    shell.events.register("post_run_cell", _state.post_run_cell)
    shell.register_magic_function(_errfix_line_magic, "line", "errfix")
    shell.register_magic_function(_errfix_cell_magic, "cell", "errfix")


def unload_ipython_extension(shell: Any) -> None:
    global _state
    if _state is not None:
        shell.events.unregister("post_run_cell", _state.post_run_cell)
    _state = None
