"""The knowledge base: entries in the seed's format, loading, validation and search."""

from .load import KnowledgeBase, load_entry_file, load_kb
from .model import Entry, Pattern
from .validate import Problem, validate_entry

__all__ = [
    "Entry",
    "KnowledgeBase",
    "Pattern",
    "Problem",
    "load_entry_file",
    "load_kb",
    "validate_entry",
]
