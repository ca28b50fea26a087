# The fields of the exceptions the runtime raises, as a rescue sees them:
# UndefinedFunctionError leaves :message nil (message/1 computes it).
# Expectation: Elixir 1.14 on OTP 25; Exception.message/1 of a missing
# module carries 1.18's alias hint (UndefinedFunctionError.message/1).
v = fn x -> Enum.random([x]) end
f = fn g ->
  try do
    g.()
  rescue
    e ->
      IO.inspect(e, structs: false)
      IO.inspect(e)
      IO.inspect(e.__struct__ == UndefinedFunctionError and e.message == nil, label: "message nil")
      IO.puts(Exception.message(e))
  end
end
f.(fn -> apply(v.(Foo), :bar, [1]) end)
f.(fn -> apply(v.(Foo.Bar), :bar, []) end)
f.(fn -> apply(String, v.(:nope), [1]) end)
f.(fn -> Map.fetch!(v.(%{a: 1}), :b) end)
f.(fn -> Keyword.fetch!(v.([a: 1]), :b) end)
f.(fn -> String.upcase(v.(1)) end)
f.(fn -> List.first(v.(1)) end)
f.(fn -> Enum.fetch!(v.([1]), 5) end)
f.(fn -> div(1, v.(0)) end)
f.(fn -> apply(v.(:x), [1]) end)
f.(fn -> v.(%{}).a end)
e = %UndefinedFunctionError{module: Foo, function: :bar, arity: 0}
IO.puts(Exception.message(e))
IO.puts(Exception.message(%{e | message: "custom"}))
IO.puts(Exception.message(%{e | module: String}))
Foo.bar(1)
