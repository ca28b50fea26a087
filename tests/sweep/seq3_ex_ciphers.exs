# Exercise: Caesar cipher, ROT13, Atbash and a run-length codec.
defmodule Cipher do
  def caesar(text, shift) do
    text
    |> String.to_charlist()
    |> Enum.map(&rotate(&1, shift))
    |> List.to_string()
  end

  defp rotate(c, s) when c in ?a..?z, do: ?a + Integer.mod(c - ?a + s, 26)
  defp rotate(c, s) when c in ?A..?Z, do: ?A + Integer.mod(c - ?A + s, 26)
  defp rotate(c, _), do: c

  def atbash(text) do
    for <<c <- String.downcase(text)>>, c in ?a..?z or c in ?0..?9, into: "" do
      if c in ?a..?z, do: <<?z - (c - ?a)>>, else: <<c>>
    end
  end

  def rle_encode(s) do
    s
    |> String.graphemes()
    |> Enum.chunk_by(& &1)
    |> Enum.map_join(fn
      [c] -> c
      [c | _] = run -> "#{length(run)}#{c}"
    end)
  end

  def rle_decode(s) do
    Regex.scan(~r/(\d*)(\D)/, s)
    |> Enum.map_join(fn
      [_, "", c] -> c
      [_, n, c] -> String.duplicate(c, String.to_integer(n))
    end)
  end
end

msg = "Hello, World! Zebra-123"
enc = Cipher.caesar(msg, 3)
IO.puts(enc)
IO.puts(Cipher.caesar(enc, -3))
IO.puts(Cipher.caesar(msg, 13) |> Cipher.caesar(13))
IO.puts(Cipher.caesar("abc", 52))
IO.puts(Cipher.atbash("Testing, 1 2 3, testing."))
for s <- ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "AABCCCDEEEE", "", "  hsqq qww  "] do
  e = Cipher.rle_encode(s)
  IO.puts("#{inspect(e)} -> #{Cipher.rle_decode(e) == s}")
end
IO.inspect(Cipher.rle_decode("12WB3A"))
IO.inspect(?a..?e |> Enum.map(&<<&1>>) |> Enum.join())
IO.inspect(for c <- ?a..?z, rem(c, 5) == 0, into: "", do: <<c>>)
