"""numpy-removed-aliases and numpy2-removed-members on the shapes real code has."""

from __future__ import annotations

import pytest

from errfix_lsp.fixers import run_fixer
from errfix_lsp.fixers.base import FixRequest

from ._helpers import declined, fix, fixed

ALIASES = "numpy-removed-aliases"
NUMPY2 = "numpy2-removed-members"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "import numpy as np\nx = np.zeros(3, dtype=np.float)\n",
            "import numpy as np\nx = np.zeros(3, dtype=float)\n",
        ),
        ("import numpy\nx = numpy.int(3.7)\n", "import numpy\nx = int(3.7)\n"),
        ("import numpy as onp\nx = onp.object\n", "import numpy as onp\nx = object\n"),
        (
            "import numpy as np\nok = np.float(2).is_integer()\n",
            "import numpy as np\nok = float(2).is_integer()\n",
        ),
        ("import numpy as np\nx = np . complex(1)\n", "import numpy as np\nx = complex(1)\n"),
        ("import numpy as np\nx = (np\n     .str)\n", "import numpy as np\nx = (str)\n"),
        ("import numpy.linalg\nx = numpy.unicode\n", "import numpy.linalg\nx = str\n"),
    ],
)
def test_builtin_aliases_become_builtins(before, after):
    assert fixed(ALIASES, before) == after


def test_strings_comments_and_other_modules_stay():
    source = (
        "import numpy as np\nimport torch\n"
        "label = 'np.float'  # np.float in a comment\n"
        "t = torch.float\nx = self_np.float if False else np.float\n"
        "np.float = float  # an assignment is not a use\n"
    )
    out = fixed(ALIASES, source, attribute="float")
    assert "label = 'np.float'  # np.float in a comment" in out
    assert "t = torch.float" in out and "self_np.float" in out
    assert "else float\n" in out and "np.float = float" in out


def test_all_occurrences_are_counted_in_the_title():
    result = fix(ALIASES, "import numpy as np\na = np.float\nb = np.int\nc = np.float(1)\n", attribute="int")
    assert result.title.endswith("(3 places)")


def test_np_bool_only_when_the_error_names_it():
    source = "import numpy as np\nx = np.float(1)\ny = np.bool(0)\n"
    assert "np.bool(0)" in fixed(ALIASES, source, attribute="float")
    assert "y = bool(0)" in fixed(ALIASES, source, attribute="bool")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("from numpy import float\nx = float(1)\n", "x = float(1)\n"),
        ("from numpy import float, zeros\n", "from numpy import zeros\n"),
        ("from numpy import zeros, float, int\n", "from numpy import zeros\n"),
        ("from numpy import (\n    float,  # old\n    zeros,\n)\n", "from numpy import (\n    zeros,\n)\n"),
        (
            "def f():\n    from numpy import float\n    return float(1)\n",
            "def f():\n    pass\n    return float(1)\n",
        ),
    ],
)
def test_from_imports_of_builtin_aliases_are_dropped(before, after):
    assert fixed(ALIASES, before, attribute="float") == after


def test_renamed_builtin_alias_import_is_left_for_the_user():
    assert declined(ALIASES, "from numpy import float as npfloat\n", attribute="float")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("x = np.NaN", "x = np.nan"),
        (
            "x = np.NAN + np.Inf + np.Infinity + np.PINF + np.infty",
            "x = np.nan + np.inf + np.inf + np.inf + np.inf",
        ),
        ("x = np.NINF", "x = -np.inf"),
        ("x = np.NINF ** 2", "x = (-np.inf) ** 2"),
        ("x = 2 ** np.NINF", "x = 2 ** -np.inf"),
        ("x = np.NINF.real", "x = (-np.inf).real"),
        ("x = -np.NINF", "x = -(-np.inf)"),
        ("x = np.PZERO, np.NZERO", "x = 0.0, -0.0"),
        ("a = np.zeros(2, dtype=np.float_)", "a = np.zeros(2, dtype=np.float64)"),
        ("t = np.complex_, np.unicode_, np.string_", "t = np.complex128, np.str_, np.bytes_"),
        ("p = np.product([1, 2]) + np.cumproduct([3])[0]", "p = np.prod([1, 2]) + np.cumprod([3])[0]"),
        ("ok = np.alltrue([1]) and np.sometrue([0])", "ok = np.all([1]) and np.any([0])"),
        ("area = np.trapz([1, 2, 3])", "area = np.trapezoid([1, 2, 3])"),
        ("m = np.in1d([1, 2], [2])", "m = np.isin([1, 2], [2]).ravel()"),
        ("v = np.asscalar(np.array([4]))", "v = np.array([4]).item()"),
        ("v = np.asscalar(a + b)", "v = (a + b).item()"),
        ("s = np.msort(a)", "s = np.sort(a, axis=0)"),
        ("ok = np.issubclass_(int, object)", "ok = issubclass(int, object)"),
    ],
)
def test_numpy2_removals(before, after):
    captures = {"attribute": "NaN"} if "np.NaN" in before else {}
    out = fixed(NUMPY2, f"import numpy as np\n{before}\n", **captures)
    assert out == f"import numpy as np\n{after}\n"


def test_np_math_becomes_the_math_module_with_its_import():
    out = fixed(NUMPY2, '"""Doc."""\nimport numpy as np\n\nx = np.math.factorial(4)\n', attribute="math")
    assert out == '"""Doc."""\nimport numpy as np\nimport math\n\nx = math.factorial(4)\n'


def test_from_numpy_import_removed_member_keeps_the_local_name():
    out = fixed(NUMPY2, "from numpy import NaN, Inf as INF, zeros\nx = NaN\n", attribute="NaN")
    assert out == "from numpy import nan as NaN, inf as INF, zeros\nx = NaN\n"


def test_member_without_mechanical_replacement_is_declined_with_numpys_hint():
    reason = declined(
        NUMPY2,
        "import numpy as np\nnp.find_common_type([], [])\n",
        attribute="find_common_type",
        replacement="numpy.promote_types",
    )
    assert "by hand" in reason and "numpy.promote_types" in reason


def test_in1d_becomes_isin_ravel_exactly_what_in1d_returned():
    """np.in1d flattened a 2-D first argument; a bare np.isin keeps its shape, so
    `np.where(np.in1d(img, ids))` would give two index arrays instead of one (a different
    computation, no error). `.ravel()` makes it the same for every input."""
    source = "import numpy as np\nidx = np.where(np.in1d(img, [np.NaN], invert=True))\n"
    out = fixed(NUMPY2, source, attribute="in1d")
    assert out == "import numpy as np\nidx = np.where(np.isin(img, [np.nan], invert=True).ravel())\n"
    assert fix(NUMPY2, source, attribute="in1d").title.endswith("(2 places)")
    namespace = {}
    exec(out.replace("idx =", "img = np.array([[1, 2], [3, 4]]); idx ="), namespace)
    assert [list(a) for a in namespace["idx"]] == [[0, 1, 2, 3]]


def test_in1d_not_called_here_is_left_alone():
    reason = declined(NUMPY2, "import numpy as np\nf = np.in1d\n", attribute="in1d")
    assert "without being called" in reason


def test_crlf_tabs_and_non_ascii_survive():
    source = 'import numpy as np\r\nif True:\r\n\tlabel = "größe"; x = np.NaN  # ü\r\n'
    out = fixed(NUMPY2, source, attribute="NaN")
    assert out == 'import numpy as np\r\nif True:\r\n\tlabel = "größe"; x = np.nan  # ü\r\n'


def test_f_strings_are_fixed_in_place():
    out = fixed(NUMPY2, 'import numpy as np\ns = f"{np.NaN!r} {x:>{np.Inf}}"\n', attribute="NaN")
    assert out == 'import numpy as np\ns = f"{np.nan!r} {x:>{np.inf}}"\n'


@pytest.mark.parametrize("fixer", [ALIASES, NUMPY2])
def test_declines(fixer):
    assert "parse" in declined(fixer, "import numpy as np\nx = np.NaN +\n", attribute="NaN")
    assert declined(fixer, "x = np.float + np.NaN\n")  # `np` is not numpy here
    assert declined(fixer, "import numpy as np\nx = np.nan\n")
    other = "import numpy as np\nx = np.float + np.NaN\n"
    attribute = "int" if fixer == ALIASES else "Inf"
    assert "another module" in declined(fixer, other, attribute=attribute)


def test_fixers_never_raise_on_odd_captures():
    for captures in ({}, {"attribute": ""}, {"attribute": "x" * 500}, {"replacement": "`"}):
        for fixer in (ALIASES, NUMPY2):
            run_fixer(fixer, FixRequest("import numpy as np\nnp.NaN\n", captures))


def test_from_import_of_aliases_with_a_trailing_comment_goes_and_keeps_the_comment():
    out = fixed(
        ALIASES,
        "import numpy as np\nfrom numpy import float, int  # noqa: A004\nx = float(1)\n",
        attribute="float",
    )
    assert out == "import numpy as np\n# noqa: A004\nx = float(1)\n"
    out = fixed(
        ALIASES,
        "import numpy as np\nif True:\n    from numpy import float  # c\nx = float(1)\n",
        attribute="float",
    )
    assert out == "import numpy as np\nif True:\n    pass  # c\nx = float(1)\n"
