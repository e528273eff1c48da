"""The language server (pygls). Only this package imports pygls/lsprotocol."""
