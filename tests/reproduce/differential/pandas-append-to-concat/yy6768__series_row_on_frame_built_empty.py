# source: yy6768/Machine-Learning-with-Python-Cookbook-notebook/实战代码/第3章/emptyDataFrameExample.py (via the search tool)
import pandas as pd

dataframe = pd.DataFrame()
dataframe["Name"] = ["Jacky Jackson", "Steven Stevenson"]
dataframe["Age"] = [38, 25]
dataframe["Driver"] = [True, False]
new_person = pd.Series(["Molly Mooney", 40, True], index=["Name", "Age", "Driver"])
dataframe = dataframe.append(new_person, ignore_index=True)
result = dataframe
