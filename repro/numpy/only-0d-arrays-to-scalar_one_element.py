# errfix-repro: expects=numpy/only-0d-arrays-to-scalar
# errfix-repro: requires=numpy
"""float() on a prediction of shape (1,): rejected by NumPy 2.4 (only 0-d arrays convert)."""
import numpy as np

prediction = np.array([0.73])  # e.g. model.predict(x) for one sample
score = float(prediction)
