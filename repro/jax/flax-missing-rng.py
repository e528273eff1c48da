# errfix-repro: expects=jax/flax-missing-rng
# errfix-repro: requires=jax,flax
"""Dropout in training mode applied without a "dropout" PRNG key."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class Net(nn.Module):
    @nn.compact
    def __call__(self, x, train: bool):
        x = nn.Dense(4)(x)
        return nn.Dropout(0.5, deterministic=not train)(x)


x = jnp.ones((2, 3))
variables = Net().init(jax.random.PRNGKey(0), x, train=False)
Net().apply(variables, x, train=True)
