# errfix-repro: expects=jax/experimental-module-removed
# errfix-repro: requires=jax
"""jax.experimental.maps (xmap) and host_callback were removed; old model code imports them."""

from jax.experimental import maps

mesh = maps.Mesh
