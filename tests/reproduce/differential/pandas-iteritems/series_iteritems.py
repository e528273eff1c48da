# source: synthetic: Series.iteritems over a labelled Series
import pandas as pd

s = pd.Series([1.5, 2.5], index=["a", "b"], name="v")
result = [(label, value) for label, value in s.iteritems()]  # fails here
