# errfix-repro: expects=jax/orbax-destination-exists
# errfix-repro: requires=jax,orbax
"""Saving an orbax checkpoint twice to the same directory (a re-run of the training script)."""

import os

import jax.numpy as jnp
import orbax.checkpoint as ocp

path = os.path.abspath("checkpoints/final")
checkpointer = ocp.PyTreeCheckpointer()
checkpointer.save(path, {"w": jnp.ones(2)})
checkpointer.save(path, {"w": jnp.zeros(2)})
