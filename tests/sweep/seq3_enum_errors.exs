# Errors raised by Enum functions and how they read.
attempt = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e -> IO.puts("#{label}: (#{inspect(e.__struct__)}) #{Exception.message(e)}")
  end
end
attempt.("min empty", fn -> Enum.min([]) end)
attempt.("max empty", fn -> Enum.max([]) end)
attempt.("min_max empty", fn -> Enum.min_max([]) end)
attempt.("reduce empty", fn -> Enum.reduce([], &+/2) end)
attempt.("fetch!", fn -> Enum.fetch!([1, 2], 5) end)
attempt.("random empty", fn -> Enum.random([]) end)
attempt.("at on atom", fn -> Enum.at(:nope, 0) end)
attempt.("map on int", fn -> Enum.map(5, & &1) end)
attempt.("chunk 0", fn -> Enum.chunk_every([1, 2], 0) end)
attempt.("sum strings", fn -> Enum.sum(["1", "2"]) end)
attempt.("join non-string", fn -> Enum.join([1, [2], :three], "-") end)
attempt.("join tuple", fn -> Enum.join([{1}], ",") end)
attempt.("zip non-list", fn -> Enum.zip(1, [2]) end)
attempt.("into bad", fn -> Enum.into([1, 2], %{}) end)
attempt.("map.new bad", fn -> Map.new([1]) end)
attempt.("take neg on stream", fn -> Enum.take(Stream.map(1..3, & &1), -1) end)
attempt.("with_index bad", fn -> Enum.with_index([:a], :x) end)
attempt.("sort bad fun", fn -> Enum.sort([1, 2], fn a -> a end) end)
attempt.("count on map", fn -> Enum.count(%{a: 1}) end)
attempt.("string enum", fn -> Enum.count("abc") end)
attempt.("max_by empty", fn -> Enum.max_by([], & &1) end)
attempt.("list_to_string bad", fn -> List.to_string([1, :a]) end)
attempt.("first of map", fn -> List.first(%{}) end)
Enum.each([1, 2, :three], fn x -> IO.puts(x * 2) end)
