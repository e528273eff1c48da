# errfix-repro: expects=sklearn/feature-names-mismatch
# errfix-repro: requires=sklearn,pandas
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
"""predict() on a frame whose column names differ from the ones seen in fit()."""
import pandas as pd
from sklearn.linear_model import LinearRegression

train = pd.DataFrame({"sqft": [50, 70, 90], "rooms": [2, 3, 4]})
model = LinearRegression().fit(train, [100, 150, 210])
new = pd.DataFrame({"sqft": [60], "bedrooms": [2]})
model.predict(new)
