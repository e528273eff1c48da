# errfix-repro: expects=lightning/pl-name-removed
# errfix-repro: requires=pytorch_lightning
"""A class that Lightning 2.0 removed, imported from a module that still exists (DDPPlugin, removed
with the 1.6 plugin-to-strategy rename)."""

from pytorch_lightning.plugins import DDPPlugin

strategy = DDPPlugin(find_unused_parameters=False)
