# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_30_bank_account.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A bank account as a plain process: deposits, withdrawals refused when
# funds are short, a statement, and closing the account.
defmodule Account do
  def open(balance), do: spawn(fn -> loop(balance, []) end)

  def deposit(pid, amount), do: request(pid, {:deposit, amount})
  def withdraw(pid, amount), do: request(pid, {:withdraw, amount})
  def balance(pid), do: request(pid, :balance)
  def statement(pid), do: request(pid, :statement)
  def close(pid), do: request(pid, :close)

  defp request(pid, msg) do
    ref = Process.monitor(pid)
    send(pid, {self(), ref, msg})

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, :process, _, reason} ->
        {:error, {:account_down, reason}}
    end
  end

  defp loop(balance, log) do
    receive do
      {from, ref, {:deposit, amount}} when amount > 0 ->
        send(from, {ref, {:ok, balance + amount}})
        loop(balance + amount, [{:deposit, amount} | log])

      {from, ref, {:withdraw, amount}} when amount <= balance ->
        send(from, {ref, {:ok, balance - amount}})
        loop(balance - amount, [{:withdraw, amount} | log])

      {from, ref, {:withdraw, _}} ->
        send(from, {ref, {:error, :insufficient_funds}})
        loop(balance, log)

      {from, ref, :balance} ->
        send(from, {ref, balance})
        loop(balance, log)

      {from, ref, :statement} ->
        send(from, {ref, Enum.reverse(log)})
        loop(balance, log)

      {from, ref, :close} ->
        send(from, {ref, {:closed, balance}})

      {from, ref, other} ->
        send(from, {ref, {:error, {:bad_request, other}}})
        loop(balance, log)
    end
  end
end

acc = Account.open(100)
IO.inspect(Account.deposit(acc, 50))
IO.inspect(Account.withdraw(acc, 30))
IO.inspect(Account.withdraw(acc, 500))
IO.inspect(Account.deposit(acc, -5))
IO.inspect(Account.balance(acc))
IO.inspect(Account.statement(acc))
ref = Process.monitor(acc)
IO.inspect(Account.close(acc))
receive do: ({:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "closed account exits"))
IO.inspect(Account.balance(acc))
IO.inspect(Process.alive?(acc))
