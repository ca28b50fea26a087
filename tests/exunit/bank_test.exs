ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Bank do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, Keyword.get(opts, :balance, 0), opts)
  def deposit(pid, amount), do: GenServer.call(pid, {:deposit, amount})
  def withdraw(pid, amount), do: GenServer.call(pid, {:withdraw, amount})
  def balance(pid), do: GenServer.call(pid, :balance)
  def freeze(pid), do: GenServer.call(pid, :freeze, 100)

  @impl true
  def init(balance), do: {:ok, balance}

  @impl true
  def handle_call({:deposit, amount}, _from, balance) when amount > 0, do: {:reply, :ok, balance + amount}
  def handle_call({:withdraw, amount}, _from, balance) when amount <= balance, do: {:reply, :ok, balance - amount}
  def handle_call({:withdraw, _}, _from, balance), do: {:reply, {:error, :insufficient_funds}, balance}
  def handle_call(:balance, _from, balance), do: {:reply, balance, balance}
  def handle_call(:freeze, _from, balance), do: {:noreply, balance}
end

defmodule BankTest do
  use ExUnit.Case

  setup do
    bank = start_supervised!({Bank, balance: 100})
    %{bank: bank}
  end

  test "deposit adds", %{bank: bank} do
    assert :ok = Bank.deposit(bank, 50)
    assert Bank.balance(bank) == 160
  end

  test "withdraw too much", %{bank: bank} do
    assert Bank.withdraw(bank, 500) == :ok
  end

  test "withdraw returns an error tuple", %{bank: bank} do
    assert {:error, :overdrawn} = Bank.withdraw(bank, 500)
  end

  test "a negative deposit crashes the server", %{bank: bank} do
    Bank.deposit(bank, -5)
  end

  test "a call that is never answered", %{bank: bank} do
    Bank.freeze(bank)
  end

  test "catch_exit of the frozen call", %{bank: bank} do
    assert {:timeout, _} = catch_exit(Bank.freeze(bank))
    assert catch_exit(Bank.freeze(bank)) == :timeout
  end

  test "the server is supervised", %{bank: bank} do
    assert Process.alive?(bank)
    stop_supervised!(Bank)
    refute Process.alive?(bank)
    assert Bank.balance(bank) == 0
  end

  test "two banks need ids" do
    start_supervised!({Bank, balance: 1})
  end

  test "two banks with ids" do
    a = start_supervised!({Bank, balance: 1}, id: :a)
    b = start_supervised!({Bank, balance: 2}, id: :b)
    assert Bank.balance(a) + Bank.balance(b) == 4
  end
end
