"""Fixer `torch-main-guard`: put a script's top-level code under `if __name__ == "__main__":`.

Under the `spawn` start method (Windows, macOS, `multiprocessing_context="spawn"`) every worker —
DataLoader workers included — starts a fresh interpreter that imports the main script. Without a
main guard the import runs the training code again, which starts workers again, and Python stops
it: "RuntimeError: An attempt has been made to start a new process before the current process has
finished its bootstrapping phase". The fix keeps the imports, functions and classes at the top
level (workers need them) and indents everything from the first other statement to the end of
the file under the guard.

Only scripts of a simple shape are rewritten, the ones where the guard provably changes nothing
for the main process: the script's code after the first guarded statement contains no function,
class or import statement (they would move under the guard and vanish from the workers), and no
function or class reads a name that only the guarded code assigns (a worker would see it missing).
Module-level names stay module-level inside an `if`.

Declines: the file does not parse; it already has a main guard; nothing to guard; a def/class/import
after the first guarded statement; a function reads a guarded name; a multi-line string would
change when indented (a triple-quoted literal spanning lines inside the guarded code).

Safety: safe: the main process runs the same statements in the same order in the same namespace;
only re-imports (the spawned workers) skip them, which is what the guard is for.

Example: `loader = DataLoader(ds, num_workers=2)` / `for batch in loader: ...` at the top level ->
the same lines indented under `if __name__ == "__main__":`.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, newline_of, nodes, parse
from .base import Declined, Fix, Fixer, FixRequest, FixResult

_KEEP = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def fix(request: FixRequest) -> FixResult:
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    if any(_is_main_guard(s) for s in nodes(tree) if isinstance(s, ast.If)):
        return Declined('the file already has an `if __name__ == "__main__":` guard')
    body = list(tree.body)
    first = next((i for i, s in enumerate(body) if not _keep(s, i)), None)
    if first is None:
        return Declined("no top-level code to guard")
    guarded = body[first:]
    for statement in guarded:
        if isinstance(statement, _KEEP):
            kind = "an import" if isinstance(statement, (ast.Import, ast.ImportFrom)) else "a def/class"
            return Declined(
                f"{kind} on line {statement.lineno} comes after top-level code; move the code into a "
                "main() function by hand"
            )
    assigned = _assigned(guarded)
    kept = [s for s in body[:first] if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    read = {
        n.id for s in kept for n in ast.walk(s) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    }
    defined_before = _assigned(body[:first]) | {s.name for s in kept}
    needed = sorted((read & assigned) - defined_before)
    if needed:
        return Declined(
            f"a function or class reads {', '.join(needed)}, which only the guarded code assigns; "
            "spawned workers would not have it"
        )
    smap = SourceMap(request.source)
    start_line = guarded[0].lineno
    end_line = guarded[-1].end_lineno or guarded[-1].lineno
    if _multiline_strings(guarded, smap):
        return Declined("a multi-line string in the top-level code would change when indented")
    newline = newline_of(request.source)
    edits: list[Edit] = []
    start = smap.line_start(start_line)
    edits.append(Edit(start, start, f'if __name__ == "__main__":{newline}'))
    indent = _indent_unit(request.source)
    for line in range(start_line, end_line + 1):
        offset = smap.line_start(line)
        text = request.source[offset : smap.line_end(line)]
        if text.strip(" \t\r\n"):
            edits.append(Edit(offset, offset, indent))
    merged: dict[int, str] = {}
    for edit in edits:
        merged[edit.start] = merged.get(edit.start, "") + edit.text
    new_source = apply(request.source, [Edit(o, o, t) for o, t in merged.items()])
    return Fix(
        title=f'Guard the top-level code with if __name__ == "__main__": (lines {start_line}-{end_line})',
        new_source=new_source,
        note="Spawned workers import this file; the guard keeps them from running the script again.",
    )


def _keep(statement: ast.stmt, index: int) -> bool:
    """Imports, defs, classes and the docstring stay at the top level."""
    if isinstance(statement, _KEEP):
        return True
    return (
        index == 0
        and isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def _is_main_guard(node: ast.If) -> bool:
    test = node.test
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = [test.left, test.comparators[0]]
    names = [s for s in sides if isinstance(s, ast.Name) and s.id == "__name__"]
    values = [s for s in sides if isinstance(s, ast.Constant) and s.value == "__main__"]
    return bool(names and values)


def _assigned(statements: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for statement in statements:
        for node in ast.walk(statement):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.alias):
                names.add((node.asname or node.name).split(".")[0])
    return names


def _multiline_strings(statements: list[ast.stmt], smap: SourceMap) -> bool:
    for statement in statements:
        for node in ast.walk(statement):
            spans_lines = (getattr(node, "end_lineno", None) or 0) > getattr(node, "lineno", 0)
            is_text = isinstance(node, ast.JoinedStr) or (
                isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes))
            )
            if spans_lines and is_text and ('"""' in smap.text(node) or "'''" in smap.text(node)):
                return True
    return False


def _indent_unit(source: str) -> str:
    """The file's indentation step (4 spaces unless the file indents with tabs or 2 spaces)."""
    for line in source.splitlines():
        stripped = line.lstrip(" \t")
        if stripped and line != stripped:
            lead = line[: len(line) - len(stripped)]
            if lead.startswith("\t"):
                return "\t"
            if len(lead) in (2, 4, 8):
                return " " * len(lead) if len(lead) <= 4 else "    "
    return "    "


FIXER = Fixer(
    id="torch-main-guard",
    title='Guard the top-level code with if __name__ == "__main__":',
    fix=fix,
    entries=("python/multiprocessing-main-guard",),
    safety="safe",
)
