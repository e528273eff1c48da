# errfix-repro: expects=jax/jit-output-invalid-type
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""A jitted function that returns a string label along with its array."""

import jax
import jax.numpy as jnp


@jax.jit
def classify(x):
    return "positive" if x.shape[0] > 1 else "negative"


classify(jnp.ones(3))
