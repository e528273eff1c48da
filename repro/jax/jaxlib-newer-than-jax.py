# errfix-repro: expects=jax/jaxlib-newer-than-jax
# errfix-repro: requires=jax
# errfix-repro: matrix=jax==0.4.30 inherit
"""jaxlib upgraded without jax. In a mismatched environment (the matrix venv: jax 0.4.30 over a
newer jaxlib) `import jax` itself fails; in a consistent one we run jax's own import-time check with
the jax version an un-upgraded install would report."""

import jaxlib.version
from jax._src.lib import check_jaxlib_version

check_jaxlib_version(
    jax_version="0.4.30",
    jaxlib_version=jaxlib.version.__version__,
    minimum_jaxlib_version="0.4.30",
)
