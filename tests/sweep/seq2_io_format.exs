# :io.format directives.
:io.format("~p~n", [[1, 2, 3]])
:io.format("~p~n", [%{a: 1}])
:io.format("~w~n", [{:ok, "bin"}])
:io.format("~p~n", ["binary"])
:io.format("~p~n", [~c"chars"])
:io.format("~s~n", ["string"])
:io.format("~s~n", [~c"charlist"])
:io.format("~s~n", [:atom])
:io.format("[~10s]~n", ["right"])
:io.format("[~-10s]~n", ["left"])
:io.format("[~10.3s]~n", ["truncate"])
:io.format("[~.3s]~n", ["truncate"])
:io.format("~B~n", [42])
:io.format("~5B|~-5B|~n", [42, 42])
:io.format("~.2f~n", [2.345])
:io.format("~10.4f|~n", [3.14159])
:io.format("~~ tilde~n", [])
:io.format("~i~s~n", [:ignored, "after ignore"])
:io.format("~p ~p~n", [:a, 1.5])
:io.format("~tp~n", ["héllo"])
:io.format("~ts~n", ["héllo"])
:io.format("no args~n")
:io.format("~p~n", [{:tuple, [1, 2], %{"k" => "v"}}])
:io.format("~10c|~n", [?*])
:io.format("~*c|~n", [3, ?z])
:io.format("~w ~w~n", [3.0, -1])
:io.format("~e~n", [0.5])
:io.format("~g~n", [0.5])
IO.puts(:io_lib.format("~s and ~s", ["this", "that"]) |> IO.iodata_to_binary())
IO.inspect(:io_lib.format("~4..0B", [7]) |> IO.iodata_to_binary())
IO.inspect(to_string(:io_lib.format("~8.2f", [1.0])))
IO.inspect(:lists.flatten(:io_lib.format("~p", [:x])))
for {f, a} <- [{"~a~n", [:hello]}, {"~p ~p~n", [1]}, {"~s~n", [42]}, {"~.2f~n", [3]}, {"~d~n", [1]}] do
  try do
    :io.format(f, a)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
try do
  :io_lib.format("~f", [1])
rescue
  e -> IO.inspect(e)
end
