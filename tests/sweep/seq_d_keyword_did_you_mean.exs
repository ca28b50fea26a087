config = %{timeout: 5000, retries: 3}
IO.inspect(config.timeout)
IO.inspect(config.retry)
