# errfix-repro: expects=jax/orbax-path-not-absolute
# errfix-repro: requires=jax,orbax
"""Saving a Flax/JAX checkpoint with orbax to a relative directory."""

import jax.numpy as jnp
import orbax.checkpoint as ocp

ocp.PyTreeCheckpointer().save("checkpoints/step_1", {"w": jnp.ones(2)})
