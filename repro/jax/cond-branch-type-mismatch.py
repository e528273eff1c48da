# errfix-repro: expects=jax/cond-branch-type-mismatch
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""lax.cond branches that return arrays of different shapes."""

import jax
import jax.numpy as jnp

x = jnp.ones(4)
jax.lax.cond(x.sum() > 0, lambda v: v[:3], lambda v: v, x)
