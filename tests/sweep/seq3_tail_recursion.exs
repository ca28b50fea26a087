# Tail recursion with accumulators over lists, numbers and strings.
defmodule Rec do
  def sum(list), do: sum(list, 0)
  defp sum([], acc), do: acc
  defp sum([h | t], acc), do: sum(t, acc + h)

  def reverse(list), do: reverse(list, [])
  defp reverse([], acc), do: acc
  defp reverse([h | t], acc), do: reverse(t, [h | acc])

  def count_down(0), do: :liftoff
  def count_down(n), do: count_down(n - 1)

  def digits(n, acc \\ [])
  def digits(0, []), do: [0]
  def digits(0, acc), do: acc
  def digits(n, acc), do: digits(div(n, 10), [rem(n, 10) | acc])

  def flatten(list), do: list |> flatten([]) |> reverse()
  defp flatten([], acc), do: acc
  defp flatten([h | t], acc) when is_list(h), do: flatten(t, flatten(h, acc))
  defp flatten([h | t], acc), do: flatten(t, [h | acc])

  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]

  def gcd(a, 0), do: a
  def gcd(a, b), do: gcd(b, rem(a, b))

  def range(a, b) when a > b, do: []
  def range(a, b), do: [a | range(a + 1, b)]

  def chars(""), do: []
  def chars(<<c::utf8, rest::binary>>), do: [<<c::utf8>> | chars(rest)]

  def max_of([h | t]), do: max_of(t, h)
  defp max_of([], m), do: m
  defp max_of([h | t], m) when h > m, do: max_of(t, h)
  defp max_of([_ | t], m), do: max_of(t, m)

  def zip([], _), do: []
  def zip(_, []), do: []
  def zip([a | as], [b | bs]), do: [{a, b} | zip(as, bs)]

  def binary_search(tuple, key), do: bs(tuple, key, 0, tuple_size(tuple) - 1)
  defp bs(_t, _k, lo, hi) when lo > hi, do: :not_found
  defp bs(t, k, lo, hi) do
    mid = div(lo + hi, 2)
    case elem(t, mid) do
      ^k -> {:found, mid}
      v when v < k -> bs(t, k, mid + 1, hi)
      _ -> bs(t, k, lo, mid - 1)
    end
  end
end

IO.inspect(Rec.sum(Enum.to_list(1..100_000)))
IO.inspect(Rec.reverse([1, 2, 3]))
IO.inspect(Rec.count_down(1_000_000))
IO.inspect(Rec.digits(90210))
IO.inspect(Rec.digits(0, []))
IO.inspect(Rec.flatten([1, [2, [3, [4, []]]], 5]))
IO.inspect(Rec.map([1, 2, 3], &(&1 * 10)))
IO.inspect(Rec.gcd(1071, 462))
IO.inspect(Rec.range(3, 7))
IO.inspect(Rec.chars("héllo"))
IO.inspect(Rec.max_of([3, 9, 2, 9, 1]))
IO.inspect(Rec.zip([1, 2, 3], [:a, :b]))
sorted = List.to_tuple(Enum.to_list(0..1000//7))
IO.inspect(Rec.binary_search(sorted, 700))
IO.inspect(Rec.binary_search(sorted, 701))
IO.inspect(length(Rec.range(1, 50_000)))
Rec.max_of([])
