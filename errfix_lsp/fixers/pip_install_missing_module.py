"""Fixer `pip-install-missing-module`: "No module named 'cv2'" -> `pip install opencv-python`.

Offers a shell COMMAND, not an edit: the code is right, the environment lacks a package. The
import name is mapped to its PyPI distribution (`cv2` -> opencv-python, `sklearn` ->
scikit-learn, `PIL` -> Pillow, `yaml` -> PyYAML, ... see `_migrate_pip_names`); for names not in
the table the import name itself is offered, as a non-preferred action with a warning, since a
same-named PyPI project may be an unrelated (or malicious) package, or the module may be the
user's own file.

"No module named 'pkg.sub'" means `pkg` IS installed and lacks `sub` (another version is
expected), so a plain install would not help: only known cases (`numpy._core` -> upgrade NumPy)
get a command.

Declines: no `module` capture; `sklearn.externals.*` (the `sklearn-externals-joblib` fix edits
the code instead); standard-library modules (a broken or different Python, not a pip problem);
other dotted names; packages not installable from PyPI by name (detectron2).

Example: `import cv2` failing -> command `pip install opencv-python`.
"""

from __future__ import annotations

import re
import sys

from ._migrate_pip_names import DISTRIBUTIONS, SUBMODULE_UPGRADES, WELL_KNOWN
from .base import Declined, Fix, Fixer, FixRequest, FixResult

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
_STDLIB = frozenset(getattr(sys, "stdlib_module_names", ())) | {"distutils", "imp", "asynchat"}
_PIP_NOTE = (
    "Run it with the same Python that ran your program (python -m pip install ... if `pip` "
    "belongs to another interpreter or virtual environment)."
)


def fix(request: FixRequest) -> FixResult:
    module = (request.captures.get("module") or "").strip()
    if not module or not _NAME.match(module):
        return Declined("the error names no module")
    top = module.split(".")[0]
    if module == "sklearn.externals" or module.startswith("sklearn.externals."):
        return Declined("sklearn.externals was removed from scikit-learn: use the code fix instead")
    if module in SUBMODULE_UPGRADES:
        spec, why = SUBMODULE_UPGRADES[module]
        return _command(f'pip install --upgrade "{spec}"', why, preferred=True)
    for prefix in _prefixes(module):  # google.protobuf -> protobuf (namespace packages)
        if prefix in DISTRIBUTIONS and "." in prefix:
            return _named(prefix, DISTRIBUTIONS[prefix], module)
    if "." in module:
        return Declined(
            f"'{top}' is installed but has no module '{module}': the code expects another "
            f"version of {top} (check its changelog for where '{module}' moved)"
        )
    if module in DISTRIBUTIONS:
        return _named(module, DISTRIBUTIONS[module], module)
    if module in _STDLIB:
        return Declined(
            f"'{module}' belongs to Python's standard library: this Python was built without it "
            "or is another interpreter than expected (e.g. install python3-tk for tkinter)"
        )
    if module.startswith("_"):
        return Declined(f"'{module}' is a private module, not a package to install")
    if module in WELL_KNOWN:
        return _command(f"pip install {module}", _PIP_NOTE, preferred=True)
    note = (
        f"'{module}' is not in errfix's table of known packages: check on PyPI that the project "
        f"named '{module}' is the one you want. If '{module}' is your own module, run from the "
        f"project root (or fix PYTHONPATH) instead. {_PIP_NOTE}"
    )
    return _command(f"pip install {module}", note, preferred=False)


def _named(import_name: str, distribution: str | None, module: str) -> FixResult:
    if distribution is None:
        return Declined(f"'{import_name}' is not installable from PyPI by name; see its install guide")
    note = _PIP_NOTE
    if import_name == "cv2":
        note = "On a server without a display, opencv-python-headless is the lighter choice. " + note
    if import_name == "distutils":
        note = "distutils was removed in Python 3.12; setuptools provides it. " + note
    return _command(f"pip install {distribution}", note, preferred=True)


def _prefixes(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:n]) for n in range(len(parts), 0, -1)]


def _command(command: str, note: str, preferred: bool) -> Fix:
    return Fix(title=f"Run: {command}", command=command, note=note, preferred=preferred)


FIXER = Fixer(
    id="pip-install-missing-module",
    title="Install the missing package with pip",
    fix=fix,
    entries=("python/module-not-found",),
)
