# errfix-repro: expects=jax/flax-scope-param-shape
# errfix-repro: requires=jax,flax
"""Params initialised for 3 input features applied to inputs with 5 features."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(4)(x)


x = jnp.ones((2, 3))
variables = MLP().init(jax.random.PRNGKey(0), x)
MLP().apply(variables, jnp.ones((2, 5)))
