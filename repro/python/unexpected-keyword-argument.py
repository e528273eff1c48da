# errfix-repro: expects=python/unexpected-keyword-argument
# errfix-repro: requires=json
"""Calling a function with a keyword it does not define (renamed parameter)."""


def train(data, epochs=10, learning_rate=0.01):
    return data, epochs, learning_rate


train([1, 2, 3], epochs=5, lr=0.1)
