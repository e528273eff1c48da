# source: MinSong2/treform/treform/weighting/one_hot.py (via the search tool)
from numpy import *  # noqa: F403
from sklearn.preprocessing import LabelEncoder
from sklearn.preprocessing import OneHotEncoder


def one_hot(data):
    values = array(data)  # noqa: F405
    label_encoder = LabelEncoder()
    integer_encoded = label_encoder.fit_transform(values)
    onehot_encoder = OneHotEncoder(sparse = False)  # fails here
    integer_encoded = integer_encoded.reshape(len(integer_encoded), 1)
    onehot_encoded = onehot_encoder.fit_transform(integer_encoded)
    return onehot_encoded


result = one_hot(["cold", "warm", "hot", "cold"])
