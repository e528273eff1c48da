# source: synthetic: applymap with na_action= and extra keywords
import numpy as np
import pandas as pd


def scaled(x, factor):
    return x * factor


df = pd.DataFrame({"a": [1.0, np.nan], "b": [np.nan, 4.0]})
result = df.applymap(scaled, na_action="ignore", factor=10)  # fails here
