# errfix-repro: expects=none
# errfix-repro: requires=pip,setuptools,logging
"""A healthy run that looks alarming: pip building and installing a local package (with its
root-user and build chatter), training logs mentioning errors and warnings, a DeprecationWarning.
Offline, writes only under the working (temp) directory; the user's pip configuration is ignored."""
import logging
import os
import subprocess
import sys
import warnings
from pathlib import Path

package = Path("tinyutils")
(package / "tinyutils").mkdir(parents=True)
(package / "tinyutils" / "__init__.py").write_text("VALUE = 1\n")
(package / "setup.py").write_text(
    "from setuptools import setup\nsetup(name='tinyutils', version='0.1', packages=['tinyutils'])\n"
)
env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
pip = [sys.executable, "-m", "pip", "--isolated", "--disable-pip-version-check"]
build = ["wheel", "--no-build-isolation", "--no-deps", "-w", "wheels", "./tinyutils"]
subprocess.run(pip + build, env=env, check=True)
install = ["install", "--no-index", "--find-links", "wheels", "--target", "site", "tinyutils"]
subprocess.run(pip + install, env=env, check=True)

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("train")
for epoch, (loss, error) in enumerate([(0.9, 0.31), (0.5, 0.2)], start=1):
    log.info("epoch %d loss=%.2f val_error=%.2f error_rate=%.2f", epoch, loss, error, error)
log.warning("learning rate warmup finished; 0 errors, 0 NaN losses")
warnings.simplefilter("default")
warnings.warn("the 'verbose' argument is deprecated", DeprecationWarning, stacklevel=1)
print("Training finished without errors. Warnings: 0")
