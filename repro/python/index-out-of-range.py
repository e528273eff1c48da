# errfix-repro: expects=python/index-out-of-range
# errfix-repro: requires=json
"""Indexing one past the end of a list (off-by-one over a batch of results)."""
losses = [0.9, 0.5, 0.3]
for epoch in range(1, len(losses) + 1):
    print(epoch, losses[epoch])
