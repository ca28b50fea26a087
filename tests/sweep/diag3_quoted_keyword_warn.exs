# Expectation: keywords quoted for nothing: elixir_tokenizer 1.18's warnings at each opening quote (Column - 1; 1.14 pointed after it).
opts = ["name": "Ann", "age": 3]
IO.inspect(opts)
