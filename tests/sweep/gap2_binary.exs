# :binary functions learners reach for (Elixir 1.14 on OTP 25; charlists
# as 1.18 inspects them).
defmodule Hex do
  def dump(bin), do: :binary.encode_hex(bin)
  def load(hex), do: :binary.decode_hex(hex)
end

IO.puts Hex.dump("Elixir")
IO.inspect Hex.load("456C69786972")
IO.inspect Hex.load("cafe")
IO.inspect :binary.split("2024-01-15", "-", [:global])
IO.inspect :binary.split("k=v=w", "=")
IO.inspect :binary.split(" a  b ", " ", [:global, :trim_all])
IO.inspect :binary.match("hello world", "o")
IO.inspect :binary.match("hello world", "o", scope: {5, 6})
IO.inspect :binary.matches("banana", ["an", "a"])
IO.inspect :binary.replace("a.b.c", ".", "/", [:global])
IO.inspect :binary.part("elixir", 1, 3)
IO.inspect {:binary.first("abc"), :binary.last("abc"), :binary.at("abc", 1)}
IO.inspect :binary.bin_to_list("abc")
IO.inspect :binary.copy("-", 10)
IO.inspect :binary.longest_common_prefix(["interpreter", "interface", "internal"])
IO.inspect :binary.longest_common_suffix(["testing", "running", "ring"])
IO.inspect :binary.encode_unsigned(65_535)
IO.inspect :binary.encode_unsigned(258, :little)
IO.inspect :binary.decode_unsigned(<<1, 0, 0>>)
IO.inspect :binary.decode_unsigned(<<1, 0, 0>>, :little)

for bad <- ["abc", "zz12"] do
  try do
    :binary.decode_hex(bad)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end

try do
  :binary.at("abc", 3)
rescue
  e -> IO.inspect(e)
end
