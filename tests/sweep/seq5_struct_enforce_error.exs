defmodule Account do
  @enforce_keys [:id, :owner]
  defstruct [:id, :owner, balance: 0]
end

defmodule Bank do
  def open(id, owner), do: %Account{id: id, owner: owner}
  def loose(fields), do: struct(Account, fields)
  def strict(fields), do: struct!(Account, fields)
end

IO.puts("building accounts")
IO.inspect(Bank.open(1, "ann"))
IO.inspect(Bank.loose(id: 2))
IO.puts("now strict")
IO.inspect(Bank.strict(id: 3))
