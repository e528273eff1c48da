# errfix-repro: expects=python/typing-name-newer-python
# errfix-repro: requires=typing
# errfix-repro: matrix=py3.7 typing_extensions
"""Code written for a newer Python imports a typing name its interpreter does not have yet:
`override` (3.12) on 3.11 here; `Literal`/`Protocol`/`Final` (3.8) on 3.7, `TypeAlias`/`ParamSpec` (3.10),
`Self`/`Required`/`NotRequired`/`Unpack` (3.11) on older ones.
"""

import sys

if sys.version_info >= (3, 11):
    from typing import override  # noqa: F401  (3.12+)
else:
    from typing import Literal  # noqa: F401  (3.8+)
