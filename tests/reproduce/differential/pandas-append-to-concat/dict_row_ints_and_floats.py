# source: synthetic: a dict row mixing ints and floats (pandas 1.5 made the ints floats)
import pandas as pd
df = pd.DataFrame({"step": [1], "loss": [0.9]})
result = df.append({"step": 2, "loss": 0.5}, ignore_index=True)
