# errfix-repro: expects=jax/flax-assign-submodule
# errfix-repro: requires=jax,flax
"""A submodule created inline in __call__ without @nn.compact."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    def __call__(self, x):
        return nn.Dense(4)(x)


MLP().init(jax.random.PRNGKey(0), jnp.ones((2, 3)))
