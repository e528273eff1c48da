# errfix-repro: expects=python/python-encodings-not-found
# errfix-repro: requires=os
"""PYTHONHOME points at another Python (left over from Anaconda, an IDE, a Dockerfile): the
interpreter cannot find its standard library and dies before running any code.
"""

import os
import subprocess
import sys

env = dict(os.environ, PYTHONHOME="/opt/anaconda3-removed")
done = subprocess.run([sys.executable, "-c", "pass"], capture_output=True, text=True, env=env)
sys.stdout.write(done.stdout + done.stderr)
sys.exit(1 if done.returncode else 0)
