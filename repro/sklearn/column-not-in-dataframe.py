# errfix-repro: expects=sklearn/column-not-in-dataframe
# errfix-repro: requires=sklearn,pandas
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24 pandas==1.3.5
"""ColumnTransformer naming a column the DataFrame does not have."""

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler

df = pd.DataFrame({"Age": [20, 30], "Income": [1.0, 2.0]})
ColumnTransformer([("num", StandardScaler(), ["age", "Income"])]).fit(df)
