# errfix-repro: expects=python/distutils-no-attribute-version
# errfix-repro: requires=setuptools
"""Code written for the stdlib distutils uses `distutils.version.LooseVersion` after a bare
`import distutils` (torch <= 1.10's tensorboard support, old TF/keras utilities). With setuptools
>= 59.6 (and on 3.12, where only setuptools provides `distutils`) the package no longer imports its
`version` submodule, so the attribute is missing."""

import distutils

print(distutils.version.LooseVersion("1.10.0"))
