# errfix-repro: expects=python/shared-library-not-found
# errfix-repro: requires=subprocess
"""A compiled extension links to a shared library the dynamic loader cannot find (not installed,
or installed where LD_LIBRARY_PATH / the rpath does not point). Simulated with two tiny libraries (a name no system has: a real libsndfile.so.1 would be found).
"""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

suffix = sysconfig.get_config_var("EXT_SUFFIX")
Path("vendor").mkdir()
Path("vendor/audio.c").write_text("int sf_version(void) { return 1; }\n")
subprocess.check_call(
    [
        "gcc",
        "-shared",
        "-fPIC",
        "-Wl,-soname,liberrfix-audio.so.1",
        "vendor/audio.c",
        "-o",
        "vendor/liberrfix-audio.so.1",
    ]
)
Path("_audio.c").write_text(
    "extern int sf_version(void);\nvoid *PyInit__audio(void) { sf_version(); return 0; }\n"
)
subprocess.check_call(
    ["gcc", "-shared", "-fPIC", "_audio.c", "-o", f"_audio{suffix}", "-Lvendor", "-l:liberrfix-audio.so.1"]
)
env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
sys.exit(subprocess.call([sys.executable, "-c", "import _audio"], env=env))
