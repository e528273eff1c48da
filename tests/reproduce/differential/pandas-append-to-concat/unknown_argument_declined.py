# source: synthetic: the argument's kind is unknown (a function parameter): must be declined
import pandas as pd


def grow(frame, rows):
    return frame.append(rows, ignore_index=True)


result = grow(pd.DataFrame({"a": [1]}), [{"a": 2}])
