"""Fixer `pip-install-missing-module`: "No module named 'cv2'" -> `pip install opencv-python`.

Offers a shell COMMAND, not an edit: the code is right, the environment lacks a package. One
click would install code from the internet, so a name is only suggested when errfix knows which
project it is:

- the import name is in the curated, tested map of well-known distributions
  (`_migrate_pip_names`: `cv2` -> opencv-python, `sklearn` -> scikit-learn, `PIL` -> Pillow ...),
- or an installed distribution in this environment provides it (`importlib.metadata`), and that
  distribution was installed from an index (not a local path or VCS URL: those are private).

Declines (never suggests): names within a small edit distance of a popular project (typosquats
such as `reqeusts`),
names on the known-malicious list (`torchtriton`, `colourama`, ...), private-looking names
(leading underscore, `internal`/`corp`/`private` parts: a dependency-confusion invitation),
`setup`, standard-library modules. Every command is marked unsafe (never the preferred action;
the title says why), shows the exact command, and only runs when the user picks it.

"No module named 'pkg.sub'" means `pkg` IS installed and lacks `sub`: only known cases
(`numpy._core` -> upgrade NumPy) get a command.

Example: `import cv2` failing -> command `pip install opencv-python`.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
from functools import lru_cache

from ._migrate_pip_names import (
    DISTRIBUTIONS,
    KNOWN_MALICIOUS,
    NEVER_INSTALL,
    SUBMODULE_UPGRADES,
    WELL_KNOWN,
    normalize,
    popular_names,
)
from .base import Declined, Fix, Fixer, FixRequest, FixResult

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\Z")
# PEP 508 project names: letters, digits, '-', '_', '.'; starting and ending alphanumerically, so
# a name can never be read as an option (`-e`, `--index-url`) or carry shell syntax.
_DISTRIBUTION = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\Z")
_PRIVATE_PART = re.compile(
    r"(?:^|[-_.])(?:internal|private|priv|corp|corporate|intranet|inhouse|proprietary|confidential)"
    r"(?:[-_.]|$)",
    re.IGNORECASE,
)
_STDLIB = frozenset(getattr(sys, "stdlib_module_names", ())) | {"distutils", "imp", "asynchat"}
UNSAFE = "installs code from PyPI; check the name before you run it"
_PIP_NOTE = (
    "Run it with the same Python that ran your program (python -m pip install ... if `pip` "
    "belongs to another interpreter or virtual environment)."
)


def fix(request: FixRequest) -> FixResult:
    module = (request.captures.get("module") or "").strip()
    if not module or not _NAME.match(module):
        return Declined("the error names no module errfix can suggest a package for")
    top = module.split(".")[0]
    if module == "sklearn.externals" or module.startswith("sklearn.externals."):
        return Declined("sklearn.externals was removed from scikit-learn: use the code fix instead")
    if module in SUBMODULE_UPGRADES:
        spec, why = SUBMODULE_UPGRADES[module]
        return _command(["--upgrade", spec], why)
    for prefix in _prefixes(module):  # google.protobuf -> protobuf (namespace packages)
        if prefix in DISTRIBUTIONS and "." in prefix:
            return _named(prefix, DISTRIBUTIONS[prefix])
    if "." in module:
        return Declined(
            f"'{top}' is installed but has no module '{module}': the code expects another "
            f"version of {top} (check its changelog for where '{module}' moved)"
        )
    if module in DISTRIBUTIONS:
        return _named(module, DISTRIBUTIONS[module])
    if module in _STDLIB:
        return Declined(
            f"'{module}' belongs to Python's standard library: this Python was built without it "
            "or is another interpreter than expected (e.g. install python3-tk for tkinter)"
        )
    if module in WELL_KNOWN:
        return _named(module, module)
    refused = refuse(module)
    if refused:
        return Declined(refused)
    installed = installed_distribution(module)
    if installed is not None:
        return _named(module, installed, source="installed")
    return Declined(
        f"'{module}' is not a package errfix knows: errfix does not guess PyPI names (a project "
        f"called '{module}' may be unrelated or malicious). If '{module}' is your own module, run "
        "from the project root (or fix PYTHONPATH); otherwise look up the package's install "
        "instructions."
    )


def refuse(name: str) -> str | None:
    """Why `name` (an import or distribution name) must never be suggested, or None."""
    key = normalize(name)
    if key in NEVER_INSTALL:
        return NEVER_INSTALL[key]
    if key in KNOWN_MALICIOUS:
        return f"'{name}' is a known malicious package on PyPI ({KNOWN_MALICIOUS[key]}); not suggested"
    if name.startswith("_"):
        return f"'{name}' is a private module, not a package to install"
    if _PRIVATE_PART.search(name):
        return (
            f"'{name}' looks like a private (company-internal) package: installing that name from "
            "PyPI could install an impostor (dependency confusion); use your organisation's index"
        )
    near = lookalike(name)
    if near:
        return (
            f"'{name}' looks like a misspelling of '{near}': check the import (installing a "
            "misspelt name from PyPI is how typosquatting packages get in)"
        )
    return None


def lookalike(name: str) -> str | None:
    """The popular project `name` is a near miss of (edit distance 1-2), if any."""
    key = normalize(name)
    popular = popular_names()
    if key in popular or len(key) < 4:
        return None
    limit = 1 if len(key) < 6 else 2
    for other in sorted(popular):
        if abs(len(other) - len(key)) <= limit and _distance(key, other, limit) <= limit:
            return other
    return None


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (swaps count as one edit), stopping above `limit`."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=1)
def _packages_distributions() -> dict[str, list[str]]:
    try:
        return dict(importlib.metadata.packages_distributions())
    except Exception:  # noqa: BLE001 - broken metadata in the environment: no answer from it
        return {}


def installed_distribution(module: str) -> str | None:
    """The distribution this environment installed `module` from, when it is a public one.

    One distribution only (several would be a guess), installed from an index: a distribution
    with `direct_url.json` came from a local path or a VCS URL, so PyPI's project of that name
    (if any) is someone else's.
    """
    names = sorted(set(_packages_distributions().get(module, [])))
    if len(names) != 1 or not _DISTRIBUTION.match(names[0]) or refuse(names[0]):
        return None
    try:
        if importlib.metadata.distribution(names[0]).read_text("direct_url.json") is not None:
            return None
    except Exception:  # noqa: BLE001 - unreadable metadata: do not suggest
        return None
    return names[0]


def _named(import_name: str, distribution: str | None, source: str = "map") -> FixResult:
    if distribution is None:
        return Declined(f"'{import_name}' is not installable from PyPI by name; see its install guide")
    note = _PIP_NOTE
    if import_name == "cv2":
        note = "On a server without a display, opencv-python-headless is the lighter choice. " + note
    if import_name == "distutils":
        note = "distutils was removed in Python 3.12; setuptools provides it. " + note
    if source == "installed":
        note = (
            f"'{distribution}' is the distribution that provides '{import_name}' in the "
            "environment errfix runs in. " + note
        )
    return _command([distribution], note)


def _prefixes(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:n]) for n in range(len(parts), 0, -1)]


def _command(arguments: list[str], note: str) -> FixResult:
    """`pip install ARGS`; every argument is checked, so the line has no shell syntax and no
    argument pip could take for an option it was not meant to get."""
    for argument in arguments:
        spec = re.split(r"[<>=!~]", argument, maxsplit=1)[0]
        if argument != "--upgrade" and not _DISTRIBUTION.match(spec):
            return Declined(f"{argument!r} is not a valid package name; not suggested")
    shown = " ".join(f'"{a}"' if re.search(r"[<>=!~]", a) else a for a in arguments)
    command = f"pip install {shown}"
    return Fix(
        title=f"Run: {command}",
        command=command,
        note=note,
        preferred=False,
        safety="unsafe",
        unsafe_because=UNSAFE,
    )


FIXER = Fixer(
    id="pip-install-missing-module",
    title="Install the missing package with pip",
    fix=fix,
    entries=("python/module-not-found",),
    safety="unsafe",
)
