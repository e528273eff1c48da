# source: gggdttt/gggdttt.github.io/_posts/python/2018-05-01-python-read-multi-csvFile.md (via the search tool)
import io

import pandas as pd

files = {"a.csv": "名称,列1,列2\nx,1,2.5\n", "b.csv": "名称,列1,列2\ny,3,4.5\nz,5,6.5\n"}
df_empty = pd.DataFrame(columns=["名称", "列1", "列2"])
for filename in sorted(files):
    df = pd.read_csv(io.StringIO(files[filename]))
    df_empty = df_empty.append(df, ignore_index=True)
result = df_empty
