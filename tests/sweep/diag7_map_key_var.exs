# Expectation: a variable as a map pattern's key: elixir_map invalid_variable_in_map_key_match (1.14 = 1.18 text), a file error at the map (validate_kv gets the map's meta).
map = %{name: "Ann"}
key = :name
%{key => value} = map
IO.puts(value)
