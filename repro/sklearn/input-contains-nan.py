# errfix-repro: expects=sklearn/input-contains-nan
# errfix-repro: requires=sklearn,pandas
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 pandas==1.3.5 numpy<1.24
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
"""Fitting on a frame with a missing value (read from CSV, never imputed)."""
import io

import pandas as pd
from sklearn.linear_model import LinearRegression

frame = pd.read_csv(io.StringIO("sqft,rooms,price\n50,2,100\n70,,150\n90,4,210\n"))
LinearRegression().fit(frame[["sqft", "rooms"]], frame["price"])
