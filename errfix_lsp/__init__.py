"""errfix-lsp: recognise ML framework errors in terminal output and fix them in your code."""

__version__ = "0.1.0"
