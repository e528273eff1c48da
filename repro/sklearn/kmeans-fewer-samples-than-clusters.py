# errfix-repro: expects=sklearn/kmeans-fewer-samples-than-clusters
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""KMeans with more clusters than points."""

import numpy as np
from sklearn.cluster import KMeans

KMeans(n_clusters=3, n_init=1).fit(np.array([[0.0, 1.0], [1.0, 0.0]]))
