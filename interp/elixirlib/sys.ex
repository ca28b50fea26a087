defmodule :sys do
  @moduledoc """
  The part of Erlang's `:sys` that course code uses on GenServers, Agents
  and Supervisors: get_state/1,2 and replace_state/2,3. Talks OTP's system
  message protocol (`{:system, from, request}`), which GenServer serves.
  """

  def get_state(name), do: system_call(name, :get_state, 5000, [name])

  def get_state(name, timeout), do: system_call(name, :get_state, timeout, [name, timeout])

  def replace_state(name, fun) when is_function(fun, 1),
    do: system_call(name, {:replace_state, fun}, 5000, [name, fun])

  def replace_state(name, fun, timeout) when is_function(fun, 1),
    do: system_call(name, {:replace_state, fun}, timeout, [name, fun, timeout])

  defp system_call(name, request, timeout, args) do
    fun =
      case request do
        :get_state -> :get_state
        {:replace_state, _} -> :replace_state
      end

    case GenServer.whereis(name) do
      nil ->
        exit({:noproc, {:sys, fun, args}})

      pid ->
        case GenServer.__call__(pid, :system, request, timeout) do
          {:ok, {:error, {:callback_failed, _, _} = reason}} -> :erlang.error(reason)
          {:ok, result} -> result
          {:exit, reason} -> exit({reason, {:sys, fun, args}})
        end
    end
  end
end
