# Regex.CompileError is an exception struct: inspect, Exception.message,
# rescue by name, its default message, and Regex.compile!'s uncaught error.
# Recorded with Debian's 1.14, charlists as in 1.18.
try do
  Regex.compile!("(")
rescue
  e in Regex.CompileError ->
    IO.inspect(e)
    IO.puts(Exception.message(e))
    IO.inspect(e.__struct__)
    IO.inspect(Map.keys(e))
end

e = %Regex.CompileError{}
IO.inspect(e)
IO.inspect(Exception.message(e))
IO.inspect(Regex.compile("("))
IO.inspect(Regex.compile("a", "z"))

try do
  Regex.compile!("a", "iz")
rescue
  e -> IO.inspect(e)
end

try do
  raise Regex.CompileError, "boom"
rescue
  e -> IO.inspect(e, label: "raised")
end

IO.inspect(is_exception(%Regex.CompileError{}))
IO.puts("compiling")
Regex.compile!("a)b")
IO.puts("unreachable")
