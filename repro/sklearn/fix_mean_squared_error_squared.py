# errfix-repro: expects=sklearn/mean-squared-error-squared-removed
# errfix-repro: requires=sklearn
"""scikit-learn < 1.6 code computing RMSE with mean_squared_error(squared=False) (removed in 1.6).

The migration-fix test applies `sklearn-rmse` through the language server and runs this file
again: it must then print the `fixed:` line.
"""
from sklearn.metrics import mean_squared_error

y_true = [3.0, 5.0, 2.0]
y_pred = [2.0, 5.0, 4.0]
rmse = mean_squared_error(y_true, y_pred, squared=False)
mse = mean_squared_error(y_true, y_pred)
print("fixed:", round(rmse, 4), round(mse, 4))
