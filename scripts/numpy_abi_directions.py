"""Which way round is "numpy.<type> size changed ... Expected X from C header, got Y from PyObject"?

    python scripts/numpy_abi_directions.py        # ~2 minutes the first time (cached venvs)

Builds one tiny Cython extension per NumPy version (declaring numpy.dtype / numpy.ndarray the way
extensions built before NumPy's `check_size ignore` did) and imports it under other NumPy versions,
in cached uv venvs (errfix_lsp/venvs.py). Prints each struct size and what each import printed.
What it showed (64-bit Linux): dtype is 96 bytes in NumPy 1.14-1.26 and 88 in 2.x; ndarray 80 up
to 1.19, 88 in 1.20-1.21, 96 from 1.22. Cython raises ValueError when the running NumPy's struct
is smaller than the header's and only warns when it is larger. kb/numpy/dtype-size-changed.json
cites this script; tests/kb/test_numpy_abi_direction.py pins the advice it supports.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from errfix_lsp.venvs import VersionSet, ensure_venv  # noqa: E402

PYX = """
cdef extern from "numpy/arrayobject.h":
    ctypedef class numpy.dtype [object PyArray_Descr]:
        pass
    ctypedef class numpy.ndarray [object PyArrayObject]:
        pass
    void import_array()

import_array()

def kinds(dtype d, ndarray a):
    return d, a
"""
SETUP = """
import numpy
from Cython.Build import cythonize
from setuptools import Extension, setup
setup(ext_modules=cythonize([Extension("abiprobe", ["abiprobe.pyx"], include_dirs=[numpy.get_include()])]))
"""
SIZES = "import numpy as np; print(np.__version__, np.dtype.__basicsize__, np.ndarray.__basicsize__)"
# (build against, import under) on one Python each, so the built module loads in both venvs.
PAIRS = [
    ("py3.11", "numpy==1.26.4", "numpy==2.0.2"),
    ("py3.11", "numpy==2.0.2", "numpy==1.26.4"),
    ("py3.8", "numpy==1.22.4", "numpy==1.19.5"),
    ("py3.8", "numpy==1.19.5", "numpy==1.22.4"),
]


def python_for(line: str) -> str:
    return ensure_venv(VersionSet.parse(line), log=lambda m: print(m, file=sys.stderr))


def build(py: str, numpy: str, into: Path) -> Path:
    builder = python_for(f"{py} {numpy} cython<3.1 setuptools")
    work = Path(tempfile.mkdtemp(prefix="abiprobe-"))
    (work / "abiprobe.pyx").write_text(PYX)
    (work / "setup.py").write_text(SETUP)
    done = subprocess.run(
        [builder, "setup.py", "build_ext", "--inplace"], cwd=work, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    [built] = list(work.glob("abiprobe*.so"))
    target = into / built.name
    shutil.copy(built, target)
    shutil.rmtree(work, ignore_errors=True)
    return target


def main() -> int:
    for py, built_with, run_with in PAIRS:
        with tempfile.TemporaryDirectory(prefix="abiprobe-run-") as tmp:
            build(py, built_with, Path(tmp))
            runner = python_for(f"{py} {run_with}")
            sizes = subprocess.run([runner, "-c", SIZES], capture_output=True, text=True).stdout.strip()
            done = subprocess.run(
                [runner, "-W", "always", "-c", "import abiprobe; print('imported')"],
                cwd=tmp,
                capture_output=True,
                text=True,
            )
            print(
                f"== built with {built_with}, imported under {run_with} ({py}); numpy dtype ndarray: {sizes}"
            )
            print(
                "\n".join(
                    line
                    for line in (done.stdout + done.stderr).strip().splitlines()
                    if "size changed" in line or line == "imported"
                )
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
