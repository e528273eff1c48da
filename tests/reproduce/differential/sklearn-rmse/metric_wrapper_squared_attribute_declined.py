# source: synthetic: a metric wrapper passing squared= through from its constructor (a shape found by the search tool in several repositories: squared=self.squared)
from sklearn.metrics import mean_squared_error


class MeanSquaredError:
    def __init__(self, squared=True):
        self.squared = squared

    def calculate(self, y_true, y_hat):
        return mean_squared_error(y_true, y_hat, squared=self.squared)  # fails here


result = [MeanSquaredError().calculate([1.0, 2.0], [1.5, 2.5]), MeanSquaredError(False).calculate([1.0, 2.0], [1.5, 2.5])]
