# errfix-repro: expects=python/pip-git-not-found
# errfix-repro: requires=pip
# errfix-repro: matrix=py3.11 pip==23.2.1
"""`pip install git+https://...` (a requirement pinned to a GitHub commit: CLIP, detectron2, peft from
main) on a machine where git is not installed or not on PATH (slim Docker images, Windows without Git,
conda envs on HPC). pip fails before any network access; PATH here holds no git."""

import os
import subprocess
import sys

env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
env["PATH"] = os.path.join(os.getcwd(), "empty-bin")
command = [sys.executable, "-m", "pip", "install", "--isolated", "--disable-pip-version-check"]
sys.exit(subprocess.call([*command, "git+https://example.invalid/org/clip-tools.git"], env=env))
