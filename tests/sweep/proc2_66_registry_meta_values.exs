# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_66_registry_meta_values.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Registry: update_value, values, meta, keys, select-free lookups, and
# register errors.
{:ok, _} = Registry.start_link(keys: :unique, name: Reg, meta: [owner: :me])
IO.inspect(Registry.meta(Reg, :owner), label: "meta")
IO.inspect(Registry.put_meta(Reg, :size, 2), label: "put_meta")
IO.inspect(Registry.meta(Reg, :size), label: "meta size")
IO.inspect(Registry.meta(Reg, :none), label: "meta none")
{:ok, owner} = Registry.register(Reg, "k", 10)
IO.inspect(owner, label: "register")
IO.inspect(Registry.register(Reg, "k", 11) |> elem(0), label: "again")
IO.inspect(Registry.update_value(Reg, "k", &(&1 * 2)), label: "update_value")
IO.inspect(Registry.update_value(Reg, "none", &(&1 * 2)), label: "update missing")
IO.inspect(Registry.values(Reg, "k", self()), label: "values")
IO.inspect(Registry.keys(Reg, self()), label: "keys")
IO.inspect(Registry.lookup(Reg, "k") |> Enum.map(&elem(&1, 1)), label: "lookup")
