# errfix-repro: expects=numpy/truth-value-ambiguous
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""A chained comparison on an array inside an if statement."""
import numpy as np

probs = np.array([0.2, 0.7, 0.4])
if (0.5 < probs).any():  # the workaround: say any() or all()
    pass
in_band = (probs > 0.3) & (probs < 0.8)  # elementwise logic
if 0.5 < probs:
    print("positive")
