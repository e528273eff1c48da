# errfix-repro: expects=sklearn/affinity-renamed
# errfix-repro: requires=sklearn
"""AgglomerativeClustering(affinity=...), renamed metric (removed in 1.4)."""

from sklearn.cluster import AgglomerativeClustering

AgglomerativeClustering(n_clusters=2, affinity="cosine", linkage="average")
