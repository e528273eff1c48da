# errfix-repro: expects=python/module-not-found
# errfix-repro: requires=numpy
"""A script importing OpenCV (`cv2`) where it is not installed.

The migration-fix test asks the language server for the code action: it must offer the command
`pip install opencv-python` (the distribution name, not the import name).
"""
import numpy as np
import cv2

image = np.zeros((4, 4, 3), dtype=np.uint8)
print("fixed:", cv2.cvtColor(image, cv2.COLOR_BGR2GRAY).shape)
