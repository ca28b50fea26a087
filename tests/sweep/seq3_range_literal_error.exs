# A range written with an atom side fails while the file compiles: nothing runs.
IO.puts("this line never prints")
letters = ?a..?e |> Enum.to_list()
IO.inspect(letters)
IO.inspect(Enum.to_list(:a..:e))
