# errfix-repro: expects=jax/dot-general-contracting-shape
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""Matrix product with mismatched inner dimensions."""

import jax.numpy as jnp

x = jnp.ones((2, 3))
w = jnp.ones((4, 5))
x @ w
