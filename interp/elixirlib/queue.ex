defmodule :queue do
  @moduledoc """
  Erlang's `:queue`: a double-ended FIFO queue kept, as OTP keeps it, as
  `{rear, front}`: the front list holds the first elements in order, the
  rear list the last ones reversed. The balancing rules are OTP 25's, so a
  queue inspects as it does on the BEAM (`:queue.in(1, :queue.new())` is
  `{[1], []}`).
  """

  def new, do: {[], []}

  def is_queue({r, f}) when is_list(r) and is_list(f), do: true
  def is_queue(_), do: false

  def is_empty({[], []}), do: true
  def is_empty({r, f}) when is_list(r) and is_list(f), do: false
  def is_empty(q), do: :erlang.error(:badarg, [q])

  def len({r, f}) when is_list(r) and is_list(f), do: length(r) + length(f)
  def len(q), do: :erlang.error(:badarg, [q])

  def to_list({r, f}) when is_list(r) and is_list(f), do: f ++ Enum.reverse(r)
  def to_list(q), do: :erlang.error(:badarg, [q])

  def from_list(l) when is_list(l), do: front_to_rear(l)
  def from_list(l), do: :erlang.error(:badarg, [l])

  def member(x, {r, f}) when is_list(r) and is_list(f), do: x in r or x in f
  def member(x, q), do: :erlang.error(:badarg, [x, q])

  # Adding: a lone element on one side moves to the other, so both
  # sides hold one when that is cheap.
  def unquote(:in)(x, {[_] = r, []}), do: {[x], r}
  def unquote(:in)(x, {r, f}) when is_list(r) and is_list(f), do: {[x | r], f}
  def unquote(:in)(x, q), do: :erlang.error(:badarg, [x, q])

  def in_r(x, {[], [_] = f}), do: {f, [x]}
  def in_r(x, {r, f}) when is_list(r) and is_list(f), do: {r, [x | f]}
  def in_r(x, q), do: :erlang.error(:badarg, [x, q])

  def out({[], []} = q), do: {:empty, q}
  def out({[v], []}), do: {{:value, v}, {[], []}}

  def out({[y | r], []}) do
    [v | f] = Enum.reverse(r)
    {{:value, v}, {[y], f}}
  end

  def out({r, [v]}) when is_list(r), do: {{:value, v}, rear_to_front(r)}
  def out({r, [v | f]}) when is_list(r), do: {{:value, v}, {r, f}}
  def out(q), do: :erlang.error(:badarg, [q])

  def out_r({[], []} = q), do: {:empty, q}
  def out_r({[], [v]}), do: {{:value, v}, {[], []}}

  def out_r({[], [y | f]}) do
    [v | r] = Enum.reverse(f)
    {{:value, v}, {r, [y]}}
  end

  def out_r({[v], f}) when is_list(f), do: {{:value, v}, front_to_rear(f)}
  def out_r({[v | r], f}) when is_list(f), do: {{:value, v}, {r, f}}
  def out_r(q), do: :erlang.error(:badarg, [q])

  def get({[], []} = q), do: :erlang.error(:empty, [q])
  def get({_r, [h | _]}), do: h
  def get({[_ | _] = r, []}), do: List.last(r)
  def get(q), do: :erlang.error(:badarg, [q])

  def get_r({[], []} = q), do: :erlang.error(:empty, [q])
  def get_r({[h | _], f}) when is_list(f), do: h
  def get_r({[], [_ | _] = f}), do: List.last(f)
  def get_r(q), do: :erlang.error(:badarg, [q])

  def peek({[], []}), do: :empty
  def peek({r, f} = q) when is_list(r) and is_list(f), do: {:value, get(q)}
  def peek(q), do: :erlang.error(:badarg, [q])

  def peek_r({[], []}), do: :empty
  def peek_r({r, f} = q) when is_list(r) and is_list(f), do: {:value, get_r(q)}
  def peek_r(q), do: :erlang.error(:badarg, [q])

  def drop({[], []} = q), do: :erlang.error(:empty, [q])

  def drop({r, f} = q) when is_list(r) and is_list(f) do
    {{:value, _}, rest} = out(q)
    rest
  end

  def drop(q), do: :erlang.error(:badarg, [q])

  def drop_r({[], []} = q), do: :erlang.error(:empty, [q])

  def drop_r({r, f} = q) when is_list(r) and is_list(f) do
    {{:value, _}, rest} = out_r(q)
    rest
  end

  def drop_r(q), do: :erlang.error(:badarg, [q])

  def reverse({r, f}) when is_list(r) and is_list(f), do: {f, r}
  def reverse(q), do: :erlang.error(:badarg, [q])

  def join({r, f} = q, {[], []}) when is_list(r) and is_list(f), do: q
  def join({[], []}, {r, f} = q) when is_list(r) and is_list(f), do: q

  def join({r1, f1}, {r2, f2}) when is_list(r1) and is_list(f1) and is_list(r2) and is_list(f2),
    do: {r2, f1 ++ Enum.reverse(r1, f2)}

  def join(q1, q2), do: :erlang.error(:badarg, [q1, q2])

  # split/2: the first n elements and the rest, each balanced as OTP
  # leaves them.
  def split(0, {r, f} = q) when is_list(r) and is_list(f), do: {{[], []}, q}

  def split(n, {r, f} = q) when is_integer(n) and n >= 1 and is_list(r) and is_list(f) do
    lf = length(f)

    cond do
      n < lf ->
        {[x | taken], rest} = Enum.split(f, n)
        {{Enum.reverse(taken), [x]}, {r, rest}}

      n > lf ->
        case length(r) - (n - lf) do
          m when m < 0 ->
            :erlang.error(:badarg, [n, q])

          0 ->
            {q, {[], []}}

          m ->
            [x | r1] = r
            {moved, rest} = Enum.split(r1, m - 1)
            {{rest, f}, {[x], Enum.reverse(moved)}}
        end

      true ->
        {front_to_rear(f), rear_to_front(r)}
    end
  end

  def split(n, q), do: :erlang.error(:badarg, [n, q])

  # filter/2: the function returns a boolean or a list of items to put
  # in the element's place; called in queue order.
  def filter(fun, {r, f}) when is_function(fun, 1) and is_list(r) and is_list(f) do
    front = Enum.flat_map(f, &filtered(fun, &1))
    rear = r |> Enum.reverse() |> Enum.flat_map(&filtered(fun, &1)) |> Enum.reverse()

    cond do
      rear == [] -> front_to_rear(front)
      front == [] -> rear_to_front(rear)
      true -> {rear, front}
    end
  end

  def filter(fun, q), do: :erlang.error(:badarg, [fun, q])

  defp filtered(fun, x) do
    case fun.(x) do
      true -> [x]
      false -> []
      l when is_list(l) -> l
    end
  end

  def fold(fun, acc, {r, f}) when is_function(fun, 2) and is_list(r) and is_list(f) do
    acc = List.foldl(f, acc, fun)
    List.foldr(r, acc, fun)
  end

  def fold(fun, acc, q), do: :erlang.error(:badarg, [fun, acc, q])

  def all(pred, {r, f}) when is_function(pred, 1) and is_list(r) and is_list(f),
    do: Enum.all?(f, pred) and Enum.all?(r, pred)

  def all(pred, q), do: :erlang.error(:badarg, [pred, q])

  def any(pred, {r, f}) when is_function(pred, 1) and is_list(r) and is_list(f),
    do: Enum.any?(f, pred) or Enum.any?(r, pred)

  def any(pred, q), do: :erlang.error(:badarg, [pred, q])

  # delete/2 removes the first occurrence of x.
  def delete(x, {r, f} = q) when is_list(r) and is_list(f) do
    case delete_first(f, x) do
      {:ok, []} -> rear_to_front(r)
      {:ok, f2} -> {r, f2}
      :none ->
        case delete_first(Enum.reverse(r), x) do
          {:ok, r2} ->
            case Enum.reverse(r2) do
              [] -> front_to_rear(f)
              r3 -> {r3, f}
            end

          :none ->
            q
        end
    end
  end

  def delete(x, q), do: :erlang.error(:badarg, [x, q])

  defp delete_first([], _), do: :none
  defp delete_first([x | rest], y) when x === y, do: {:ok, rest}

  defp delete_first([h | rest], y) do
    case delete_first(rest, y) do
      {:ok, rest2} -> {:ok, [h | rest2]}
      :none -> :none
    end
  end

  def cons(x, q), do: in_r(x, q)
  def head(q), do: get(q)
  def tail(q), do: drop(q)
  def snoc(q, x), do: :queue.in(x, q)
  def last(q), do: get_r(q)
  def daeh(q), do: get_r(q)
  def liat(q), do: drop_r(q)
  def init(q), do: drop_r(q)

  # Moves about half of a rear list to the front (when it holds three
  # or more), keeping the order.
  defp rear_to_front([]), do: {[], []}
  defp rear_to_front([_] = r), do: {[], r}
  defp rear_to_front([x, y]), do: {[x], [y]}

  defp rear_to_front(list) do
    {keep, move} = Enum.split(list, div(length(list), 2))
    {keep, Enum.reverse(move)}
  end

  # The same for a front list moved to the rear.
  defp front_to_rear([]), do: {[], []}
  defp front_to_rear([_] = f), do: {f, []}
  defp front_to_rear([x, y]), do: {[y], [x]}

  defp front_to_rear(list) do
    {keep, move} = Enum.split(list, div(length(list), 2))
    {Enum.reverse(move), keep}
  end
end
