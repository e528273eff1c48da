# errfix-repro: expects=jax/jit-invalid-argument-type
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""A string (a config value) passed as a traced argument of a jitted function."""

import jax
import jax.numpy as jnp


@jax.jit
def act(x, kind):
    return jnp.tanh(x) if kind == "tanh" else x


act(jnp.ones(2), "tanh")
