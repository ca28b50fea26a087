# Binaries and bitstrings: matching, construction, inspection.
<<a, b, rest::binary>> = "hello"
IO.inspect({a, b, rest})
<<x::4, y::4>> = <<0xAB>>
IO.inspect({x, y})
<<n::16>> = <<1, 2>>
IO.inspect(n)
<<n2::little-16>> = <<1, 2>>
IO.inspect(n2)
<<s::signed-8>> = <<255>>
IO.inspect(s)
<<f::float-32>> = <<63, 128, 0, 0>>
IO.inspect(f)
IO.inspect(<<1::1, 0::1, 1::1>>)
IO.inspect(<<256::8>>)
IO.inspect(<<-1::8>>)
IO.inspect(<<1.5::float>>)
IO.inspect(<<"é"::utf8, "x"::utf16>>)
IO.inspect(<<0x1F600::utf8>>)
IO.inspect(byte_size(<<1::size(12)>>))
IO.inspect(bit_size(<<1::size(12)>>))
IO.inspect(for <<bit::1 <- <<0b10110000>> >>, do: bit)
IO.inspect(:binary.bin_to_list("abc"))
IO.inspect(:binary.list_to_bin([104, 105]))
IO.inspect(:binary.part("hello", 1, 3))
IO.inspect(binary_part("hello", 0, 2))
IO.inspect(:binary.split("a,b,c", ","))
IO.inspect(:binary.split("a,b,c", ",", [:global]))
IO.inspect(:binary.match("hello", "ll"))
IO.inspect(:binary.copy("ab", 3))
IO.inspect(:binary.first("abc"))
IO.inspect(:binary.last("abc"))
IO.inspect(:binary.decode_unsigned(<<1, 0>>))
IO.inspect(:binary.encode_unsigned(256))
IO.inspect(String.to_charlist(<<97, 98>>))
IO.inspect(Base.encode16(<<255, 1>>))
IO.inspect(<<1, 2, 3>> <> <<4>>)
IO.inspect(is_bitstring(<<1::3>>))
IO.inspect(<<1::3>> == <<1::size(3)>>)
defmodule Packet do
  def parse(<<version::8, len::16, payload::binary-size(len), rest::binary>>) do
    {:ok, %{version: version, payload: payload}, rest}
  end
  def parse(_), do: :error
end
IO.inspect(Packet.parse(<<1, 0, 3, "abcXYZ">>))
IO.inspect(Packet.parse(<<1, 0, 9, "abc">>))
<<"é"::utf8, rest::binary>> = "équipe"
IO.inspect(rest)
case <<"hi"::utf16>> do
  <<"hi"::utf16>> -> IO.puts("utf16 match")
end
IO.inspect(<<"ab"::utf32>>)
