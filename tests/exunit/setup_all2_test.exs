ExUnit.start(seed: 0, colors: [enabled: false])

defmodule SetupAllBadReturnTest do
  use ExUnit.Case

  setup_all do
    :not_ok
  end

  test "invalid" do
    assert true
  end
end

defmodule Db do
  def connect(:up), do: {:ok, :conn}
  def connect(:down), do: exit(:no_database)
  def connect(:refused), do: {:error, :refused}
end

defmodule SetupAllExitTest do
  use ExUnit.Case

  setup_all do
    Db.connect(:down)
    :ok
  end

  test "invalid too" do
    assert true
  end
end

defmodule SetupAllMatchTest do
  use ExUnit.Case

  setup_all do
    {:ok, conn} = Db.connect(:refused)
    %{conn: conn}
  end

  test "never runs" do
    assert true
  end

  test "never runs either" do
    assert true
  end
end

defmodule SetupAllOkTest do
  use ExUnit.Case

  setup_all do
    {:ok, value: 1}
  end

  test "runs", %{value: v} do
    assert v == 2
  end
end
