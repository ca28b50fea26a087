m = %{name: "Ann", age: 3}
IO.puts(m.nme)
