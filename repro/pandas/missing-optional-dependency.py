# errfix-repro: expects=pandas/missing-optional-dependency
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""read_excel on an .xlsx without openpyxl (blocked here so the run does not depend on what is installed)."""

import sys
import zipfile

import pandas as pd

with zipfile.ZipFile("report.xlsx", "w") as book:  # enough of an .xlsx for pandas to pick openpyxl
    book.writestr("[Content_Types].xml", "<Types/>")
    book.writestr("xl/workbook.xml", "<workbook/>")
sys.modules["openpyxl"] = None  # as if openpyxl were not installed in this environment
pd.read_excel("report.xlsx")
