# errfix-repro: expects=jax/flax-call-compact-unbound
# errfix-repro: requires=jax,flax
"""Calling a linen Module directly, PyTorch-style, instead of through init/apply."""

import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(4)(x)


model = MLP()
y = model(jnp.ones((2, 3)))
