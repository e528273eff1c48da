# errfix-repro: expects=sklearn/encoder-mixed-types
# errfix-repro: requires=sklearn,numpy,pandas
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24 pandas==1.3.5
"""OneHotEncoder on an object column with strings, numbers and NaN."""

import numpy as np
import pandas as pd
from sklearn.preprocessing import OneHotEncoder

df = pd.DataFrame({"city": ["Paris", np.nan, 75]}, dtype=object)
OneHotEncoder().fit(df)
