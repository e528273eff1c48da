# errfix-repro: expects=python/recursion-error
# errfix-repro: requires=json
"""A recursive function whose base case is never reached."""


def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 2)  # odd n skips 0


countdown(7)
