# errfix-repro: expects=sklearn/least-populated-class
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 pandas==1.3.5 numpy<1.24
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
"""train_test_split(stratify=y) where one class has a single sample."""
import numpy as np
from sklearn.model_selection import train_test_split

X = np.arange(16.0).reshape(8, 2)
y = np.array(["cat", "cat", "cat", "dog", "dog", "dog", "dog", "fox"])
train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
