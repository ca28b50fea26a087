double = &(&1 * 2)
add = &+/2
concat3 = &(&1 <> &2 <> &3)
IO.inspect(double.(21))
IO.inspect(add.(2, 3))
IO.inspect(concat3.("a", "b", "c"))
IO.inspect(Enum.map([1, 2], &Integer.to_string/1))
IO.inspect(Enum.map(["a"], &String.upcase(&1)))
IO.inspect(Enum.map([{1, 2}], &elem(&1, 1)))
IO.inspect(Enum.map([1, 2], &{&1, &1 * &1}))
IO.inspect(Enum.map([1, 2], &[&1]))
IO.inspect(Enum.map([1, 2], &%{v: &1}))
IO.inspect((&String.length/1).("héllo"))
IO.inspect(is_function(double, 1))
IO.inspect(Function.info(add)[:arity])

counter = fn
  0 -> "none"
  1 -> "one"
  n when n < 0 -> "negative"
  n -> "#{n} items"
end
IO.inspect(Enum.map([0, 1, 5, -1], counter))

make_adder = fn n -> fn x -> x + n end end
add5 = make_adder.(5)
IO.inspect(add5.(10))

x = 1
capture_x = fn -> x end
x = 2
IO.inspect({capture_x.(), x})

compose = fn f, g -> fn v -> g.(f.(v)) end end
inc_then_double = compose.(&(&1 + 1), double)
IO.inspect(inc_then_double.(4))

fact = fn
  0, _self -> 1
  n, self -> n * self.(n - 1, self)
end
IO.inspect(fact.(10, fact))

defmodule M do
  def run(f), do: f.(3)
  def triple(x), do: x * 3
  def apply_twice(f, x), do: f |> then(& &1.(x)) |> f.()
end
IO.inspect(M.run(&M.triple/1))
IO.inspect(M.apply_twice(&M.triple/1, 2))
IO.inspect(apply(M, :triple, [7]))
IO.inspect(apply(fn a, b -> a - b end, [10, 3]))
IO.inspect(Enum.reduce([1, 2, 3], 0, &(&1 + &2)))
f = &M.triple/1
IO.inspect(f)
IO.inspect(&String.upcase/1)
IO.inspect(fn -> :x end.())
IO.inspect(Function.identity(:same))
IO.inspect(Enum.map([[1, 2], [3]], &length/1))
