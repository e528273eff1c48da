"""pandas-append-to-concat, pandas-iteritems, pandas-applymap: only pandas calls change."""

from __future__ import annotations

import pytest

from ._helpers import declined, fix, fixed

APPEND = "pandas-append-to-concat"
HEAD = "import pandas as pd\n"


FRAMES = HEAD + "df = pd.read_csv('a.csv')\nother = pd.DataFrame({'a': [2]})\n"


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("df = df.append(other, ignore_index=True)", "df = pd.concat([df, other], ignore_index=True)"),
        ("df = df.append(other, True)", "df = pd.concat([df, other], ignore_index=True)"),
        (
            "df = df.append({'a': 1}, ignore_index=True)",
            "df = pd.concat([df, pd.Series({'a': 1}).to_frame().T.infer_objects()], ignore_index=True)",
        ),
        (
            "df = df.append(dict(a=1), ignore_index=True)",
            "df = pd.concat([df, pd.Series(dict(a=1)).to_frame().T.infer_objects()], ignore_index=True)",
        ),
        (
            "df = df.append([{'a': 1}, {'a': 2}], ignore_index=True)",
            "df = pd.concat([df, pd.DataFrame([{'a': 1}, {'a': 2}])], ignore_index=True)",
        ),
        ("df = df.append([other, other], sort=False)", "df = pd.concat([df, other, other], sort=False)"),
        ("both = df.append(other).append(other)", "both = pd.concat([pd.concat([df, other]), other])"),
        (
            "df = df.append(pd.Series({'a': 3}), ignore_index=True)",
            "df = pd.concat([df, pd.Series({'a': 3}).to_frame().T.infer_objects()], ignore_index=True)",
        ),
    ],
)
def test_append_of_a_provable_kind_becomes_the_exact_concat(line, after):
    assert fixed(APPEND, FRAMES + line + "\n", line=4) == FRAMES + after + "\n"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("df = df.append(row, ignore_index=True)", "cannot prove what `row` is"),  # parameter-free name
        ("df = df.append({'a': 1})", "raised TypeError"),
        ("df = df.append(pd.Series({'a': 1}, name='x'))", "index label"),
        ("df = df.append([{'a': 1}])", "cannot prove"),
    ],
)
def test_unprovable_or_changed_meaning_is_declined(line, reason):
    assert reason in declined(APPEND, FRAMES + line + "\n", line=4)


def test_series_row_becomes_a_row_not_a_column():
    """The shape that silently corrupted data: a Series appended as a row."""
    source = FRAMES + "row = pd.Series({'a': 5})\ndf = df.append(row, ignore_index=True)\n"
    assert "pd.concat([df, row.to_frame().T.infer_objects()], ignore_index=True)" in fixed(
        APPEND, source, line=5
    )


def test_growing_loop_keeps_its_kind():
    source = HEAD + "df = pd.read_csv('a.csv')\nfor r in rows:\n    df = df.append(pd.DataFrame([r]))\n"
    assert "df = pd.concat([df, pd.DataFrame([r])])" in fixed(APPEND, source, line=4)


def test_loop_from_an_empty_frame_is_declined():
    """pandas 2.1+ keeps the empty frame's object dtype in concat: `.append` gave numbers."""
    source = (
        HEAD + "df = pd.DataFrame(columns=['a'])\nfor r in rows:\n    df = df.append(r, ignore_index=True)\n"
    )
    assert "empty DataFrame" in declined(APPEND, source, line=4)


def test_name_bound_as_a_parameter_is_not_provable():
    source = (
        HEAD
        + "def grow(df, extra=None):\n    extra = pd.DataFrame({'a': [1]})\n    return df.append(extra)\n"
    )
    assert "cannot prove what `x` is" in declined(
        APPEND, HEAD + "df = pd.read_csv('a.csv')\ndef f(x):\n    return df.append(x)\n", line=4
    )
    assert "cannot prove what `extra` is" in declined(APPEND, source, line=4)


def test_list_appends_stay_and_proven_frames_change():
    source = (
        HEAD
        + "rows = []\nrows.append(1)\n"
        + "df = pd.read_csv('x.csv')\nextra = pd.read_csv('y.csv')\n"
        + "log = []\nlog.append(df.append(extra))\n"  # the error line (8): df is a pandas variable
        + "more = df.append(extra)\n"
    )
    out = fixed(APPEND, source, line=8)
    assert "rows.append(1)" in out and "log.append(pd.concat([df, extra]))" in out
    assert "more = pd.concat([df, extra])" in out
    assert fix(APPEND, source, line=8).title.endswith("(2 places)")


def test_ambiguous_line_without_pandas_evidence_is_declined():
    assert declined(APPEND, HEAD + "results.append(frame.append(x))\n", line=2)


def test_pandas_import_is_added_when_missing():
    # without a pandas import no receiver is a provable DataFrame (it was made in another module,
    # maybe empty), so the row append is declined rather than rewritten with an added import
    source = '"""Doc."""\nimport os\n\ndf = df.append([{"a": 1}], ignore_index=True)\n'
    assert "cannot prove `df` is a DataFrame built in this file" in declined(APPEND, source, line=4)


def test_other_pandas_alias_is_used():
    source = "import pandas\ns = pandas.Series([1])\nt = pandas.Series([2])\ns = s.append(t)\n"
    assert "s = pandas.concat([s, t])" in fixed(APPEND, source, line=4)


def test_multiline_call_keeps_argument_text():
    source = FRAMES + "df = df.append(\n    other,  # new rows\n    ignore_index=True,\n)\n"
    assert fixed(APPEND, source, line=4) == FRAMES + "df = pd.concat([df, other], ignore_index=True)\n"


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
    source = "import pandas as pd\r\nx = pd.read_csv('x')\r\ndf = x.append(x, ignore_index=True)\r\n"
    out = fixed(APPEND, source, line=3)
    assert (
        out == "import pandas as pd\r\nx = pd.read_csv('x')\r\ndf = pd.concat([x, x], ignore_index=True)\r\n"
    )


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


@pytest.mark.parametrize(
    "other",
    ["{'k': k, 'score': s}", "pd.Series({'k': k})", "[{'k': k}]", "pd.DataFrame({'k': [k]})"],
)
def test_receiver_that_is_a_parameter_is_declined(other):
    """lfmatosm/reddit-topic-modelling's helper shape: `df` may be `pd.DataFrame(columns=[...])`
    made by the caller, and concat on pandas 2.1+ then keeps object columns where .append gave
    float64 (tests/reproduce/differential/.../dict_row_on_parameter_empty_frame_declined.py)."""
    source = HEAD + f"def insert(df, k, s):\n    return df.append({other}, ignore_index=True)\n"
    assert "cannot prove `df` is a DataFrame built in this file" in declined(APPEND, source, line=3)


def test_receiver_built_in_the_file_still_gets_the_dict_row_rewrite():
    source = HEAD + "df = pd.read_csv('a.csv')\ndf = df.append({'k': 1}, ignore_index=True)\n"
    assert "pd.concat([df, pd.Series({'k': 1}).to_frame().T.infer_objects()]" in fixed(APPEND, source, line=3)


@pytest.mark.parametrize("value", ["np.nan", "None", "f'{x}'", "1.5"])
def test_dict_row_with_a_string_is_built_as_an_object_series(value):
    """pandas 1.5 made a row holding a string an object Series; pandas 3 infers a `str` Series
    from strings and missing values (a NaN number column turns to object, None turns to NaN)."""
    source = (
        HEAD
        + "df = pd.read_csv('a.csv')\n"
        + f"df = df.append({{'a': {value}, 'b': 'z'}}, ignore_index=True)\n"
    )
    out = fixed(APPEND, source, line=3)
    assert f"pd.Series({{'a': {value}, 'b': 'z'}}, dtype=object).to_frame().T.infer_objects()" in out


def test_dict_row_of_number_literals_keeps_the_upcasting_series():
    source = HEAD + "df = pd.read_csv('a.csv')\nrow = {'step': 2, 'loss': -0.5, 'ok': None, 'x': np.nan}\n"
    out = fixed(APPEND, source + "df = df.append(row, ignore_index=True)\n", line=4)
    assert "pd.concat([df, pd.Series(row).to_frame().T.infer_objects()], ignore_index=True)" in out


@pytest.mark.parametrize("row", ["{'model': name, 'score': score}", "dict(pairs)", "{**base, 'a': 1}"])
def test_dict_row_with_values_not_visible_is_declined(row):
    source = HEAD + "df = pd.read_csv('a.csv')\n" + f"df = df.append({row}, ignore_index=True)\n"
    assert "not visible here" in declined(APPEND, source, line=3)
