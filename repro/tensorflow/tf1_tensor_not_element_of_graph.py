# errfix-repro: expects=tensorflow/tf-tensor-not-element-of-graph
# errfix-repro: requires=tensorflow
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""TF1 graph code: a tensor built in one graph fetched by a session on another graph (the Flask/
threads case: the model was built under a graph that is not the thread's default graph)."""

import tensorflow as tf

tf1 = tf.compat.v1
tf1.disable_eager_execution()
model_graph = tf.Graph()
with model_graph.as_default():
    x = tf1.placeholder(tf.float32, shape=(None, 2), name="x")
    y = tf.identity(x * 2.0, name="scores")
serving_graph = tf.Graph()
with serving_graph.as_default():
    tf.constant(0.0)
sess = tf1.Session(graph=serving_graph)
sess.run(y, feed_dict={x: [[1.0, 2.0]]})
