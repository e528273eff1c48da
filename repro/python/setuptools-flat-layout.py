# errfix-repro: expects=python/setuptools-flat-layout
# errfix-repro: requires=pip,setuptools
"""A research repo with a bare setup.py (no packages=) and several top-level folders.

`setup.py egg_info` runs the same package discovery as `pip install -e .`; through pip the message
sits inside pip's box, followed by pip's own metadata-generation-failed.
"""

import subprocess
import sys
from pathlib import Path

project = Path("project")
for folder in ("models", "data", "utils"):
    (project / folder).mkdir(parents=True)
    (project / folder / "__init__.py").write_text("")
(project / "setup.py").write_text("from setuptools import setup\nsetup(name='project', version='0.1')\n")
sys.exit(subprocess.call([sys.executable, "setup.py", "--quiet", "egg_info"], cwd=project))
