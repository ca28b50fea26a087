# Errors from nested updates on missing or wrong intermediate data.
data = %{user: %{name: "Ana", prefs: nil}, list: [1, 2], kw: [a: 1]}
attempt = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e -> IO.puts("#{label}: (#{inspect(e.__struct__)}) #{Exception.message(e)}")
  end
end
attempt.("get nil path", fn -> get_in(data, [:user, :prefs, :theme]) end)
attempt.("put through nil", fn -> put_in(data, [:user, :prefs, :theme], :dark) end)
attempt.("put missing key", fn -> put_in(data, [:missing, :x], 1) end)
attempt.("update missing", fn -> update_in(data, [:user, :age], &(&1 + 1)) end)
attempt.("put_in list key", fn -> put_in(data, [:list, :a], 1) end)
attempt.("get_in list atom", fn -> get_in(data, [:list, :a]) end)
attempt.("put_in kw", fn -> put_in(data, [:kw, :b], 2) end)
attempt.("Access.at on map", fn -> get_in(data, [:user, Access.at(0)]) end)
attempt.("Access.key! missing", fn -> get_in(data, [Access.key!(:nope)]) end)
attempt.("Access.elem on list", fn -> get_in(data, [:list, Access.elem(0)]) end)
attempt.("dot on nil", fn -> data.user.prefs.theme end)
attempt.("dot missing", fn -> data.user.age end)
attempt.("bracket on struct", fn -> (1..3)[:first] end)
attempt.("update_in bad fun", fn -> update_in(data, [:user, :name], fn _ -> :ok end) end)
attempt.("get_and_update bad", fn -> get_and_update_in(data, [:user, :name], fn _ -> :bad end) end)
attempt.("pop_in nil", fn -> pop_in(data, [:nope, :x]) end)
attempt.("Map.update! nested", fn -> Map.update!(data.user, :email, & &1) end)
attempt.("Kernel.get_in/1 string", fn -> get_in("string", [:a]) end)
attempt.("put_in tuple", fn -> put_in({1, 2}, [:a], 1) end)
attempt.("Access.at out", fn -> put_in(data, [:list, Access.at(5)], 9) end)
attempt.("Access.at! out", fn -> get_in(data, [:list, Access.at!(5)]) end)
