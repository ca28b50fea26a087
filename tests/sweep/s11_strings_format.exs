name = "Ann"
IO.puts("Hello #{name}!")
IO.puts("Total: #{10 * 1.5}")
IO.puts("List: #{inspect([1, 2, 3])}")
IO.puts("Atom: #{:ok} nil:#{nil} bool:#{true}")
IO.puts("Charlist: #{~c"abc"}")
IO.puts(String.pad_leading("7", 3, "0") <> ":" <> String.pad_leading("5", 2, "0"))
IO.puts(:io_lib.format("~5.2f|~-6s|~3..0B", [3.14159, "ab", 7]) |> to_string())
:io.format("~p and ~w~n", [[1, 2], :atom])
:io.format("~s~n", ["string"])
IO.puts(Integer.to_string(42) |> String.pad_leading(6))
IO.puts(Float.to_string(1.0))
IO.puts(:erlang.float_to_binary(1.0 / 3, decimals: 4))
IO.puts(Enum.join(["a", "b", "c"], ", "))
IO.puts(~s(He said "hi"))
IO.puts(~S(no #{interp} here\n))
IO.puts("multi
line")
IO.puts("""
  heredoc
    indented
  done
""")
IO.write("no newline")
IO.write(" then newline\n")
IO.puts(["io", ?l, "ist", ["s"]])
IO.puts(String.duplicate("=", 20))
table = [{"apple", 1.5, 3}, {"kiwi", 0.25, 12}]
for {n, p, q} <- table do
  IO.puts(String.pad_trailing(n, 8) <> String.pad_leading(:erlang.float_to_binary(p, decimals: 2), 6) <> String.pad_leading(Integer.to_string(q), 4))
end
IO.puts("unicode: #{String.upcase("straße")} #{String.length("🎉🎉")}")
IO.puts("#{1}#{2}" <> "3")
IO.inspect("quote\"inside")
IO.inspect("back\\slash")
IO.inspect("null\0byte")
IO.inspect("\u00e9")
IO.inspect("emoji 🎉")
IO.inspect(<<255>>)
IO.inspect("#{:a}" == "a")
IO.puts(inspect(3.0))
IO.puts(to_string(3))
IO.puts(to_string([104, 105]))
IO.puts(to_string(:atom))
IO.inspect(String.Chars.to_string(1.5))
IO.puts("percent: #{Float.round(0.4567 * 100, 1)}%")
