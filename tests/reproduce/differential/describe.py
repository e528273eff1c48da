"""Run one snippet and print a description of its `result` that two pandas/NumPy versions can compare.

    python describe.py SNIPPET.py     (run by test_differential.py, in the old and the new library)

Prints one JSON object: the value's type, shape, dtypes, index/columns (values and names) and its
values as reprs, or the exception the snippet raised. Written for Python 3.8+ and pandas 1.x-3.x.
"""

import json
import sys
import warnings


def describe(value):
    import numpy as np

    try:
        import pandas as pd
    except ImportError:  # a NumPy-only snippet
        pd = None
    if pd is not None and isinstance(value, pd.DataFrame):
        return {
            "type": "DataFrame",
            "shape": list(value.shape),
            "dtypes": [str(d) for d in value.dtypes],
            "columns": [repr(c) for c in value.columns],
            "column_names": [repr(n) for n in value.columns.names],
            "index": [repr(i) for i in value.index],
            "index_names": [repr(n) for n in value.index.names],
            "values": [[repr(v) for v in row] for row in value.astype(object).values.tolist()],
        }
    if pd is not None and isinstance(value, pd.Series):
        return {
            "type": "Series",
            "name": repr(value.name),
            "dtype": str(value.dtype),
            "index": [repr(i) for i in value.index],
            "index_names": [repr(n) for n in value.index.names],
            "values": [repr(v) for v in value.astype(object).tolist()],
        }
    if isinstance(value, np.ndarray):
        return {"type": "ndarray", "dtype": str(value.dtype), "shape": list(value.shape),
                "values": [repr(v) for v in value.ravel().tolist()]}
    if isinstance(value, (list, tuple)):
        return {"type": type(value).__name__, "items": [describe(v) for v in value]}
    return {"type": type(value).__name__, "repr": repr(value)}


def main(path):
    warnings.simplefilter("ignore")
    scope = {"__name__": "__snippet__"}
    try:
        with open(path, encoding="utf-8") as handle:
            exec(compile(handle.read(), path, "exec"), scope)
        out = {"result": describe(scope["result"])}
    except Exception as error:  # the snippet's own failure is a result to compare, too
        out = {"error": type(error).__name__, "message": str(error)[:300]}
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
