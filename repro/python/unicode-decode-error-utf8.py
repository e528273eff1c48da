# errfix-repro: expects=python/unicode-decode-error-utf8
# errfix-repro: requires=pandas
"""Reading a CSV saved by Excel on Windows (cp1252) with the default UTF-8 decoder."""
from pathlib import Path

import pandas as pd

Path("customers.csv").write_bytes("name,city\nJosé,Málaga\nRené,Orléans\n".encode("cp1252"))
pd.read_csv("customers.csv")
