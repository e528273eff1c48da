"""collections-abc and pip-install-missing-module."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from errfix_lsp.fixers._migrate_pip_names import DISTRIBUTIONS, SUBMODULE_UPGRADES, WELL_KNOWN
from tests.conftest import require

from ._helpers import declined, fix, fixed

ABC = "collections-abc"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("import collections\nok = isinstance(x, collections.Mapping)\n",
         "import collections\nimport collections.abc\nok = isinstance(x, collections.abc.Mapping)\n"),
        ("import os, collections as C\nclass A(C.MutableMapping): pass\n",
         "import os, collections as C\nimport collections.abc\nclass A(C.abc.MutableMapping): pass\n"),
        ("import collections\nimport collections.abc\nx = collections.Iterable\n",
         "import collections\nimport collections.abc\nx = collections.abc.Iterable\n"),
        ("from collections import Mapping, OrderedDict\n",
         "from collections.abc import Mapping\nfrom collections import OrderedDict\n"),
        ("from collections import Mapping as M, Sequence\n", "from collections.abc import Mapping as M, Sequence\n"),
        ("from collections import (\n    Mapping,  # keep me\n    Sequence,\n)\n",
         "from collections.abc import (\n    Mapping,  # keep me\n    Sequence,\n)\n"),
        ("def f():\r\n\timport collections\r\n\treturn collections.Callable\r\n",
         "def f():\r\n\timport collections\r\n\timport collections.abc\r\n\treturn collections.abc.Callable\r\n"),
        ("import collections\nx = collections.Sized", "import collections\nimport collections.abc\nx = collections.abc.Sized"),
    ],
)
def test_collections_abc(before, after):
    assert fixed(ABC, before) == after


def test_collections_leaves_other_things_alone():
    source = (
        "import collections\nimport typing\n"
        "a = typing.Mapping\nb = collections.OrderedDict()\nc = 'collections.Mapping'\nd = collections.Mapping\n"
    )
    out = fixed(ABC, source)
    assert "a = typing.Mapping" in out and "b = collections.OrderedDict()" in out
    assert "c = 'collections.Mapping'" in out and "d = collections.abc.Mapping" in out


def test_collections_declines_when_a_library_raised_it():
    reason = declined(ABC, "import tensorboard\n", attribute="Mapping")
    assert "upgrade" in reason
    assert declined(ABC, "import collections.abc\nx = collections.abc.Mapping\n")


PIP = "pip-install-missing-module"


@pytest.mark.parametrize(
    ("module", "command"),
    [
        ("cv2", "pip install opencv-python"),
        ("sklearn", "pip install scikit-learn"),
        ("PIL", "pip install Pillow"),
        ("yaml", "pip install PyYAML"),
        ("bs4", "pip install beautifulsoup4"),
        ("google.protobuf", "pip install protobuf"),
        ("torch", "pip install torch"),
        ("numpy._core", 'pip install --upgrade "numpy>=2"'),
    ],
)
def test_pip_command_names_the_distribution(module, command):
    result = fix(PIP, "", module=module)
    assert result.command == command and result.new_source is None
    assert result.safety == "unsafe" and not result.preferred  # installs code: never one-key


def test_unknown_names_are_declined_not_guessed():
    assert "your own project" in declined(PIP, "", module="utils")
    assert "does not guess" in declined(PIP, "", module="frobnicate_widgets")


@pytest.mark.parametrize(
    ("module", "why"),
    [
        ("sklearn.externals.joblib", "code fix"),
        ("numpy.foo", "another version"),
        ("tkinter", "standard library"),
        ("detectron2", "not installable"),
        ("", "no module"),
        ("a b", "no module"),
        ("_private", "private"),
    ],
)
def test_pip_declines(module, why):
    assert why in declined(PIP, "", module=module)


PYPI_INDEX = Path(os.environ.get("ERRFIX_PYPI_INDEX", "/work/.library/env/packages/pypi.tsv"))


def test_every_distribution_in_the_table_exists_on_pypi():
    """Checked against a list of PyPI project names (no network): a typo would send users to a
    missing or squatted project."""
    require(PYPI_INDEX.is_file(), f"PyPI name list not found at {PYPI_INDEX}")
    names = set()
    with PYPI_INDEX.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            names.add(re.sub(r"[-_.]+", "-", line.split("\t", 1)[0]).lower())
    wanted = {d for d in DISTRIBUTIONS.values() if d} | set(WELL_KNOWN)
    wanted |= {re.split(r"[<>=]", spec)[0] for spec, _ in SUBMODULE_UPGRADES.values()}
    missing = sorted(d for d in wanted if re.sub(r"[-_.]+", "-", d).lower() not in names)
    assert missing == []
