# errfix-repro: expects=jax/incompatible-shapes-broadcasting
# errfix-repro: requires=jax,optax
"""An optax update applied to params of another shape (optimizer state built for a different model)."""

import jax.numpy as jnp
import optax

params = {"w": jnp.ones((3, 4))}
updates = {"w": jnp.ones((5, 4))}
optax.apply_updates(params, updates)
