"""Fixer `torch-safe-globals`: allow-list the one class a checkpoint needs, keeping `weights_only`.

PyTorch 2.6 changed `torch.load`'s default to `weights_only=True`: a checkpoint that pickles
anything but tensors and plain containers (a config object, `argparse.Namespace`) is refused with
"Weights only load failed ... Unsupported global: GLOBAL __main__.Config was not an allowed global
by default". The error names the class; this fix allow-lists exactly that class before the failing
statement, as the message recommends:

    torch.serialization.add_safe_globals([Config])
    state = torch.load(path)

The checkpoint then loads to what `weights_only=False` (the pre-2.6 behaviour) gave, proven by
the differential check, while every other global still stays forbidden.

Only classes the program itself owns or names are allow-listed, never what the file alone asks for:
a class defined at the top level of this file for `__main__.X`; for `package.module.X`, a
CapWords name (a class by convention; functions a checkpoint could call with its own arguments
are refused), outside the modules that run code (`os`, `subprocess`, `builtins`, `pickle`,
`functools`, ...), taken from the file's own import or imported with `from package.module import X`.

Declines: the file does not parse; the error names no global; the global is a function or lives in
a module that can run code; `__main__.X` but this file defines no top-level class `X` (it is the
saving script's class: define or import it under `__main__` by hand); the class is defined after
the failing module-level statement; the statement shares its line with another (`if x: load()`);
the class is already allow-listed in this file.

Safety: safe. The checkpoint can construct that one class and nothing more; weights_only stays on.
The unsafe alternative, `torch-weights-only-false`, is offered after this one.

Example: `cfg = torch.load("ckpt.pt")` failing on `__main__.Config` ->
`torch.serialization.add_safe_globals([Config])` inserted on the line before.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, insert_import, names_in_use, newline_of, nodes, parse
from ._torch_common import (
    dotted,
    is_torch_load,
    load_names,
    starts_line,
    statement_at,
    torch_names,
    within,
)
from .base import Declined, Fix, Fixer, FixRequest, FixResult

# top-level packages whose objects run code when called by an unpickler; never allow-listed
_RUNS_CODE = frozenset(
    {
        "os",
        "posix",
        "nt",
        "subprocess",
        "builtins",
        "__builtin__",
        "sys",
        "shutil",
        "importlib",
        "runpy",
        "pickle",
        "_pickle",
        "copyreg",
        "marshal",
        "ctypes",
        "code",
        "codeop",
        "pty",
        "socket",
        "multiprocessing",
        "webbrowser",
        "functools",
        "operator",
        "types",
        "inspect",
        "pdb",
        "bdb",
        "tempfile",
        "io",
        "_io",
        "asyncio",
        "threading",
        "signal",
        "urllib",
        "http",
        "ftplib",
        "smtplib",
        "pydoc",
        "timeit",
        "trace",
        "profile",
        "cProfile",
        "zipimport",
        "dill",
        "cloudpickle",
        "joblib",
        "numpy",
        "torch",
        "exec",
        "eval",
        "compile",
        "ast",
        "site",
    }
)
# lower-case names that are nevertheless plain data classes
_DATA_CLASSES = frozenset(
    {
        "collections.defaultdict",
        "collections.deque",
        "collections.OrderedDict",
        "datetime.datetime",
        "datetime.date",
        "datetime.time",
        "datetime.timedelta",
    }
)


def fix(request: FixRequest) -> FixResult:
    module = request.captures.get("module") or ""
    name = request.captures.get("class_name") or ""
    if not module or not name:
        return Declined("the error names no global to allow-list")
    if "load" not in request.source:  # cheap test before parsing
        return Declined("no torch.load call in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    if request.line is None:
        return Declined("the error line is unknown")
    statement = statement_at(tree, request.line)
    torch = torch_names(tree)
    if statement is None or not any(is_torch_load(n, torch, load_names(tree)) for n in within(statement)):
        return Declined(f"no torch.load(...) call on line {request.line}")
    smap = SourceMap(request.source)
    if not starts_line(smap, statement):
        return Declined("the failing statement shares its line with another; split it first")
    qualified = f"{module}.{name}"
    reference, import_line, why = _reference(tree, module, name)
    if reference is None:
        return Declined(why)
    if _already_allowed(tree, reference, qualified):
        return Declined(f"{qualified} is already allow-listed in this file")
    if module == "__main__" and not _defined_before(tree, name, statement):
        return Declined(f"class {name} is defined after the failing statement; move the load below it")
    edits: list[Edit] = []
    torch_name = "torch" if "torch" in torch else (sorted(torch)[0] if torch else None)
    if torch_name is None:
        if "torch" in names_in_use(tree):
            return Declined("`torch` names something else here; import torch and edit by hand")
        torch_name = "torch"
        edits.append(insert_import(smap, tree, "import torch"))
    if import_line:
        edits.append(insert_import(smap, tree, import_line))
    start = smap.line_start(statement.lineno)
    indent = smap.indent_of(statement.lineno)
    line = f"{indent}{torch_name}.serialization.add_safe_globals([{reference}]){newline_of(request.source)}"
    edits.append(Edit(start, start, line))
    return Fix(
        title=f"Allow-list {qualified} for torch.load (torch.serialization.add_safe_globals)",
        new_source=apply(request.source, _ordered(edits)),
        note=(
            f"weights_only stays on: the checkpoint may build {qualified} and nothing else. If it "
            "needs another class, the next error names it."
        ),
    )


def _ordered(edits: list[Edit]) -> list[Edit]:
    """Insertions at one offset keep their order (imports before the allow-list line)."""
    merged: dict[int, str] = {}
    for edit in edits:
        merged[edit.start] = merged.get(edit.start, "") + edit.text
    return [Edit(offset, offset, text) for offset, text in merged.items()]


def _reference(tree: ast.Module, module: str, name: str) -> tuple[str | None, str, str]:
    """(how this file names the class, an import line to add or "", why not)."""
    if module == "__main__":
        classes = [s for s in tree.body if isinstance(s, ast.ClassDef) and s.name == name]
        if len(classes) != 1:
            return (
                None,
                "",
                (
                    f"the checkpoint names __main__.{name}, the class of the script that saved it, and "
                    f"this file defines no top-level class {name}; define it here or load with "
                    "weights_only=False if you trust the file"
                ),
            )
        return name, "", ""
    qualified = f"{module}.{name}"
    top = module.split(".")[0]
    if top in _RUNS_CODE or module.startswith("_"):
        return None, "", f"{qualified} comes from a module whose objects can run code; not allow-listed"
    if not (name[:1].isupper() or qualified in _DATA_CLASSES):
        return None, "", f"{qualified} looks like a function, which a checkpoint could call; not allow-listed"
    for node in nodes(tree):
        if isinstance(node, ast.ImportFrom) and node.module == module and not node.level:
            for alias in node.names:
                if alias.name == name:
                    return alias.asname or name, "", ""
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == module:
                    return f"{alias.asname or module}.{name}", "", ""
    if name in names_in_use(tree):
        return None, "", f"`{name}` already names something else here; import {qualified} by hand"
    return name, f"from {module} import {name}", ""


def _already_allowed(tree: ast.AST, reference: str, qualified: str) -> bool:
    for node in nodes(tree):
        if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], (ast.List, ast.Tuple))):
            continue
        function = dotted(node.func) or ""
        if function.split(".")[-1] not in ("add_safe_globals", "safe_globals"):
            continue
        listed = {dotted(e) for e in node.args[0].elts}
        if reference in listed or qualified in listed:
            return True
    return False


def _defined_before(tree: ast.Module, name: str, statement: ast.stmt) -> bool:
    """A module-level load must come after the class statement; a load in a function runs later."""
    if statement not in tree.body:
        return True
    return any(
        isinstance(s, ast.ClassDef) and s.name == name and s.lineno < statement.lineno for s in tree.body
    )


FIXER = Fixer(
    id="torch-safe-globals",
    title="Allow-list the checkpoint's class (torch.serialization.add_safe_globals)",
    fix=fix,
    entries=("pytorch/torch-load-weights-only",),
    safety="safe",
)
