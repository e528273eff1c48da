# errfix-repro: expects=python/compiler-not-found
# errfix-repro: requires=pip,setuptools
"""A source build of a C extension on a machine without a C compiler (slim Docker image, fresh VM).

The compiler is hidden by giving the build a PATH that has only this interpreter's folder.
`python setup.py build_ext --inplace` as research repos document it; through pip the same line
sits inside pip's box, followed by pip's own 'Failed building wheel'.
"""

import os
import subprocess
import sys
from pathlib import Path

package = Path("fastmath")
package.mkdir()
(package / "setup.py").write_text(
    "from setuptools import Extension, setup\n"
    "setup(name='fastmath', version='0.1', ext_modules=[Extension('fastmath._core', ['core.c'])])\n"
)
(package / "core.c").write_text("int answer(void) { return 42; }\n")
env = {k: v for k, v in os.environ.items() if k not in ("CC", "CXX", "LDSHARED")}
env["PATH"] = str(Path(sys.executable).parent)
sys.exit(subprocess.call([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=package, env=env))
