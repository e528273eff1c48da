# errfix-repro: expects=python/segmentation-fault
# errfix-repro: requires=ctypes
"""A native extension dereferences a bad pointer: the process dies with SIGSEGV. With faulthandler on
(python -X faulthandler, PYTHONFAULTHANDLER=1) Python prints where; the shell prints its own line.
"""

import subprocess
import sys

crash = "import ctypes\nctypes.string_at(0)\n"
done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", crash], capture_output=True, text=True)
sys.stdout.write(done.stdout + done.stderr)
sys.exit(1 if done.returncode else 0)
