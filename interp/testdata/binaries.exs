<<a, b, rest::binary>> = "hello"
IO.inspect({a, b, rest})
<<x::16, y::little-16>> = <<1, 2, 3, 4>>
IO.inspect({x, y})
<<s::signed-8>> = <<255>>
IO.inspect(s)
<<f::float>> = <<64, 9, 33, 251, 84, 68, 45, 24>>
IO.inspect(f)
<<len::8, data::binary-size(len), tail::binary>> = <<3, "abcdef">>
IO.inspect({len, data, tail})
IO.inspect(<<1::4, 2::4>>)
IO.inspect(<<256::16>>)
IO.inspect(<<-1::8>>)
IO.inspect(<<1.5::float-32>>)
IO.inspect(<<"a", 0, "b">>)
IO.inspect(<<?é::utf8>>)
<<c::utf8, more::binary>> = "élan"
IO.inspect({c, more})
bits = <<5::3>>
IO.inspect(bits)
IO.inspect(bit_size(bits))
IO.inspect(<<bits::bitstring, 1::1>>)
IO.inspect(for <<b::8 <- "abc">>, do: b + 1)
IO.inspect(for <<pair::binary-size(2) <- "aabbcc">>, do: pair)
name = "world"
IO.inspect("hello #{name}" <> "!")
"key=" <> value = "key=42"
IO.inspect(value)
case "GET /index" do
  "GET " <> path -> IO.puts("path " <> path)
end
IO.inspect(byte_size(<<1, 2, 3>>))
parse = fn <<version::4, ihl::4, _::binary>> -> {version, ihl} end
IO.inspect(parse.(<<0x45, 0>>))
IO.inspect(<<1, 2>> <> <<3>>)
