"""The language server (pygls). Only this package imports pygls/lsprotocol.

`errfix-lsp` / `python -m errfix_lsp.server` speaks LSP on stdio. stdout is the protocol
channel: everything else (logging) goes to stderr.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Start the server on stdio (the `errfix-lsp` entry point)."""
    parser = argparse.ArgumentParser(prog="errfix-lsp", description=__doc__.splitlines()[0])
    parser.add_argument("--stdio", action="store_true", help="use stdio (the default; accepted "
                        "because editors' LSP clients pass it)")
    parser.add_argument("--log-level", default=os.environ.get("ERRFIX_LSP_LOG", "WARNING"),
                        help="stderr log level (default WARNING, or $ERRFIX_LSP_LOG)")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    args = parser.parse_args(argv)
    if args.version:
        from .. import __version__

        print(f"errfix-lsp {__version__}")
        return 0
    level = getattr(logging, str(args.log_level).upper(), None)
    logging.basicConfig(
        stream=sys.stderr,
        level=level if isinstance(level, int) else logging.WARNING,
        format="errfix-lsp %(levelname)s %(name)s: %(message)s",
    )
    from .app import server

    server.start_io()
    # LSP: exit code 0 only after a `shutdown` request (pygls swallows the code it computes)
    return 0 if server.protocol._shutdown else 1  # noqa: SLF001
