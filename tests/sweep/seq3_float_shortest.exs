# Floats printed by inspect, to_string and IO.puts: shortest round-trip forms.
for f <- [0.1, 0.5, 1.0, 1.5, 10.0, 100.0, 1000.0, 1.0e6, 1.0e15, 1.0e16, 1.0e17, 1.0e22, 1.0e23,
          123456789.0, 1234567890123456.0, 12345678901234567.0, 0.001, 0.0001, 1.0e-4, 1.0e-5,
          3.0e-7, 1.23e-10, 5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          -0.5, -1.0e20, 9007199254740993.0, 0.30000000000000004, 2/3, 100/7, 1.0e100] do
  IO.puts("#{inspect(f)} | #{Float.to_string(f)} | #{f}")
end
IO.inspect(Float.parse("1e500"))
IO.inspect(Float.parse("1.0e-400"))
IO.inspect(String.to_float("1.0e308"))
IO.inspect(:math.sqrt(2))
IO.inspect(:math.pi())
IO.inspect(:math.pow(10, 20))
IO.inspect(:math.log10(1000))
IO.inspect(:math.exp(1))
IO.inspect(7 / 2)
IO.inspect(1.0 * 3)
IO.inspect(0.1 * 3)
IO.inspect(1.1 + 2.2)
IO.inspect(3 * 1.1)
IO.inspect(1.0e16 + 1)
IO.inspect(trunc(1.0e20))
IO.inspect(round(1.0e20))
IO.inspect(Float.floor(1.0e20))
IO.inspect(1.0e20 == 100000000000000000000)
IO.inspect(Float.to_charlist(2.5))
IO.inspect(to_string(1.0e-3))
IO.inspect("#{1.0e2}")
IO.inspect(Enum.sum([0.1, 0.2, 0.3]))
IO.inspect(Enum.sum(Enum.map(1..10, fn _ -> 0.1 end)))
IO.inspect(:erlang.float_to_binary(0.1, [:short]))
IO.inspect(:erlang.float_to_binary(0.1, decimals: 20))
IO.inspect(:erlang.float_to_binary(1.0e10, [{:scientific, 3}]))
IO.inspect(Float.round(0.1 + 0.2, 10))
