# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_39_registry_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Registry misuse: unknown registry names, unique-only functions on a
# duplicate registry, and bad start options.
{:ok, _} = Registry.start_link(keys: :duplicate, name: Dup)

attempt = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

attempt.("lookup unknown", fn -> Registry.lookup(Nope, :k) end)
attempt.("register unknown", fn -> Registry.register(Nope, :k, 1) end)
attempt.("update_value dup", fn -> Registry.update_value(Dup, :k, & &1) end)
attempt.("bad keys", fn -> Registry.start_link(keys: :bogus, name: Bad) end)
attempt.("no name", fn -> Registry.start_link(keys: :unique) end)
attempt.("count dup", fn -> Registry.count(Dup) end)
