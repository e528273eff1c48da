# errfix-repro: expects=pandas/length-of-values-mismatch
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""A new column from a list shorter than the frame (e.g. predictions on a filtered subset)."""
import pandas as pd

frame = pd.DataFrame({"x": [1.0, 2.0, None, 4.0]})
predictions = [0.1, 0.2, 0.4]  # computed on frame.dropna()
frame["pred"] = predictions
