"""sklearn-externals-joblib, sklearn-onehot-sparse-output, sklearn-rmse."""

from __future__ import annotations

import pytest

from ._helpers import declined, fix, fixed

JOBLIB = "sklearn-externals-joblib"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("from sklearn.externals import joblib\n", "import joblib\n"),
        ("from sklearn.externals import joblib as jl\n", "import joblib as jl\n"),
        ("from sklearn.externals import six, joblib\n", "import joblib\nfrom sklearn.externals import six\n"),
        ("from sklearn.externals.joblib import Parallel, delayed\n", "from joblib import Parallel, delayed\n"),
        ("from sklearn.externals.joblib.parallel import cpu_count\n", "from joblib.parallel import cpu_count\n"),
        ("import sklearn.externals.joblib as joblib\n", "import joblib\n"),
        ("import sklearn.externals.joblib as jb\n", "import joblib as jb\n"),
        ("import sklearn.externals.joblib\nsklearn.externals.joblib.dump(m, 'f')\n", "import joblib\njoblib.dump(m, 'f')\n"),
        (
            "import sklearn.externals.joblib\nsklearn.externals.joblib.dump(m, sklearn.__version__)\n",
            "import joblib, sklearn\njoblib.dump(m, sklearn.__version__)\n",
        ),
        ("try:\n    from sklearn.externals import joblib\nexcept ImportError:\n    pass\n",
         "try:\n    import joblib\nexcept ImportError:\n    pass\n"),
        ("if True:\r\n    from sklearn.externals import six, joblib\r\n",
         "if True:\r\n    import joblib\r\n    from sklearn.externals import six\r\n"),
    ],
)
def test_joblib_imports(before, after):
    assert fixed(JOBLIB, before) == after


def test_joblib_declines_when_the_file_has_no_such_import():
    reason = declined(JOBLIB, "import joblib\nmodel = joblib.load('old.pkl')\n")
    assert "pickle" in reason
    assert declined(JOBLIB, "s = 'from sklearn.externals import joblib'\n")


ONEHOT = "sklearn-onehot-sparse-output"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("enc = OneHotEncoder(sparse=False)\n", "enc = OneHotEncoder(sparse_output=False)\n"),
        ("enc = preprocessing.OneHotEncoder(handle_unknown='ignore', sparse=flag)\n",
         "enc = preprocessing.OneHotEncoder(handle_unknown='ignore', sparse_output=flag)\n"),
        ("from sklearn.preprocessing import OneHotEncoder as OHE\nenc = OHE(\n    sparse=False,\n)\n",
         "from sklearn.preprocessing import OneHotEncoder as OHE\nenc = OHE(\n    sparse_output=False,\n)\n"),
    ],
)
def test_onehot_sparse_is_renamed(before, after):
    assert fixed(ONEHOT, before) == after


def test_onehot_leaves_other_classes_and_declines_conflicts():
    source = "v = DictVectorizer(sparse=False)\ne = OneHotEncoder(sparse=False)\n"
    assert "DictVectorizer(sparse=False)" in fixed(ONEHOT, source)
    assert "sparse_output" in declined(ONEHOT, "e = OneHotEncoder(sparse=False, sparse_output=False)\n")
    assert declined(ONEHOT, "v = DictVectorizer(sparse=False)\n")


RMSE = "sklearn-rmse"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "from sklearn.metrics import mean_squared_error\nr = mean_squared_error(y, p, squared=False)\n",
            "from sklearn.metrics import root_mean_squared_error\nr = root_mean_squared_error(y, p)\n",
        ),
        (
            "from sklearn.metrics import mean_squared_error, r2_score\n"
            "r = mean_squared_error(y, p, squared=False)\nm = mean_squared_error(y, p, squared=True)\n",
            "from sklearn.metrics import mean_squared_error, root_mean_squared_error, r2_score\n"
            "r = root_mean_squared_error(y, p)\nm = mean_squared_error(y, p)\n",
        ),
        (
            "from sklearn import metrics\nr = metrics.mean_squared_log_error(y, p, squared=False, sample_weight=w)\n",
            "from sklearn import metrics\nr = metrics.root_mean_squared_log_error(y, p, sample_weight=w)\n",
        ),
        (
            "from sklearn.metrics import mean_squared_error as mse\nr = mse(\n    y,\n    p,\n    squared=False,\n)\n",
            "from sklearn.metrics import mean_squared_error as mse, root_mean_squared_error\n"
            "r = root_mean_squared_error(\n    y,\n    p,\n)\n",
        ),
        ("import sklearn\nr = sklearn.metrics.mean_squared_error(squared=False, y_true=y, y_pred=p)\n",
         "import sklearn\nr = sklearn.metrics.root_mean_squared_error(y_true=y, y_pred=p)\n"),
    ],
)
def test_rmse(before, after):
    assert fixed(RMSE, before) == after


def test_rmse_declines_a_computed_squared_and_unrelated_calls():
    assert "run time" in declined(RMSE, "from sklearn.metrics import mean_squared_error\nr = mean_squared_error(y, p, squared=flag)\n")
    assert declined(RMSE, "r = my_metric(y, p, squared=False)\n")
    partial = fix(RMSE, "from sklearn import metrics\na = metrics.mean_squared_error(y, p, squared=False)\n"
                  "b = metrics.mean_squared_error(y, p, squared=flag)\n")
    assert "1 call(s)" in partial.note and "squared=flag" in partial.new_source
