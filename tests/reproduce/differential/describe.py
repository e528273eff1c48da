"""Run one snippet and print a description of its `result` that two pandas/NumPy versions can compare.

    python describe.py SNIPPET.py [--main]   (run by test_differential.py, in the old and the new library)

Prints one JSON object: the value's type, shape, dtypes, index/columns (values and names) and its
values as reprs, or the exception the snippet raised. Written for Python 3.8+ and pandas 1.x-3.x;
torch tensors (dtype, shape, device, values), dicts (state dicts), plain objects (their class
and attributes, never their address), NumPy scalars and SciPy sparse matrices (dense values) too;
NumPy itself is optional (standard-library snippets on an old Python). `--main` runs the snippet
as `__main__` (main guards, classes pickled by a script). `--batch` runs many snippets after one
import of torch, or of the `--warm` modules (see batch()).
"""

import json
import os
import sys
import types
import warnings


def describe(value):
    try:
        import numpy as np
    except ImportError:  # a standard-library-only snippet (collections.abc on an old Python)
        np = None
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
    if np is not None and isinstance(value, np.generic):
        # a NumPy scalar (a metric's value): its dtype and its value as a Python number
        return {"type": "scalar", "dtype": str(value.dtype), "repr": repr(value.item())}
    if type(value).__module__.startswith("scipy.sparse") and hasattr(value, "toarray"):
        # a sparse matrix/array: its format and dense values (reprs differ across SciPy versions)
        dense = value.toarray()
        return {
            "type": "sparse",
            "format": str(value.format),
            "dtype": str(dense.dtype),
            "shape": list(dense.shape),
            "values": [repr(v) for v in dense.ravel().tolist()],
        }
    if np is not None and isinstance(value, np.ndarray):
        return {
            "type": "ndarray",
            "dtype": str(value.dtype),
            "shape": list(value.shape),
            "values": [repr(v) for v in value.ravel().tolist()],
        }
    if isinstance(value, (list, tuple)):
        return {"type": type(value).__name__, "items": [describe(v) for v in value]}
    torch = sys.modules.get("torch")
    if torch is not None and isinstance(value, torch.Tensor):
        # dtype, shape, device, grad flag and exact values (float reprs round-trip)
        return {
            "type": "Tensor",
            "dtype": str(value.dtype),
            "shape": list(value.shape),
            "device": str(value.device),
            "requires_grad": bool(value.requires_grad),
            "values": [repr(v) for v in value.detach().cpu().reshape(-1).tolist()],
        }
    if torch is not None and isinstance(value, torch.dtype):
        return {"type": "dtype", "repr": str(value)}
    if isinstance(value, dict):
        return {"type": "dict", "items": [[repr(k), describe(v)] for k, v in value.items()]}
    if " at 0x" in repr(value) and hasattr(value, "__dict__"):
        # a plain object (a config, an argparse.Namespace has its own repr): its class and state
        return {"type": type(value).__qualname__, "attributes": describe(dict(vars(value)))}
    return {"type": type(value).__name__, "repr": repr(value)}


def run(path, as_main=False):
    """The snippet's description. As `__main__` it runs in a fresh module registered under that
    name, so pickle finds the classes it defines (as in a script)."""
    warnings.simplefilter("ignore")
    if as_main:
        module = types.ModuleType("__main__")
        sys.modules["__main__"] = module
        scope = module.__dict__
    else:
        scope = {"__name__": "__snippet__"}
    try:
        with open(path, encoding="utf-8") as handle:
            exec(compile(handle.read(), path, "exec"), scope)
        return {"result": describe(scope["result"])}
    except Exception as error:  # the snippet's own failure is a result to compare, too
        return {"error": type(error).__name__, "message": str(error)[:300]}


def main(path, as_main=False):
    print(json.dumps(run(path, as_main), sort_keys=True))


def batch(warm=("torch",)):
    """`describe.py --batch [--warm mod1,mod2]`: one job per stdin line ({"id", "path", "env",
    "main"}), one answer per stdout line ({"id", "out"}). The `warm` modules (torch by default) are
    imported once here; each job runs in a forked child with its own environment, module state and
    stdout, so jobs cannot see each other."""
    import contextlib
    import importlib

    for name in warm:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)  # warm import shared by the forked children
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run the snippet, send its description, leave without cleanup
            os.close(read_end)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.environ.update(job.get("env") or {})
            data = json.dumps(run(job["path"], job.get("main", False)), sort_keys=True).encode()
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        out = json.loads(data) if data else {"error": "crashed", "message": f"exit status {status}"}
        sys.stdout.write(json.dumps({"id": job["id"], "out": out}, sort_keys=True) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    if sys.argv[1:] == ["--batch"]:
        batch()
    elif sys.argv[1:2] == ["--batch"] and sys.argv[2:3] == ["--warm"]:
        batch(tuple(name for name in sys.argv[3].split(",") if name))
    else:
        main(sys.argv[1], as_main="--main" in sys.argv[2:])
