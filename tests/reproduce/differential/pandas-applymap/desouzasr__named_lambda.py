# source: DeSouzaSR/python_para_analise_dados/cap5/testando_mapeamento.py (via the search tool)
import pandas as pd

frame = pd.DataFrame([[0.5, 0.25], [0.125, 1.0]], columns=list("ab"), index=["Utah", "Ohio"])
bla = lambda x: f"{x:.2f}"  # noqa: E731
result = frame.applymap(bla)  # fails here
