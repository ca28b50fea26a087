# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_90_kv_store_api.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A key-value store behind a module API, registered under its module
# name, as course code writes it; put/get/delete and a missing key.
defmodule KV do
  use GenServer

  def start_link(opts \\ []), do: GenServer.start_link(__MODULE__, %{}, Keyword.put_new(opts, :name, __MODULE__))
  def put(k, v), do: GenServer.cast(__MODULE__, {:put, k, v})
  def get(k), do: GenServer.call(__MODULE__, {:get, k})
  def delete(k), do: GenServer.call(__MODULE__, {:delete, k})
  def keys, do: GenServer.call(__MODULE__, :keys)

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_cast({:put, k, v}, state), do: {:noreply, Map.put(state, k, v)}

  @impl true
  def handle_call({:get, k}, _from, state), do: {:reply, Map.fetch(state, k), state}
  def handle_call({:delete, k}, _from, state), do: {:reply, Map.get(state, k), Map.delete(state, k)}
  def handle_call(:keys, _from, state), do: {:reply, state |> Map.keys() |> Enum.sort(), state}
end

{:ok, _} = KV.start_link()
KV.put(:a, 1)
KV.put(:b, [2, 3])
KV.put("c", %{d: 4})
IO.inspect(KV.get(:a), label: "a")
IO.inspect(KV.get(:zz), label: "zz")
IO.inspect(KV.keys(), label: "keys")
IO.inspect(KV.delete(:b), label: "deleted")
IO.inspect(KV.keys(), label: "keys")
IO.inspect(KV.start_link() |> elem(0), label: "second start")
