# errfix-repro: expects=jax/flax-batchstats-immutable
# errfix-repro: requires=jax,flax
"""BatchNorm in training mode applied without mutable=["batch_stats"]."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class Net(nn.Module):
    @nn.compact
    def __call__(self, x, train: bool):
        return nn.BatchNorm(use_running_average=not train)(nn.Dense(4)(x))


x = jnp.ones((2, 3))
variables = Net().init(jax.random.PRNGKey(0), x, train=False)
Net().apply(variables, x, train=True)
