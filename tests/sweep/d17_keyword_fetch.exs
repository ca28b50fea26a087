opts = [timeout: 5000, retries: 3]
IO.inspect(Keyword.fetch!(opts, :timeout))
Keyword.fetch!(opts, :retry)
