# errfix-repro: expects=jax/flax-scope-param-not-found
# errfix-repro: requires=jax,flax
"""apply() with params whose submodule names do not match the module (renamed layer / other checkpoint)."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(4)(x)


x = jnp.ones((2, 3))
variables = MLP().init(jax.random.PRNGKey(0), x)
old = {"params": {"Dense_1": variables["params"]["Dense_0"]}}  # saved by an older version of the model
MLP().apply(old, x)
