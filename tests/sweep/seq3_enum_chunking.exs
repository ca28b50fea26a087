# Enum chunking with leftovers, windows and padding, as a course exercise on batching.
orders = Enum.to_list(1..11)
IO.inspect(Enum.chunk_every(orders, 4), label: "batches")
IO.inspect(Enum.chunk_every(orders, 4, 4, :discard), label: "full batches")
IO.inspect(Enum.chunk_every(orders, 4, 4, [0, 0, 0]), label: "padded")
IO.inspect(Enum.chunk_every(orders, 4, 4, []), label: "empty pad")
IO.inspect(Enum.chunk_every(orders, 3, 5), label: "step > count")
IO.inspect(Enum.chunk_every([1, 2, 3], 5), label: "short")
IO.inspect(Enum.chunk_every([1, 2, 3], 5, 5, :discard), label: "short discard")
IO.inspect(Enum.chunk_every(1..5, 2, 1, :discard), label: "pairs")

# moving average over a window of 3
temps = [20.5, 21.0, 19.5, 22.0, 23.5, 21.5]
avgs =
  temps
  |> Enum.chunk_every(3, 1, :discard)
  |> Enum.map(fn w -> Float.round(Enum.sum(w) / length(w), 2) end)
IO.inspect(avgs, label: "moving avg")

# chunk_by on runs
IO.inspect(Enum.chunk_by([1, 2, 2, 3, 3, 3, 2], &(&1)), label: "runs")
IO.inspect(Enum.chunk_by(~w(a b 1 2 c 3), &(&1 =~ ~r/\d/)), label: "digits or not")

# run-length encoding
rle =
  "aaabccdddd"
  |> String.graphemes()
  |> Enum.chunk_by(& &1)
  |> Enum.map(fn [c | _] = run -> "#{length(run)}#{c}" end)
  |> Enum.join()
IO.puts(rle)

# chunk_while: split when the sum would exceed 10
result =
  Enum.chunk_while([3, 4, 5, 2, 8, 1, 1, 9], {[], 0},
    fn x, {chunk, sum} ->
      if sum + x > 10 do
        {:cont, Enum.reverse(chunk), {[x], x}}
      else
        {:cont, {[x | chunk], sum + x}}
      end
    end,
    fn
      {[], _} -> {:cont, {[], 0}}
      {chunk, _} -> {:cont, Enum.reverse(chunk), {[], 0}}
    end)
IO.inspect(result, label: "bins")

IO.inspect(Enum.chunk_every(%{a: 1, b: 2, c: 3}, 2), label: "map chunks")
IO.inspect(Enum.chunk_every("abc" |> String.to_charlist(), 2), label: "charlist chunks")
IO.inspect(Enum.chunk_every([], 3), label: "empty")
