# Access and nested updates.
defmodule Cfg do
  defstruct port: 80, host: "localhost"
end

data = %{
  users: [
    %{name: "ann", langs: ["elixir", "go"], meta: %{age: 30}},
    %{name: "bob", langs: ["ruby"], meta: %{age: 25}}
  ],
  settings: [theme: "dark", font: [size: 12, family: "mono"]]
}

IO.inspect(get_in(data, [:users, Access.all(), :name]))
IO.inspect(get_in(data, [:users, Access.at(1), :meta, :age]))
IO.inspect(get_in(data, [:users, Access.at(5), :name]))
IO.inspect(get_in(data, [:settings, :font, :size]))
IO.inspect(get_in(data, [:users, Access.filter(&(&1.meta.age > 26)), :name]))
IO.inspect(get_in(data, [:users, Access.all(), :langs, Access.at(0)]))
IO.inspect(put_in(data, [:users, Access.at(0), :meta, :age], 31) |> get_in([:users, Access.at(0), :meta]))
IO.inspect(update_in(data, [:users, Access.all(), :meta, :age], &(&1 + 1)) |> get_in([:users, Access.all(), :meta, :age]))
IO.inspect(update_in(data, [:settings, :font, :size], &(&1 * 2))[:settings])
IO.inspect(put_in(data.settings[:theme], "light")[:settings][:theme])
IO.inspect(get_and_update_in(data, [:users, Access.at(1), :name], &{&1, String.upcase(&1)}) |> elem(0))
IO.inspect(pop_in(data, [:users, Access.at(0), :meta]) |> elem(0))
IO.inspect(pop_in(data, [:settings, :font]) |> elem(1) |> Map.get(:settings))
IO.inspect(data[:users] |> Enum.map(& &1[:name]))
IO.inspect(data[:missing][:deeper])
IO.inspect(get_in(%{a: %{b: nil}}, [:a, :b, :c]))
IO.inspect(Access.fetch(%{a: 1}, :a))
IO.inspect(Access.get([a: 1], :b, :default))
IO.inspect(get_in(%{"a" => %{"b" => 1}}, ["a", "b"]))
IO.inspect(put_in(%{}, [Access.key(:a, %{}), Access.key(:b, %{})], 1))
IO.inspect(update_in([1, 2, 3], [Access.all()], &(&1 * 10)))
IO.inspect(get_in({:a, {:b, :c}}, [Access.elem(1), Access.elem(0)]))
IO.inspect(put_in({1, 2}, [Access.elem(0)], :x))
IO.inspect(get_in([10, 20, 30], [Access.slice(1..2)]))
IO.inspect(update_in(%{list: [1, 2, 3, 4]}, [:list, Access.filter(&(rem(&1, 2) == 0))], &(&1 * 100)))
IO.inspect(get_in([a: [b: 1]], [:a, :b]))
IO.inspect(Map.get(%{a: 1}, :a) |> then(&(&1 + 1)))
IO.inspect(put_in(data, [:users, Access.all(), :name], "x") |> Map.get(:users) |> length())
defmodule CfgDemo do
  def run do
    c = %Cfg{}
    IO.inspect(put_in(c.port, 8080))
    IO.inspect(update_in(c, [Access.key!(:host)], &String.upcase/1))
    IO.inspect(get_in(c, [Access.key(:port)]))
    try do
      IO.inspect(c[:port])
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      get_in(c, [Access.key!(:nope)])
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      put_in(%{a: 1}, [:a, :b], 2)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end

CfgDemo.run()
