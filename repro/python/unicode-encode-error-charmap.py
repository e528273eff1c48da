# errfix-repro: expects=python/unicode-encode-error-charmap
# errfix-repro: env=PYTHONIOENCODING=cp1252
"""A Windows console (or a file opened without encoding=) uses a legacy code page: printing a
character it cannot represent (a check mark, an emoji, a progress-bar block) fails.
"""

print("epoch 1 \u2713 loss 0.31")
