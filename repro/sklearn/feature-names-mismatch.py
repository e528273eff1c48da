# errfix-repro: expects=sklearn/feature-names-mismatch
# errfix-repro: requires=sklearn,pandas
"""predict() on a frame whose column names differ from the ones seen in fit()."""
import pandas as pd
from sklearn.linear_model import LinearRegression

train = pd.DataFrame({"sqft": [50, 70, 90], "rooms": [2, 3, 4]})
model = LinearRegression().fit(train, [100, 150, 210])
new = pd.DataFrame({"sqft": [60], "bedrooms": [2]})
model.predict(new)
