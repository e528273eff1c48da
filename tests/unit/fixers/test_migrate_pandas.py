"""pandas-append-to-concat, pandas-iteritems, pandas-applymap: only pandas calls change."""

from __future__ import annotations

import pytest

from ._helpers import declined, fix, fixed

APPEND = "pandas-append-to-concat"
HEAD = "import pandas as pd\n"


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("df = df.append(other, ignore_index=True)", "df = pd.concat([df, other], ignore_index=True)"),
        ("df = df.append(other, True)", "df = pd.concat([df, other], ignore_index=True)"),
        ("df = df.append({'a': 1}, ignore_index=True)", "df = pd.concat([df, pd.DataFrame([{'a': 1}])], ignore_index=True)"),
        ("df = df.append(dict(a=1), ignore_index=True)", "df = pd.concat([df, pd.DataFrame([dict(a=1)])], ignore_index=True)"),
        ("df = df.append([{'a': 1}, {'a': 2}], ignore_index=True)", "df = pd.concat([df, pd.DataFrame([{'a': 1}, {'a': 2}])], ignore_index=True)"),
        ("df = df.append([d1, d2], sort=False)", "df = pd.concat([df, d1, d2], sort=False)"),
        ("out = self.frame.append(x)", "out = pd.concat([self.frame, x])"),
        ("both = df.append(a).append(b)", "both = pd.concat([pd.concat([df, a]), b])"),
    ],
)
def test_append_on_the_error_line_becomes_concat(line, after):
    assert fixed(APPEND, HEAD + line + "\n", line=2) == HEAD + after + "\n"


def test_list_appends_stay_and_proven_frames_change():
    source = (
        HEAD
        + "rows = []\nrows.append(1)\n"
        + "df = pd.read_csv('x.csv')\n"
        + "log = []\nlog.append(df.append(extra))\n"  # the error line (7): df is a pandas variable
        + "more = df.append(extra2)\n"
    )
    out = fixed(APPEND, source, line=7)
    assert "rows.append(1)" in out and "log.append(pd.concat([df, extra]))" in out
    assert "more = pd.concat([df, extra2])" in out
    assert fix(APPEND, source, line=7).title.endswith("(2 places)")


def test_ambiguous_line_without_pandas_evidence_is_declined():
    assert declined(APPEND, HEAD + "results.append(frame.append(x))\n", line=2)


def test_pandas_import_is_added_when_missing():
    out = fixed(APPEND, '"""Doc."""\nimport os\n\ndf = df.append(x, ignore_index=True)\n', line=4)
    assert out == '"""Doc."""\nimport os\nimport pandas as pd\n\ndf = pd.concat([df, x], ignore_index=True)\n'


def test_other_pandas_alias_is_used():
    assert "pandas.concat([s, t])" in fixed(APPEND, "import pandas\ns = s.append(t)\n", line=2)


def test_multiline_call_keeps_argument_text():
    source = HEAD + "df = df.append(\n    other,  # new rows\n    ignore_index=True,\n)\n"
    assert fixed(APPEND, source, line=2) == HEAD + "df = pd.concat([df, other], ignore_index=True)\n"


@pytest.mark.parametrize(
    "source",
    [
        "df = df.append(x, **options)\n",
        "df = df.append(x, axis=1)\n",
        "df = df.append()\n",
    ],
)
def test_unsupported_arguments_are_declined(source):
    assert declined(APPEND, HEAD + source, line=2)


def test_pd_bound_to_something_else_is_declined():
    assert "pd" in declined(APPEND, "pd = 3\ndf = df.append(x, ignore_index=True)\n", line=2)


def test_crlf_is_kept():
    out = fixed(APPEND, "import pandas as pd\r\ndf = df.append(x, ignore_index=True)\r\n", line=2)
    assert out == "import pandas as pd\r\ndf = pd.concat([df, x], ignore_index=True)\r\n"


@pytest.mark.parametrize(
    ("fixer", "old", "new"),
    [("pandas-iteritems", "iteritems", "items"), ("pandas-applymap", "applymap", "map")],
)
def test_method_renames(fixer, old, new):
    source = (
        "import six\nimport pandas as pd\n"
        f"for k, v in df.{old}():\n    pass\n"
        f"x = df['a'].{old}\ny = six.{old}(d)\ns = '.{old}('  # .{old}\n"
    )
    out = fixed(fixer, source)
    assert f"for k, v in df.{new}():" in out and f"x = df['a'].{new}" in out
    assert f"six.{old}(d)" in out and f"s = '.{old}('  # .{old}" in out


def test_styler_applymap_is_renamed():
    assert fixed("pandas-applymap", "s = df.style.applymap(color)\n") == "s = df.style.map(color)\n"


def test_own_method_of_that_name_limits_the_fix_to_the_error_line():
    source = (
        "class Table:\n    def iteritems(self):\n        return iter(())\n\n"
        "mine = Table().iteritems()\nfor k, v in df.iteritems():\n    pass\n"
    )
    out = fixed("pandas-iteritems", source, line=6)
    assert "mine = Table().iteritems()" in out and "df.items()" in out


@pytest.mark.parametrize("fixer", [APPEND, "pandas-iteritems", "pandas-applymap"])
def test_unparsable_and_nothing_to_do_are_declined(fixer):
    assert "parse" in declined(fixer, "df = df.append(x).iteritems().applymap(\n", line=1)
    assert declined(fixer, "df = pd.concat([df, x])\n", line=1)
