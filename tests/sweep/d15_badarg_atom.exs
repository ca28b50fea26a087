IO.puts(String.to_integer("12x"))
