# source: synthetic: the loop idiom, growing an empty frame row by row
import pandas as pd
result = pd.DataFrame(columns=["epoch", "acc"])
for epoch in range(3):
    result = result.append({"epoch": epoch, "acc": 0.5 + epoch / 10}, ignore_index=True)
