# Expectation: IO.warn/2's clauses in 1.18.4's io.ex: [] and options without :file print the message alone; a stacktrace prints its entries; a %Macro.Env{} or file:/line: options go through :elixir_errors.emit_diagnostic with read_snippet: true, so a line of this file is framed (format_snippet; a column marks one ~ there) with Macro.Env.stacktrace/1's entry after └─ (no column), and a file that does not exist gets "warning: msg" and "└─ entry". 1.14 prints these differently (an indented entry); the framed layout was derived from 1.18.4's elixir_errors.erl.
defmodule Inventory do
  def check(stock) do
    if stock < 0 do
      IO.warn("negative stock: #{stock}", __ENV__)
    end

    stock
  end

  def take(stock, n) do
    try do
      if n > stock, do: raise(ArgumentError, "not enough")
      stock - n
    rescue
      e ->
        IO.warn("take failed: " <> Exception.message(e), __STACKTRACE__)
        stock
    end
  end
end

IO.puts("start")
IO.warn("plain message", [])
IO.warn("options without a file", line: 3, module: Inventory)
IO.warn("env at top level", __ENV__)
IO.inspect(Inventory.check(-2))
IO.inspect(Inventory.take(1, 5))
IO.warn("placed at line 3", file: __ENV__.file, line: 3)
IO.warn("placed at a column", file: __ENV__.file, line: 3, column: 7)
IO.warn("placed in a function", file: __ENV__.file, line: 12, module: Inventory, function: {:take, 2})
IO.warn("placed in a module body", file: __ENV__.file, line: 2, module: Inventory)
IO.warn("elsewhere", file: "lib/missing_file.ex", line: 7, module: Inventory, function: {:check, 1})
IO.warn("elsewhere, top level", file: "lib/missing_file.ex", line: 9)
IO.puts("done")
