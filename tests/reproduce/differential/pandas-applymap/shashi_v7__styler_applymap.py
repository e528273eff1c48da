# source: shashi-v7/python_pandas/Style/Highlight-ve.py (via the search tool)
import pandas as pd

df = pd.DataFrame([[0.5, -1.0], [-0.25, 2.0]], columns=["A", "B"])


def color_negative_red(val):
    color = "red" if val < 0 else "black"
    return f"color: {color}"


styled_df = df.style.applymap(color_negative_red)  # fails here
styled_df._compute()
result = sorted((key, list(value)) for key, value in styled_df.ctx.items())
