# errfix-repro: expects=sklearn/multi-class-removed
# errfix-repro: requires=sklearn
"""LogisticRegression(multi_class=...), removed in 1.8."""

from sklearn.linear_model import LogisticRegression

LogisticRegression(multi_class="multinomial")
