# source: JohnnyHsieh1020/Titanic_proj/data_combination.py (via the search tool)
import numpy as np
import pandas as pd

df_train = pd.DataFrame({"PassengerId": [1, 2], "Survived": [0, 1], "Age": [22.0, 38.0]})
df_test = pd.DataFrame({"PassengerId": [3], "Age": [26.0]})
df_train["train_test"] = 1
df_test["train_test"] = 0
df_test["Survived"] = np.NaN  # fails here
df = pd.concat([df_train, df_test])
result = df
