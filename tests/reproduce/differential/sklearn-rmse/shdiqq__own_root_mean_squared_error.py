# source: shdiqq/IF4074-Tubes2/function/errorCalc.py (via the search tool)
from sklearn.metrics import mean_squared_error


def root_mean_squared_error(y_true, y_pred):
    return mean_squared_error(y_true, y_pred, squared=False)  # fails here


result = root_mean_squared_error([3.0, -0.5, 2.0, 7.0], [2.5, 0.0, 2.0, 8.0])
