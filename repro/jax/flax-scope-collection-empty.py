# errfix-repro: expects=jax/flax-scope-collection-empty
# errfix-repro: requires=jax,flax
"""apply() given variables["params"] instead of the whole variables dict: no "params" collection."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(4)(x)


x = jnp.ones((2, 3))
variables = MLP().init(jax.random.PRNGKey(0), x)
params = variables["params"]
MLP().apply(params, x)
