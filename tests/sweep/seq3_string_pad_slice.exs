# Padding and slicing strings for a small report.
items = [{"apple", 1.5, 3}, {"kiwi", 0.25, 12}, {"watermelon", 4.0, 1}]
IO.puts(String.pad_trailing("item", 12) <> String.pad_leading("price", 8) <> String.pad_leading("qty", 5))
for {name, price, qty} <- items do
  IO.puts(
    String.pad_trailing(name, 12) <>
      String.pad_leading(:erlang.float_to_binary(price, decimals: 2), 8) <>
      String.pad_leading(Integer.to_string(qty), 5)
  )
end
IO.puts(String.pad_leading("", 25, "-"))
IO.inspect(String.pad_leading("7", 3, "0"))
IO.inspect(String.pad_leading("abc", 2))
IO.inspect(String.pad_trailing("ab", 7, "xyz"))
IO.inspect(String.pad_leading("ab", 7, ["1", "2"]))
IO.inspect(String.pad_leading("é", 3, "*"))

s = "Hello, World"
IO.inspect(String.slice(s, 0, 5))
IO.inspect(String.slice(s, 7..-1//1))
IO.inspect(String.slice(s, -5..-1))
IO.inspect(String.slice(s, 2..4))
IO.inspect(String.slice(s, 20..25))
IO.inspect(String.slice(s, 0..-3//1))
IO.inspect(String.slice(s, 0..10//2))
IO.inspect(String.slice(s, 5, 100))
IO.inspect(String.slice(s, -3, 2))
IO.inspect(String.slice(s, 3..1//1))
IO.inspect(String.slice("héllo wörld", 1..4))
IO.inspect(String.slice("", 0..2))
IO.inspect(String.slice(s, 12, 1))
IO.inspect(String.slice(s, 13, 1))
IO.inspect(String.first(""), label: "first empty")
IO.inspect(String.last("abc"))
IO.inspect(String.at("abc", -1))
IO.inspect(String.at("abc", 5))
truncate = fn str, n -> if String.length(str) > n, do: String.slice(str, 0, n - 3) <> "...", else: str end
IO.puts(truncate.("A very long headline indeed", 15))
IO.puts(truncate.("short", 15))
IO.inspect(binary_part("abcdef", 1, 3))
IO.inspect(String.reverse("héllo"))
IO.inspect(String.duplicate("ab", 3))
