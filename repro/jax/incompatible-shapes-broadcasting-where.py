# errfix-repro: expects=jax/incompatible-shapes-broadcasting
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""jnp.where with a mask and a replacement of different lengths."""

import jax.numpy as jnp

logits = jnp.ones(3)
mask = logits > 0
jnp.where(mask, logits, jnp.full(4, -1e9))
