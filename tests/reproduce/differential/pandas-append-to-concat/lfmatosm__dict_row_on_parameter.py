# source: lfmatosm/reddit-topic-modelling/training/utils/dataframe.py (via the search tool)
import pandas as pd


def create_model_dataframe():
    return pd.DataFrame({"k": [], "model": [], "c_npmi_train": [], "diversity": [], "path": []})


def insert_line_in_model_dataframe(df, k, model_name, npmi_train, diversity, model_path):
    return df.append({
        "k": k,
        "model": model_name,
        "c_npmi_train": npmi_train,
        "diversity": diversity,
        "path": model_path,
    }, ignore_index=True)


result = create_model_dataframe()
for k in (5, 10):
    result = insert_line_in_model_dataframe(result, k, "lda", 0.1 * k, 0.8, "models/lda_%d" % k)
