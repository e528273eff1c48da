# errfix-repro: expects=python/pip-getting-requirements-failed
# errfix-repro: requires=pip,ensurepip
"""A package whose setup.py imports torch (CUDA extensions: flash-attn, xformers' old sdists, mmcv...)
built in pip's isolated build environment, which does not contain torch even though it is installed.

Offline: the isolated build environment gets setuptools from the wheel bundled with ensurepip.
"""

import ensurepip
import os
import subprocess
import sys
from pathlib import Path

bundled = Path(ensurepip.__file__).parent / "_bundled"
package = Path("fused_attn")
package.mkdir()
(package / "setup.py").write_text(
    "import torch\n"
    "from torch.utils.cpp_extension import BuildExtension, CUDAExtension\n"
    "from setuptools import setup\n"
    "setup(name='fused_attn', version='0.1')\n"
)
(package / "pyproject.toml").write_text(
    '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
)
env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
command = [
    sys.executable,
    "-m",
    "pip",
    "--isolated",
    "--disable-pip-version-check",
    "install",
    "--dry-run",
    "--no-index",
    "--find-links",
    str(bundled),
    "./fused_attn",
]
sys.exit(subprocess.call(command, env=env))
