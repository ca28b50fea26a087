# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_34_kv_store_loop.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A key-value store process built from a receive loop over a map, with
# synchronous get and asynchronous put/delete.
defmodule KV do
  def start, do: spawn(fn -> loop(%{}) end)

  def put(kv, key, value), do: send(kv, {:put, key, value})
  def delete(kv, key), do: send(kv, {:delete, key})

  def get(kv, key, default \\ nil) do
    send(kv, {:get, self(), key})

    receive do
      {:kv, ^key, nil} -> default
      {:kv, ^key, value} -> value
    end
  end

  def keys(kv) do
    send(kv, {:keys, self()})
    receive do: ({:kv_keys, keys} -> keys)
  end

  defp loop(map) do
    receive do
      {:put, k, v} ->
        loop(Map.put(map, k, v))

      {:delete, k} ->
        loop(Map.delete(map, k))

      {:get, from, k} ->
        send(from, {:kv, k, Map.get(map, k)})
        loop(map)

      {:keys, from} ->
        send(from, {:kv_keys, map |> Map.keys() |> Enum.sort()})
        loop(map)
    end
  end
end

kv = KV.start()
KV.put(kv, :lang, "elixir")
KV.put(kv, :year, 2012)
KV.put(kv, :lang, "Elixir")
IO.inspect(KV.get(kv, :lang))
IO.inspect(KV.get(kv, :missing, :none))
IO.inspect(KV.keys(kv))
KV.delete(kv, :year)
IO.inspect(KV.keys(kv))
KV.put(kv, {:composite, 1}, [1, 2])
IO.inspect(KV.get(kv, {:composite, 1}))
