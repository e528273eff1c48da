# errfix-repro: expects=python/fatal-python-error-abort
# errfix-repro: requires=os
"""A native library calls abort() (failed assertion, std::terminate, heap corruption detected by glibc):
with faulthandler on, Python names the signal before the process dies.
"""

import subprocess
import sys

crash = "import os\nos.abort()\n"
done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", crash], capture_output=True, text=True)
sys.stdout.write(done.stdout + done.stderr)
sys.exit(1 if done.returncode else 0)
