"""errfix-lsp: recognise ML framework errors in terminal output and fix them in your code."""

__version__ = "0.1.0"


def load_ipython_extension(shell):  # noqa: ANN001 - IPython's hook; `%load_ext errfix_lsp`
    """IPython extension entry point (see errfix_lsp/notebook.py); imported lazily."""
    from .notebook import load_ipython_extension as load

    load(shell)


def unload_ipython_extension(shell):  # noqa: ANN001
    from .notebook import unload_ipython_extension as unload

    unload(shell)
