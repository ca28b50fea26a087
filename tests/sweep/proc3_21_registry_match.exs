# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_21_registry_match.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Registry.match/4 with a value pattern and guards; unregister_match/4.
{:ok, _} = Registry.start_link(keys: :duplicate, name: Jobs)
{:ok, _} = Registry.register(Jobs, :queue, {:email, 3})
{:ok, _} = Registry.register(Jobs, :queue, {:sms, 1})
{:ok, _} = Registry.register(Jobs, :queue, {:email, 7})
{:ok, _} = Registry.register(Jobs, :other, {:email, 9})
me = self()
values = fn list -> list |> Enum.map(fn {^me, v} -> v end) |> Enum.sort() end
IO.inspect(values.(Registry.match(Jobs, :queue, {:email, :_})), label: "emails")
IO.inspect(values.(Registry.match(Jobs, :queue, {:_, :"$1"}, [{:>, :"$1", 2}])), label: "priority > 2")
IO.inspect(values.(Registry.match(Jobs, :queue, :_)), label: "all on queue")
IO.inspect(values.(Registry.match(Jobs, :queue, {:"$1", :"$2"}, [{:andalso, {:==, :"$1", :email}, {:<, :"$2", 5}}])), label: "andalso")
IO.inspect(values.(Registry.match(Jobs, :queue, :"$1", [{:==, {:element, 1, :"$1"}, :sms}])), label: "element")
IO.inspect(values.(Registry.match(Jobs, :queue, :"$1", [{:==, :"$1", {{:sms, 1}}}])), label: "tuple literal")
IO.inspect(values.(Registry.match(Jobs, :queue, :"$1", [{:>, {:element, 9, :"$1"}, 0}])), label: "failing guard")
IO.inspect(values.(Registry.match(Jobs, :queue, {:_, :"$1"}, [{:is_integer, :"$1"}, {:rem, :"$1", 2}])), label: "non-boolean guard")
IO.inspect(values.(Registry.match(Jobs, :queue, {:"$1", :"$1"})), label: "repeated variable")
IO.inspect(Registry.match(Jobs, :missing, :_), label: "missing key")
IO.inspect(Registry.count_match(Jobs, :queue, {:email, :_}), label: "count emails")
IO.inspect(Registry.unregister_match(Jobs, :queue, {:email, :"$1"}, [{:>, :"$1", 5}]), label: "unregister_match guard")
IO.inspect(values.(Registry.lookup(Jobs, :queue)), label: "after guard unregister")
IO.inspect(Registry.unregister_match(Jobs, :queue, {:email, :_}), label: "unregister_match")
IO.inspect(values.(Registry.lookup(Jobs, :queue)), label: "left on queue")
IO.inspect(values.(Registry.lookup(Jobs, :other)), label: "other untouched")
IO.inspect(Registry.keys(Jobs, self()) |> Enum.sort(), label: "keys")
