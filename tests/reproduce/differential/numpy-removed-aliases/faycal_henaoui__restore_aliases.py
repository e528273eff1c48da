# source: faycal-henaoui/stock-gate-complete/fix_numpy.py (via the search tool)
import numpy as np

# restore removed dtypes for backward compatibility
if not hasattr(np, "int"):
    np.int = int
if not hasattr(np, "float"):
    np.float = float
result = [np.int is int, np.float is float]
