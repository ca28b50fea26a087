# Base: base 16/32/64 with padding:, case: and ignore: options, and its errors
# (Elixir 1.14 on OTP 25; 1.18's base.ex raises the same).
IO.inspect Base.encode64("hello")
IO.inspect Base.encode64("hi", padding: false)
IO.inspect Base.url_encode64(<<255, 254, 253>>)
IO.inspect Base.url_encode64(<<255, 254, 253, 1>>, padding: false)
IO.inspect Base.decode64("aGVsbG8=")
IO.inspect Base.decode64("aGk", padding: false)
IO.inspect Base.decode64("aGk")
IO.inspect Base.decode64!("aGVsbG8=")
IO.inspect Base.url_decode64("__79", padding: false)
IO.inspect Base.decode64("aGV sbG8=", ignore: :whitespace)
IO.inspect Base.encode16("hello")
IO.inspect Base.encode16("hello", case: :lower)
IO.inspect Base.decode16("68656C6C6F")
IO.inspect Base.decode16("68656c6c6f")
IO.inspect Base.decode16("68656c6c6f", case: :lower)
IO.inspect Base.decode16("68656c6c6f", case: :mixed)
IO.inspect Base.decode16!("6F")
IO.inspect Base.encode32("foobar")
IO.inspect Base.encode32("foobar", padding: false, case: :lower)
IO.inspect Base.decode32("MZXW6YTBOI======")
IO.inspect Base.hex_encode32("foobar")
IO.inspect Base.hex_decode32("CPNMUOJ1E8======")
IO.inspect Base.decode64("a===")
IO.inspect Base.decode64("@@@@")
for f <- [fn -> Base.decode64!("@@@@") end, fn -> Base.decode16!("0") end, fn -> Base.decode16!("zz") end, fn -> Base.decode64!("aGk") end, fn -> Base.encode64(123) end] do
  try do
    f.()
  rescue
    e -> IO.inspect(e)
  end
end
for f <- [&Base.encode16/1, &Base.decode16/1, &Base.decode64/1, &Base.decode64!/1, &Base.url_encode64/1, &Base.encode32/1, &Base.hex_decode32!/1, &Base.decode32/1, &Base.hex_decode32/1] do try do f.(1) rescue e -> IO.inspect({e.function, e.arity, e.args}) end end
