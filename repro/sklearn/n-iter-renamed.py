# errfix-repro: expects=sklearn/n-iter-renamed
# errfix-repro: requires=sklearn
"""TSNE(n_iter=...), renamed max_iter (removed in 1.7)."""

from sklearn.manifold import TSNE

TSNE(n_components=2, n_iter=500)
