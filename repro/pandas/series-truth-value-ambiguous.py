# errfix-repro: expects=pandas/series-truth-value-ambiguous
# errfix-repro: requires=pandas
"""A boolean Series used where Python needs one bool: `and` between two masks."""
import pandas as pd

frame = pd.DataFrame({"age": [15, 30, 45], "score": [0.2, 0.9, 0.5]})
adults = frame[(frame["age"] > 18) and (frame["score"] > 0.4)]
