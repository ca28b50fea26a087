# String.split and String.replace over a megabyte of text.
text = String.duplicate("the quick brown fox jumps over the lazy dog\n", 24_000)

{us, result} =
  :timer.tc(fn ->
    words = text |> String.split() |> length()
    lines = text |> String.split("\n", trim: true) |> length()
    replaced = text |> String.replace("fox", "cat") |> byte_size()
    {byte_size(text), words, lines, replaced}
  end)

IO.inspect(result)
IO.puts("time_ms #{div(us, 1000)}")
