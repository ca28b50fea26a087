# :crypto's hashes, HMAC and random bytes (Elixir 1.14 on OTP 25; 1.18
# inspects the charlists of crypto's errors as ~c"...").
defmodule Checksum do
  def md5(text), do: :crypto.hash(:md5, text) |> Base.encode16(case: :lower)
  def sha256(text), do: :crypto.hash(:sha256, text) |> Base.encode16(case: :lower)

  def sign(secret, payload) do
    :crypto.mac(:hmac, :sha256, secret, payload) |> Base.url_encode64(padding: false)
  end

  def token(n), do: :crypto.strong_rand_bytes(n) |> Base.url_encode64(padding: false)
end

IO.puts Checksum.md5("hello world")
IO.puts Checksum.sha256("hello world")
IO.puts Checksum.sha256(["hello", ?\s, ["world"]])
IO.puts :crypto.hash(:sha, "abc") |> Base.encode16()
IO.puts Checksum.sign("s3cret", ~s({"user":1}))
IO.inspect byte_size(:crypto.hash(:sha512, "x"))
IO.inspect String.length(Checksum.token(24))
IO.inspect Checksum.token(16) != Checksum.token(16)
IO.inspect :crypto.strong_rand_bytes(0)

for alg <- [:md5, :sha, :sha224, :sha256, :sha384, :sha512] do
  IO.puts "#{alg}: #{byte_size(:crypto.hash(alg, ""))} bytes"
end

try do
  :crypto.hash(:sha3, "abc")
rescue
  e -> IO.inspect(e)
end

try do
  :crypto.hash(:md5, 42)
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  :crypto.strong_rand_bytes(-1)
rescue
  e -> IO.inspect(e)
end
