# errfix-repro: expects=sklearn/input-contains-nan
# errfix-repro: requires=sklearn,pandas
"""Fitting on a frame with a missing value (read from CSV, never imputed)."""
import io

import pandas as pd
from sklearn.linear_model import LinearRegression

frame = pd.read_csv(io.StringIO("sqft,rooms,price\n50,2,100\n70,,150\n90,4,210\n"))
LinearRegression().fit(frame[["sqft", "rooms"]], frame["price"])
