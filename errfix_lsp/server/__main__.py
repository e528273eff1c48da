"""`python -m errfix_lsp.server`: the language server on stdio."""

import sys

from . import main

sys.exit(main())
