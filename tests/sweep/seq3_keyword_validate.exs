# Keyword options the way library functions take them.
defmodule Greeter do
  @defaults [greeting: "Hello", punctuation: "!", times: 1]

  def greet(name, opts \\ []) do
    opts = Keyword.validate!(opts, @defaults)
    line = "#{opts[:greeting]}, #{name}#{opts[:punctuation]}"
    String.duplicate(line <> " ", opts[:times]) |> String.trim_trailing()
  end
end

IO.puts(Greeter.greet("Ana"))
IO.puts(Greeter.greet("Ben", greeting: "Hi", times: 2))
IO.inspect(Keyword.validate([a: 1], [:a, b: 2]))
IO.inspect(Keyword.validate([a: 1, c: 3], [:a, b: 2]))
IO.inspect(Keyword.validate([c: 3, d: 4], [:a]))
IO.inspect(Keyword.validate([], [:a, b: 2]))
try do
  Greeter.greet("Caro", greting: "Hey")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Keyword.validate!([a: 1, z: 2, y: 3], [:a])
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

opts = [verbose: true, level: 2, level: 3, name: "x"]
IO.inspect(Keyword.get(opts, :level))
IO.inspect(Keyword.get_values(opts, :level))
IO.inspect(Keyword.delete(opts, :level))
IO.inspect(Keyword.delete_first(opts, :level))
IO.inspect(Keyword.put(opts, :level, 9))
IO.inspect(Keyword.put_new(opts, :level, 9))
IO.inspect(Keyword.update(opts, :level, 0, &(&1 * 10)))
IO.inspect(Keyword.merge([a: 1, b: 2], [b: 3, c: 4]))
IO.inspect(Keyword.merge([a: 1, b: 2], [b: 3], fn _k, v1, v2 -> v1 + v2 end))
IO.inspect(Keyword.take(opts, [:verbose, :name]))
IO.inspect(Keyword.drop(opts, [:verbose, :name]))
IO.inspect(Keyword.split(opts, [:name]))
IO.inspect(Keyword.pop(opts, :level))
IO.inspect(Keyword.pop_first(opts, :level))
IO.inspect(Keyword.keys(opts))
IO.inspect(Keyword.has_key?(opts, :name))
IO.inspect(Keyword.fetch(opts, :missing))
IO.inspect(Keyword.keyword?([{:a, 1}, {"b", 2}]))
IO.inspect(Keyword.keyword?([]))
IO.inspect(Keyword.to_list(b: 1, a: 2))
IO.inspect(Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}]))
IO.inspect(Keyword.new([:x, :y], fn k -> {k, Atom.to_string(k)} end))
IO.inspect(Keyword.filter(opts, fn {_k, v} -> is_integer(v) end))
IO.inspect(Keyword.map(opts, fn {_k, v} -> inspect(v) end))
IO.inspect(Keyword.replace(opts, :level, 0))
IO.inspect(Keyword.equal?([a: 1, b: 2], [b: 2, a: 1]))
try do
  Keyword.fetch!(opts, :colour)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
try do
  Keyword.update!(opts, :colour, & &1)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
