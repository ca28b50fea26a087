# Binaries and bitstrings: construction and pattern matching.
png = <<0x89, "PNG", 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, "IHDR", 0, 0, 1, 0, 0, 0, 0, 200>>
<<0x89, "PNG", _::binary-size(4), len::32, type::binary-size(4), w::32, h::32, rest::binary>> = png
IO.inspect({len, type, w, h, rest})
<<a::4, b::4>> = <<0xAB>>
IO.inspect({a, b})
<<x::signed-16>> = <<0xFF, 0xFE>>
IO.inspect(x)
<<y::little-16>> = <<0x01, 0x02>>
IO.inspect(y)
<<f::float-32>> = <<63, 128, 0, 0>>
IO.inspect(f)
<<f64::float>> = <<64, 9, 33, 251, 84, 68, 45, 24>>
IO.inspect(f64)
IO.inspect(<<1::16, 2::little-16, -1::8>>)
IO.inspect(<<3.5::float-32>>)
IO.inspect(<<300::8>>)
IO.inspect(<<1::1, 0::1, 1::1>>)
IO.inspect(bit_size(<<1::1, 0::1, 1::1>>))
IO.inspect(byte_size(<<1::1, 0::1, 1::1>>))
IO.inspect(<<"héllo"::utf8>> == "héllo")
<<first::utf8, tail::binary>> = "ñandú"
IO.inspect({first, tail})
IO.inspect(<<first::utf8>>)
IO.inspect(<<0x1F600::utf8>>)
IO.inspect(<<?a, ?b>> <> "c")
IO.inspect(<<"abc"::binary, 0>>)
IO.inspect(is_binary(<<1::3>>))
IO.inspect(is_bitstring(<<1::3>>))
parse_header = fn
  <<"HTTP/", major, ".", minor, " ", code::binary-size(3), " ", reason::binary>> ->
    {:http, major - ?0, minor - ?0, String.to_integer(code), reason}
  other -> {:unknown, other}
end
IO.inspect(parse_header.("HTTP/1.1 404 Not Found"))
IO.inspect(parse_header.("FTP stuff"))
decode = fn decode, <<n::8, chunk::binary-size(n), rest::binary>>, acc -> decode.(decode, rest, [chunk | acc])
            _decode, <<>>, acc -> Enum.reverse(acc)
         end
IO.inspect(decode.(decode, <<3, "abc", 2, "de", 0, 1, "f">>, []))
IO.inspect(:binary.bin_to_list("abc"))
IO.inspect(:binary.list_to_bin([104, 105]))
IO.inspect(:binary.part("hello world", 6, 5))
IO.inspect(binary_part("hello", 1, 3))
IO.inspect(:binary.copy("ab", 3))
IO.inspect(:binary.match("hello", "ll"))
IO.inspect(:binary.split("a,b,c", ",", [:global]))
IO.inspect(:binary.decode_unsigned(<<1, 0>>))
IO.inspect(:binary.encode_unsigned(65535))
IO.inspect(Base.encode16("hi"))
IO.inspect(Base.encode64("hello world"))
IO.inspect(Base.decode64("aGVsbG8="))
IO.inspect(Base.decode64("not base64!"))
IO.inspect(Base.url_encode64(<<255, 254, 253>>, padding: false))
IO.inspect(String.to_charlist(<<104, 105>>))
IO.inspect(for <<byte <- "AZ">>, do: Integer.to_string(byte, 2) |> String.pad_leading(8, "0"))
IO.inspect(<<1, 2, 3>> |> :binary.bin_to_list() |> Enum.sum())
<<header::binary-size(2), _::binary>> = "ABCDEF"
IO.inspect(header)
size = 3
<<part::binary-size(size), _::binary>> = "xyzzy"
IO.inspect(part)
<<n::size(size)-unit(8)>> = <<0, 1, 0>>
IO.inspect(n)
IO.inspect(<<5::size(3)>>)
IO.inspect(<<255, 0, 128>>, binaries: :as_strings)
IO.inspect(<<"ok", 255>>)
IO.inspect(String.valid?(<<"ok", 255>>))
IO.inspect(inspect(<<0>>))
IO.inspect("\0")
