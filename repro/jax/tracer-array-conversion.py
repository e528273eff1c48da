# errfix-repro: expects=jax/tracer-array-conversion
# errfix-repro: requires=jax,numpy
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""Plain NumPy called on a traced array inside jit (np instead of jnp)."""

import jax
import jax.numpy as jnp
import numpy as np


@jax.jit
def f(x):
    return np.sin(x) + 1


f(jnp.ones(3))
