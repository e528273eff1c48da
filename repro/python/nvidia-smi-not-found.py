# errfix-repro: expects=python/nvidia-smi-not-found
"""`nvidia-smi` on a machine (or container) without the NVIDIA driver's user-space tools: no GPU
driver installed, a container started without the NVIDIA runtime, WSL without the Windows driver.
This machine has no NVIDIA driver."""

import subprocess
import sys

sys.exit(subprocess.call(["bash", "-c", "nvidia-smi"], env={"PATH": "/usr/bin:/bin", "LANG": "C"}))
