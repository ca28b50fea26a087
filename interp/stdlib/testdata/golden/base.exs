for {f, s, o} <- [{:decode64, "Zm9vYg", []}, {:decode64, "Zm9vYg=", []}, {:decode64, "Zm9v!mFy", []}, {:decode64, "Zm9vYg==", [padding: false]}, {:decode16, "abc", []}, {:decode16, "ab", []}, {:decode32, "MZXW6YTBOI=====", []}, {:decode32, "MZXW6YTBO", [padding: false]}, {:decode64, "Zm9vY", [padding: false]}, {:url_decode64, "a+b/", []}, {:decode64, "", []}, {:decode64, "====", []}] do
  IO.inspect({f, s, apply(Base, f, [s, o])})
  bang = String.to_atom("#{f}!")
  try do
    IO.inspect apply(Base, bang, [s, o])
  rescue
    e -> IO.inspect(e)
  end
end
IO.inspect Base.encode32("f", padding: false)
IO.inspect Base.url_encode64(<<250, 251>>)
