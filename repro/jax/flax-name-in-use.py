# errfix-repro: expects=jax/flax-name-in-use
# errfix-repro: requires=jax,flax
"""Two submodules given the same explicit name."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.Dense(8, name="hidden")(x)
        return nn.Dense(8, name="hidden")(x)


MLP().init(jax.random.PRNGKey(0), jnp.ones((1, 3)))
