# source: Snowviewhackathon/SnowView-App/pages/test.py (via the search tool)
import pandas as pd


def color_negative(v, color):
    return f"color: {color};" if v < 0 else None


df = pd.DataFrame([[1.0, -2.0], [-3.0, 4.0]], columns=["A", "B"])
b = df.style.applymap(color_negative, color="red", subset="A")  # fails here
c = df.style.applymap(color_negative, color="red", subset=["A", "B"])
result = []
for styler in (b, c):
    styler._compute()
    result.append(sorted((key, list(value)) for key, value in styler.ctx.items()))
