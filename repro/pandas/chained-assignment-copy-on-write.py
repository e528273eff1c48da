# errfix-repro: expects=pandas/chained-assignment-copy-on-write
# errfix-repro: requires=pandas
"""pandas 3 (Copy-on-Write): a chained assignment warns and leaves the frame unchanged."""
import sys

import pandas as pd

frame = pd.DataFrame({"age": [15, 30, 45], "group": ["a", "b", "c"]})
frame[frame["age"] > 18]["group"] = "adult"
if (frame["group"] == "adult").sum() == 0:
    sys.exit("the frame was not updated")
