# errfix-repro: expects=jax/flax-set-attribute-frozen
# errfix-repro: requires=jax,flax
"""Assigning self.attr inside __call__ of a linen Module (modules are frozen outside setup)."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class Counter(nn.Module):
    @nn.compact
    def __call__(self, x):
        self.calls = 1
        return nn.Dense(2)(x)


Counter().init(jax.random.PRNGKey(0), jnp.ones((1, 3)))
