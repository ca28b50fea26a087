# StringIO: an IO device (a process speaking Erlang's I/O protocol) whose
# input is a string and whose output is collected, as Elixir 1.18's
# StringIO. :exlite_io is the client side the built-in IO functions use
# for a device given as a pid.

defmodule StringIO do
  use GenServer

  def open(string, options_or_function \\ [])

  def open(string, options) when is_binary(string) and is_list(options) do
    GenServer.start(__MODULE__, {self(), string, options}, [])
  end

  def open(string, function) when is_binary(string) and is_function(function, 1) do
    open(string, [], function)
  end

  def open(string, options, function)
      when is_binary(string) and is_list(options) and is_function(function, 1) do
    {:ok, pid} = GenServer.start(__MODULE__, {self(), string, options}, [])

    try do
      {:ok, function.(pid)}
    after
      {:ok, _buffers} = close(pid)
    end
  end

  def contents(pid) when is_pid(pid), do: GenServer.call(pid, :contents)

  def flush(pid) when is_pid(pid), do: GenServer.call(pid, :flush)

  def close(pid) when is_pid(pid), do: GenServer.call(pid, :close)

  @impl true
  def init({owner, string, options}) do
    Process.monitor(owner)

    {:ok,
     %{
       input: string,
       output: "",
       encoding: Keyword.get(options, :encoding, :unicode),
       capture_prompt: Keyword.get(options, :capture_prompt, false)
     }}
  end

  @impl true
  def handle_call(:contents, _from, state), do: {:reply, {state.input, state.output}, state}
  def handle_call(:flush, _from, state), do: {:reply, state.output, %{state | output: ""}}
  def handle_call(:close, _from, state), do: {:stop, :normal, {:ok, {state.input, state.output}}, state}

  @impl true
  def handle_info({:io_request, from, reply_as, request}, state) do
    {reply, state} = request(request, state)
    send(from, {:io_reply, reply_as, reply})
    {:noreply, state}
  end

  def handle_info({:file_request, from, reply_as, _request}, state) do
    send(from, {:file_reply, reply_as, {:error, :enotsup}})
    {:noreply, state}
  end

  def handle_info({:DOWN, _ref, :process, _owner, _reason}, state), do: {:stop, :shutdown, state}
  def handle_info(_other, state), do: {:noreply, state}

  # One request of the I/O protocol: {reply, new state}.
  defp request({:put_chars, chars}, state), do: request({:put_chars, :latin1, chars}, state)

  defp request({:put_chars, mod, fun, args}, state),
    do: request({:put_chars, :latin1, apply(mod, fun, args)}, state)

  defp request({:put_chars, encoding, mod, fun, args}, state),
    do: request({:put_chars, encoding, apply(mod, fun, args)}, state)

  defp request({:put_chars, _encoding, chars} = req, state) do
    try do
      {:ok, %{state | output: state.output <> IO.chardata_to_string(chars)}}
    rescue
      ArgumentError -> {{:error, req}, state}
    end
  end

  defp request({:get_chars, prompt, n}, state), do: request({:get_chars, :latin1, prompt, n}, state)

  defp request({:get_chars, _encoding, prompt, n}, state) when n >= 0 do
    state = prompted(state, prompt)

    case state.input do
      "" ->
        {:eof, state}

      input ->
        {chars, rest} = String.split_at(input, n)
        {chars, %{state | input: rest}}
    end
  end

  defp request({:get_line, prompt}, state), do: request({:get_line, :latin1, prompt}, state)

  defp request({:get_line, _encoding, prompt}, state) do
    state = prompted(state, prompt)

    case state.input do
      "" ->
        {:eof, state}

      input ->
        case :binary.split(input, "\n") do
          [line, rest] -> {line <> "\n", %{state | input: rest}}
          [line] -> {line, %{state | input: ""}}
        end
    end
  end

  defp request({:get_until, _encoding, prompt, :exlite_io, :eof, []}, state) do
    state = prompted(state, prompt)

    case state.input do
      "" -> {:eof, state}
      input -> {input, %{state | input: ""}}
    end
  end

  defp request({:get_password, encoding}, state), do: request({:get_line, encoding, ""}, state)

  defp request({:setopts, [encoding: encoding]}, state) when encoding in [:latin1, :unicode],
    do: {:ok, %{state | encoding: encoding}}

  defp request({:setopts, _options}, state), do: {{:error, :enotsup}, state}
  defp request(:getopts, state), do: {[binary: true, encoding: state.encoding], state}
  defp request({:get_geometry, _}, state), do: {{:error, :enotsup}, state}

  defp request({:requests, requests}, state) do
    Enum.reduce_while(requests, {:ok, state}, fn req, {_, st} ->
      case request(req, st) do
        {{:error, _}, _} = error -> {:halt, error}
        other -> {:cont, other}
      end
    end)
  end

  defp request(_other, state), do: {{:error, :request}, state}

  # A read's prompt goes to the output when capture_prompt is set.
  defp prompted(%{capture_prompt: true} = state, prompt),
    do: %{state | output: state.output <> IO.chardata_to_string(prompt)}

  defp prompted(state, _prompt), do: state
end

defmodule :exlite_io do
  # request/2 sends one I/O protocol request to the device pid and waits
  # for its reply ({:error, :terminated} if the device is gone), as
  # :io.request/2 does.
  def request(device, request) do
    ref = Process.monitor(device)
    send(device, {:io_request, self(), ref, request})

    receive do
      {:io_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, _} ->
        {:error, :terminated}
    end
  end
end
