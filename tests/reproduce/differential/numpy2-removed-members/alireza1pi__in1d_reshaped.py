# source: alireza1pi/Characteristics-of-Waveform-Shape-in-Parkinson-s-Disease-Detected-with-EEG/nn.py (via the search tool)
import numpy as np


def isin(element, test_elements, assume_unique=False, invert=False):
    element = np.asarray(element)
    return np.in1d(element, test_elements, assume_unique=assume_unique,  # fails here
                   invert=invert).reshape(element.shape)


result = [isin([[1, 2], [3, 4]], [2, 3]), isin([5, 6, 7], [7], invert=True)]
