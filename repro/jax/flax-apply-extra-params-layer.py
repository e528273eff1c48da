# errfix-repro: expects=jax/flax-apply-extra-params-layer
# errfix-repro: requires=jax,flax
"""apply({"params": variables}) where variables already is {"params": ...}."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(4)(x)


x = jnp.ones((2, 3))
variables = MLP().init(jax.random.PRNGKey(0), x)
MLP().apply({"params": variables}, x)
