defmodule Counter do
  def reset do
    @count 0
  end
end
