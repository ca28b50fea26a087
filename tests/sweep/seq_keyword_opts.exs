defmodule Greeter do
  @defaults [greeting: "Hello", punctuation: "!", times: 1]

  def greet(name, opts \\ []) do
    opts = Keyword.merge(@defaults, opts)
    line = "#{opts[:greeting]}, #{name}#{opts[:punctuation]}"
    List.duplicate(line, opts[:times]) |> Enum.join(" ")
  end

  def validate(opts) do
    case Keyword.validate(opts, [:name, size: 10]) do
      {:ok, valid} -> valid
      {:error, bad} -> {:bad_keys, bad}
    end
  end
end

IO.puts(Greeter.greet("Ann"))
IO.puts(Greeter.greet("Bob", greeting: "Hi", times: 2))
IO.puts(Greeter.greet("Cy", punctuation: "?"))
IO.inspect(Greeter.validate(name: "x"))
IO.inspect(Greeter.validate(name: "x", color: :red))

kw = [a: 1, b: 2, a: 3]
IO.inspect(Keyword.get(kw, :a))
IO.inspect(Keyword.get_values(kw, :a))
IO.inspect(Keyword.delete(kw, :a))
IO.inspect(Keyword.put(kw, :a, 0))
IO.inspect(Keyword.keys(kw))
IO.inspect(Keyword.values(kw))
IO.inspect(Keyword.has_key?(kw, :b))
IO.inspect(Keyword.take(kw, [:a]))
IO.inspect(Keyword.drop(kw, [:a]))
IO.inspect(Keyword.update(kw, :b, 0, &(&1 * 5)))
IO.inspect(Keyword.pop(kw, :b))
IO.inspect(Keyword.keyword?(kw))
IO.inspect(Keyword.keyword?([{"a", 1}]))
IO.inspect(Keyword.new([{:x, 1}, {:y, 2}]))
IO.inspect(Keyword.split(kw, [:b]))
IO.inspect(Keyword.to_list(kw))
IO.inspect(Keyword.get(kw, :missing, "dflt"))
IO.inspect(Keyword.fetch(kw, :b))
IO.inspect(Keyword.put_new(kw, :c, 3))
IO.inspect(Keyword.filter(kw, fn {_, v} -> v > 1 end))
IO.inspect(Keyword.fetch!(kw, :missing))
