# Keyword list syntax sugar and the do-block keyword form.
opts = [size: 10, color: "red"]
IO.inspect(opts == [{:size, 10}, {:color, "red"}])
IO.inspect([size: 10] ++ [size: 20])
IO.inspect(Keyword.get([size: 10, size: 20], :size))
IO.inspect(opts[:color])
IO.inspect(opts[:missing])
defmodule Btn do
  def render(label, opts \\ []) do
    size = Keyword.get(opts, :size, 12)
    "<button size=#{size}#{if opts[:disabled], do: " disabled", else: ""}>#{label}</button>"
  end

  def block(opts), do: opts
end
IO.puts(Btn.render("OK"))
IO.puts(Btn.render("OK", size: 20, disabled: true))
IO.puts(Btn.render("OK", [size: 14]))
IO.inspect(Btn.block(do: :body))
IO.inspect(Btn.block(do: 1, else: 2))
IO.inspect(Btn.block do
  :inside_do
end)
r = Btn.block do
  :a
else
  :b
end
IO.inspect(r)
IO.inspect(if(true, [{:do, :tuple_form}]))
IO.inspect(if(false, do: 1, else: 2))
[{:a, x} | _] = [a: 1, b: 2]
IO.inspect(x)
IO.inspect(match?([a: _, b: _], [b: 1, a: 2]))
IO.inspect(Keyword.keyword?([a: 1, b: 2]))
IO.inspect([a: 1, b: 2] |> Enum.map(fn {k, v} -> {k, v * 10} end))
IO.inspect(%{map: [nested: true], other: [list: [deep: 1]]})
IO.inspect([{:"quoted key", 1}, {:"ok?", 2}, {:"with-dash", 3}])
IO.inspect(["string key": 1])
IO.inspect([a: 1, b: 2] |> Keyword.values())
IO.inspect(Enum.into([a: 1], %{}) |> Map.to_list())
IO.inspect(List.keyfind([a: 1, b: 2], :b, 0))
IO.inspect(String.split("a b c", " ", trim: true, parts: 2))
IO.inspect(Enum.sort_by([b: 2, a: 3], fn {_, v} -> v end))
