# source: synthetic: squared=False with multioutput=, through the metrics module and the log error
from sklearn import metrics
from sklearn.metrics import mean_squared_log_error

y_true = [[0.5, 1.0], [1.0, 2.0], [7.0, 6.0]]
y_pred = [[0.0, 2.0], [1.0, 2.5], [8.0, 5.0]]
raw = metrics.mean_squared_error(y_true, y_pred, squared=False, multioutput="raw_values")  # fails here
log = mean_squared_log_error([3, 5, 2.5, 7], [2.5, 5, 4, 8], squared=False)
weighted = metrics.mean_squared_error([1.0, 2.0, 3.0], [1.5, 2.0, 2.0], sample_weight=[1, 2, 1], squared=True)
result = [raw, log, weighted]
