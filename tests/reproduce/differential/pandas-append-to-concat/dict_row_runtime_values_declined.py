# source: synthetic: a results row of variables (a model name and a score that may be NaN at run time)
import pandas as pd

results = pd.DataFrame({"model": ["baseline"], "score": [0.5]})
for name, score in [("tree", float("nan")), ("forest", 0.75)]:
    results = results.append({"model": name, "score": score}, ignore_index=True)
result = results
