# Integer functions a course uses for digit puzzles.
n = 9875
IO.inspect(Integer.digits(n))
IO.inspect(Integer.digits(n, 2))
IO.inspect(Integer.digits(255, 16))
IO.inspect(Integer.digits(0))
IO.inspect(Integer.digits(-123))
IO.inspect(Integer.undigits([1, 2, 3]))
IO.inspect(Integer.undigits([1, 0, 1], 2))
IO.inspect(Integer.undigits([15, 15], 16))
digit_sum = fn x -> x |> Integer.digits() |> Enum.sum() end
IO.puts("digit sum of #{n} is #{digit_sum.(n)}")
palindrome? = fn x -> d = Integer.digits(x); d == Enum.reverse(d) end
IO.inspect(Enum.filter(100..200, palindrome?))
armstrong? = fn x ->
  d = Integer.digits(x)
  k = length(d)
  Enum.sum(Enum.map(d, &Integer.pow(&1, k))) == x
end
IO.inspect(Enum.filter(1..1000, armstrong?), label: "armstrong")
IO.inspect(Integer.to_string(255, 2))
IO.inspect(Integer.to_string(255, 16))
IO.inspect(Integer.to_string(-255, 36))
IO.inspect(Integer.to_charlist(42, 8))
require Integer
IO.inspect(Integer.is_odd(7))
IO.inspect(Enum.filter(1..10, &Integer.is_even/1))
IO.inspect(Integer.gcd(48, 18))
IO.inspect(Integer.gcd(0, 5))
IO.inspect(Integer.gcd(-12, 8))
IO.inspect(Integer.mod(-7, 3))
IO.inspect(rem(-7, 3))
IO.inspect(Integer.floor_div(-7, 2))
IO.inspect(div(-7, 2))
IO.inspect(Integer.pow(2, 100))
IO.inspect(Integer.pow(-3, 3))
IO.inspect(Integer.extended_gcd(240, 46))
IO.inspect(abs(-5))
IO.inspect(max(3, 7.0))
IO.inspect(min(:atom, 1))
IO.inspect(0b1010 + 0o17 + 0xff)
IO.inspect(1_000_000)
IO.inspect(?A + 1)
IO.inspect(Integer.to_string(123) |> String.reverse() |> String.to_integer())
IO.inspect(trunc(-3.7))
IO.inspect(round(2.5))
IO.inspect(round(-2.5))
IO.inspect(Integer.parse("0x1A"))
IO.inspect(Integer.parse("1A", 16))
try do
  Integer.pow(2, -1)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Integer.digits(10, 1)
rescue
  e -> IO.puts(inspect(e.__struct__))
end
