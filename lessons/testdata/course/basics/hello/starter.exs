defmodule Hello do
  def say do
  end
end
