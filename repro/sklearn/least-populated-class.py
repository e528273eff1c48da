# errfix-repro: expects=sklearn/least-populated-class
# errfix-repro: requires=sklearn,numpy
"""train_test_split(stratify=y) where one class has a single sample."""
import numpy as np
from sklearn.model_selection import train_test_split

X = np.arange(16.0).reshape(8, 2)
y = np.array(["cat", "cat", "cat", "dog", "dog", "dog", "dog", "fox"])
train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
