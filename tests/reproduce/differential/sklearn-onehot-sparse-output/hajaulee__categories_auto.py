# source: hajaulee/cube-jump-autogaming/one-hot-testing.py (via the search tool)
from sklearn.preprocessing import LabelEncoder, OneHotEncoder

label_enc = LabelEncoder()
values = ["cat", "dog", "cat"]
label_enc.fit(values)
integer_encoded = label_enc.fit_transform(values)
onehot_encoder = OneHotEncoder(sparse=False, categories="auto")  # fails here
integer_encoded = integer_encoded.reshape(len(integer_encoded), 1)
onehot_encoded = onehot_encoder.fit_transform(integer_encoded)
result = [onehot_encoded, onehot_encoder.inverse_transform(onehot_encoded)]
