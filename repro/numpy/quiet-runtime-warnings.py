# errfix-repro: expects=none
# errfix-repro: requires=numpy
"""NumPy's everyday RuntimeWarnings: noisy, but the program succeeds.

log(0), 0/0, overflow in exp, sqrt of a negative, NaN cast to int, the mean of an empty slice and
a correlation with a constant column all print warnings with 'divide', 'invalid value' or
'overflow' in them.
"""
import numpy as np

scores = np.array([0.0, 0.5, 2.0])
log_scores = np.log(scores)                  # divide by zero encountered in log
ratios = np.array([0.0, 1.0]) / np.array([0.0, 2.0])  # invalid value encountered in divide
big = np.exp(np.array([1000.0]))             # overflow encountered in exp
empty_mean = np.mean(np.array([]))           # Mean of empty slice
roots = np.sqrt(np.array([-1.0, 4.0]))      # invalid value encountered in sqrt
as_int = np.array([1.5, np.nan]).astype(int)  # invalid value encountered in cast
corr = np.corrcoef([1, 1, 1], [1, 2, 3])     # constant column: invalid value in divide
clean = np.nan_to_num(log_scores, neginf=-1e9)
print("log scores:", log_scores)
print("ratios:", ratios, "overflow:", big, "empty mean:", empty_mean, "roots:", roots)
print("cast:", as_int, "corr:", corr[0, 1])
print("cleaned:", clean)
print(f"finite fraction: {np.isfinite(log_scores).mean():.2f}")
