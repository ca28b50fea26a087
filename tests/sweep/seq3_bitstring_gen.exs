# Bitstring generators and binary pattern matching.
pixels = <<255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30>>
IO.inspect(for <<r, g, b <- pixels>>, do: {r, g, b})
IO.inspect(for <<r::8, _g::8, _b::8 <- pixels>>, r > 0, do: r)
IO.inspect(for <<c <- "hello">>, into: "", do: <<c + 1>>)
IO.inspect(for <<c::utf8 <- "héllo">>, do: c)
IO.inspect(for <<bit::1 <- <<0b10110000>> >>, do: bit)
IO.inspect(for <<nibble::4 <- <<0xAB, 0xCD>> >>, do: Integer.to_string(nibble, 16))
IO.inspect(for <<x::16 <- <<1, 2, 3, 4, 5>> >>, do: x)
IO.inspect(for <<c <- "abc">>, reduce: 0 do
  acc -> acc + c
end)

<<version::4, ihl::4, tos::8, len::16, rest::binary>> = <<0x45, 0x00, 0x00, 0x3C, 1, 2, 3>>
IO.inspect({version, ihl, tos, len, rest})
<<head::binary-size(3), tail::binary>> = "abcdefg"
IO.inspect({head, tail})
<<first::utf8, rest::binary>> = "ünïcode"
IO.inspect({first, <<first::utf8>>, rest})
<<a::signed-8, b::unsigned-8>> = <<-1, -1>>
IO.inspect({a, b})
<<x::little-16, y::big-16>> = <<1, 2, 1, 2>>
IO.inspect({x, y})
<<f::float-32>> = <<1.5::float-32>>
IO.inspect(f)
IO.inspect(<<1::4, 2::4>>)
IO.inspect(<<1::3>>)
IO.inspect(<<256::8>>)
IO.inspect(<<-1::16>>)
IO.inspect(<<"abc", 0>>)
IO.inspect(<<?a, ?b>> <> "c")
IO.inspect(bit_size(<<1::3, 2::5, 3::2>>))
IO.inspect(byte_size(<<1::3, 2::5, 3::2>>))
IO.inspect(is_bitstring(<<1::1>>))
IO.inspect(is_binary(<<1::1>>))

parse_packet = fn
  <<1, len::8, payload::binary-size(len), _::binary>> -> {:text, payload}
  <<2, n::32>> -> {:number, n}
  <<type, _::binary>> -> {:unknown, type}
  <<>> -> :empty
end
IO.inspect(parse_packet.(<<1, 3, "hey", "junk">>))
IO.inspect(parse_packet.(<<2, 0, 0, 1, 0>>))
IO.inspect(parse_packet.(<<9, 9>>))
IO.inspect(parse_packet.(<<>>))
IO.inspect(:binary.part("hello world", 6, 5))
IO.inspect(:binary.split("a,b,c", ","))
IO.inspect(:binary.split("a,b,c", ",", [:global]))
IO.inspect(:binary.match("hello", "ll"))
IO.inspect(:binary.copy("ab", 3))
IO.inspect(:binary.first("xyz"))
IO.inspect(:binary.last("xyz"))
IO.inspect(:binary.decode_unsigned(<<1, 0>>))
IO.inspect(:binary.encode_unsigned(256))
