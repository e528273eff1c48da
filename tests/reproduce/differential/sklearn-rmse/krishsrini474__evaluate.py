# source: KrishSrini474/uber-eta-prediction/model/evaluate_model.py (via the search tool)
from sklearn.metrics import mean_squared_error


def evaluate(y_true, y_pred):
    return mean_squared_error(y_true, y_pred, squared=False)  # fails here


result = evaluate([12.0, 30.5, 7.25], [10.0, 33.0, 7.0])
