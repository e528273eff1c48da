# errfix-repro: expects=python/undefined-symbol
# errfix-repro: requires=subprocess
"""A compiled extension references a symbol its loaded dependency does not export: built against
another version of the library it links to (torch/CUDA extensions after a torch upgrade, wheels
mixed from different builds). Simulated with a tiny extension that calls a function nobody defines.
"""

import subprocess
import sys
import sysconfig
from pathlib import Path

suffix = sysconfig.get_config_var("EXT_SUFFIX")
Path("fused_ops.c").write_text(
    "extern void *at_native_layer_norm_v2(void);\n"
    "void *PyInit_fused_ops(void) { return at_native_layer_norm_v2(); }\n"
)
subprocess.check_call(["gcc", "-shared", "-fPIC", "fused_ops.c", "-o", f"fused_ops{suffix}"])
sys.exit(subprocess.call([sys.executable, "-c", "import fused_ops"]))
