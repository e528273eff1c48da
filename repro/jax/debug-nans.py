# errfix-repro: expects=jax/debug-nans
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""jax_debug_nans turned on to find where a loss becomes NaN: the log of a negative number."""

import jax
import jax.numpy as jnp

jax.config.update("jax_debug_nans", True)


@jax.jit
def loss(x):
    return jnp.log(x).sum()


loss(jnp.array([1.0, -1.0]))
