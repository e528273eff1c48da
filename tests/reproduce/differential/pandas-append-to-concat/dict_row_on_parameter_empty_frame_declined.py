# source: synthetic: the helper of lfmatosm/reddit-topic-modelling fed a frame built with pd.DataFrame(columns=...) elsewhere
import pandas as pd


def insert_line(df, k, score):
    return df.append({"k": k, "score": score}, ignore_index=True)


result = pd.DataFrame(columns=["k", "score"])
for k in (5, 10):
    result = insert_line(result, k, 0.1 * k)
