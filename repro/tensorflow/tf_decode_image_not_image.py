# errfix-repro: expects=tensorflow/tf-decode-image-unknown-format
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""A dataset file list that contains a file which is not an image (a .txt, an HTML page, an empty file)."""

import tensorflow as tf

tf.compat.v1.enable_eager_execution() if hasattr(tf.compat.v1, "enable_eager_execution") else None
raw = tf.constant(b"<html><body>404 Not Found</body></html>")
print(tf.io.decode_image(raw).shape)
