# errfix-repro: expects=pandas/series-truth-value-ambiguous
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""A boolean Series used where Python needs one bool: `and` between two masks."""
import pandas as pd

frame = pd.DataFrame({"age": [15, 30, 45], "score": [0.2, 0.9, 0.5]})
adults = frame[(frame["age"] > 18) and (frame["score"] > 0.4)]
