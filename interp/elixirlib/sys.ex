defmodule :sys do
  @moduledoc """
  The part of Erlang's `:sys` that course code uses on GenServers, Agents
  and Supervisors: get_state/1,2, replace_state/2,3, get_status/1,2,
  suspend/1,2 and resume/1,2. Talks OTP's system message protocol
  (`{:system, from, request}`), which GenServer serves.
  """

  def get_state(name), do: system_call(name, :get_state, 5000, [name])

  def get_state(name, timeout), do: system_call(name, :get_state, timeout, [name, timeout])

  def replace_state(name, fun) when is_function(fun, 1),
    do: system_call(name, {:replace_state, fun}, 5000, [name, fun])

  def replace_state(name, fun, timeout) when is_function(fun, 1),
    do: system_call(name, {:replace_state, fun}, timeout, [name, fun, timeout])

  def get_status(name), do: system_call(name, :get_status, 5000, [name])
  def get_status(name, timeout), do: system_call(name, :get_status, timeout, [name, timeout])
  def suspend(name), do: system_call(name, :suspend, 5000, [name])
  def suspend(name, timeout), do: system_call(name, :suspend, timeout, [name, timeout])
  def resume(name), do: system_call(name, :resume, 5000, [name])
  def resume(name, timeout), do: system_call(name, :resume, timeout, [name, timeout])

  defp system_call(name, request, timeout, args) do
    fun =
      case request do
        {:replace_state, _} -> :replace_state
        atom -> atom
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
