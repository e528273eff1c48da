# errfix-repro: expects=jax/jaxlib-too-old
# errfix-repro: requires=jax
# errfix-repro: matrix=jaxlib==0.4.30 inherit
"""jax upgraded without jaxlib. In a mismatched environment (the matrix venv: today's jax, jaxlib
0.4.30) `import jax` itself fails; in a consistent one we run jax's own import-time check with the
jaxlib version that an un-upgraded install would report."""

import jax
from jax._src.lib import check_jaxlib_version

check_jaxlib_version(
    jax_version=jax.__version__,
    jaxlib_version="0.4.30",
    minimum_jaxlib_version=jax.version._minimum_jaxlib_version,
)
