config = %{"host" => "localhost"}
IO.inspect(Map.fetch!(config, "host"))
Map.fetch!(config, "hots")
