# Function captures, arities and higher-order helpers.
defmodule MathOps do
  def double(x), do: x * 2
  def add(a, b), do: a + b
  def apply_twice(f, x), do: f.(f.(x))
  def compose(f, g), do: fn x -> g.(f.(x)) end
  defp secret(x), do: x - 1
  def use_private(l), do: Enum.map(l, &secret/1)
end

double = &MathOps.double/1
IO.inspect(double.(21))
IO.inspect(Enum.map([1, 2, 3], &MathOps.double/1))
IO.inspect(Enum.reduce([1, 2, 3], 0, &MathOps.add/2))
IO.inspect(MathOps.apply_twice(&(&1 + 3), 1))
inc_then_double = MathOps.compose(&(&1 + 1), double)
IO.inspect(inc_then_double.(4))
IO.inspect(MathOps.use_private([5, 6]))
IO.inspect((&(&1 * &2)).(6, 7))
IO.inspect((&{&1, &2}).(:a, :b))
IO.inspect((&[&1 | &2]).(1, [2]))
IO.inspect((&"#{&1}-#{&1}").("x"))
IO.inspect(Enum.map([{1, 2}, {3, 4}], &elem(&1, 1)))
IO.inspect(Enum.map(~w(a b), &String.upcase/1))
IO.inspect(is_function(double))
IO.inspect(is_function(double, 1))
IO.inspect(is_function(double, 2))
IO.inspect(Function.info(double, :arity))
IO.inspect(Function.info(&MathOps.add/2, :name))
IO.inspect(Function.info(&MathOps.add/2, :module))
IO.inspect(Function.identity(:same))
IO.inspect(Enum.map([1, nil, 2], &Function.identity/1))
cap = Function.capture(MathOps, :add, 2)
IO.inspect(cap.(1, 2))
IO.inspect(cap == (&MathOps.add/2))
IO.inspect(apply(&MathOps.add/2, [3, 4]))
adders = for n <- 1..3, do: fn x -> x + n end
IO.inspect(Enum.map(adders, & &1.(10)))
counter = fn
  0, _self -> :done
  n, self -> self.(n - 1, self)
end
IO.inspect(counter.(5, counter))
fact = fn f -> fn 0 -> 1; n -> n * f.(f).(n - 1) end end
IO.inspect(fact.(fact).(10))
pipeline = [&String.trim/1, &String.downcase/1, &String.replace(&1, " ", "-")]
IO.inspect(Enum.reduce(pipeline, "  Hello Big World ", fn f, acc -> f.(acc) end))
IO.inspect(Enum.map(1..3, &(&1 * &1)) |> Enum.filter(&(rem(&1, 2) == 1)))
IO.inspect(Enum.sort_by(~w(ccc a bb), &String.length/1, &>=/2))
IO.inspect(Enum.map([1, 2], &Kernel.-/1))
IO.inspect(Enum.zip_with([1, 2], [3, 4], &Kernel.+/2))
f = &MathOps.double/1
try do
  f.(1, 2)
rescue
  e in BadArityError -> IO.puts(Exception.message(e))
end
not_fun = Enum.random([:not_a_fun])
try do
  not_fun.(1)
rescue
  e in BadFunctionError -> IO.puts(Exception.message(e))
end
