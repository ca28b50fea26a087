# Nested data updated with put_in/get_in/update_in and Access helpers.
school = %{
  name: "Central",
  classes: [
    %{id: 1, students: [%{name: "Ana", grade: 90}, %{name: "Ben", grade: 70}]},
    %{id: 2, students: [%{name: "Caro", grade: 85}]}
  ],
  tags: [primary: true, city: "Lisbon"]
}

IO.inspect(get_in(school, [:classes, Access.at(0), :students, Access.all(), :name]))
IO.inspect(get_in(school, [:classes, Access.all(), :id]))
IO.inspect(get_in(school, [:classes, Access.at(5), :id]))
IO.inspect(get_in(school, [:tags, :city]))
IO.inspect(get_in(school, [:nope, :deeper]))
s2 = put_in(school, [:classes, Access.at(1), :students, Access.at(0), :grade], 88)
IO.inspect(get_in(s2, [:classes, Access.at(1), :students]))
s3 = update_in(school, [:classes, Access.all(), :students, Access.all(), :grade], &(&1 + 5))
IO.inspect(get_in(s3, [:classes, Access.all(), :students, Access.all(), :grade]))
s4 = update_in(school, [:classes, Access.all(), :students, Access.filter(&(&1.grade < 80)), :grade], fn _ -> 80 end)
IO.inspect(get_in(s4, [:classes, Access.at(0), :students]))
IO.inspect(get_in(school, [:classes, Access.all(), :students, Access.filter(&(&1.grade > 80)), :name]))
s5 = put_in(school.name, "North")
IO.inspect(s5.name)
s6 = update_in(school.tags[:city], &String.upcase/1)
IO.inspect(s6.tags)
IO.inspect(put_in(%{}, [:a], 1))
IO.inspect(put_in(%{a: %{}}, [:a, :b], 2))
IO.inspect(get_and_update_in(school, [:classes, Access.at(0), :id], &{&1, &1 * 100}) |> elem(0))
{popped, rest} = pop_in(school, [:classes, Access.at(0), :students, Access.at(1)])
IO.inspect(popped)
IO.inspect(length(get_in(rest, [:classes, Access.at(0), :students])))
IO.inspect(pop_in(%{a: %{b: 1, c: 2}}, [:a, :b]))
user = %{profile: %{emails: ["a@x", "b@x"]}}
IO.inspect(update_in(user, [:profile, :emails, Access.at(-1)], &String.upcase/1))
IO.inspect(get_in(user, [Access.key(:profile), Access.key(:phone, "none")]))
IO.inspect(put_in(user, [Access.key(:settings, %{}), :theme], :dark))
IO.inspect(get_in({1, {2, 3}}, [Access.elem(1), Access.elem(0)]))
IO.inspect(update_in([a: [b: 1]], [:a, :b], &(&1 + 1)))
IO.inspect(get_in(%{"k" => %{"j" => 1}}, ["k", "j"]))
IO.inspect(Access.fetch(%{a: 1}, :a))
IO.inspect(Access.get([a: 1], :b, :default))
IO.inspect(get_in([1, 2, 3], [Access.slice(1..2)]))
IO.inspect(update_in([1, 2, 3, 4], [Access.slice(0..1)], &(&1 * 10)))
IO.inspect(get_in(%{list: [%{v: 1}, %{v: 2}]}, [:list, Access.find(&(&1.v == 2))]))
try do
  put_in(school, [:classes, :first], 1)
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end
try do
  get_in(school, [:classes, Access.key!(:x)])
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end
