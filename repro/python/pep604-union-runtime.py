# errfix-repro: expects=python/pep604-union-runtime
# errfix-repro: requires=subprocess
# errfix-repro: matrix=py3.9 typing_extensions
"""`X | None` in an annotation is evaluated at import time: a TypeError on Python < 3.10 (code or a
package written for 3.10+), and on any version when one side is a string forward reference.
"""

import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 10):  # noqa: UP036  (the matrix runs this on 3.9)
    code = "class Trainer:\n    def fit(self, callback: int | 'Callback' = None): ...\n"
else:
    code = "from typing import Optional\ndef load(path: str, device: str | None = None): ...\n"
Path("trainer.py").write_text(code)
sys.exit(subprocess.call([sys.executable, "trainer.py"]))
