fn -> :ok end
fn x -> x end
fn a, b -> a + b end
fn
  0 -> :zero
  n when n > 0 -> :pos
  _ -> :neg
end
fn (a, b) -> a end
fn () -> 1 end
fn {a, b} -> a; {a} -> a end
case x do
  {:ok, v} -> v
  {:error, _} = e ->
    log(e)
    e
  _ -> nil
end
cond do
  a > b -> :gt
  true -> :other
end
if a do
  b
else
  c
end
if a do b end
unless a do b else c end
receive do
  {:msg, m} -> m
after
  1000 -> :timeout
end
receive do
  msg -> msg
after 0 -> :none
end
try do
  risky()
rescue
  e in RuntimeError -> e
  ArgumentError -> :arg
catch
  :exit, reason -> reason
  kind, value -> {kind, value}
else
  v -> v
after
  cleanup()
end
with {:ok, a} <- f(),
     {:ok, b} <- g(a) do
  a + b
else
  err -> err
end
for x <- 1..10, rem(x, 2) == 0, into: [], do: x * x
for {k, v} <- map do
  {k, v}
end
x = case y do
  1 -> :one
end
def f(x) do
end
do_it = fn -> :ok end
a = if x, do: 1
receive do: (:go -> :went)
Task.async(fn -> :done end)
test "name" do
  assert 1 == 1
end
a; b; c
(a; b)
()
(not x)
