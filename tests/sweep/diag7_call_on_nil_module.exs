# Expectation: a module held in a nil variable called: UndefinedFunctionError for nil.get/1 (1.14 = 1.18; Exception.format_mfa prints nil bare), the call in tail position leaves no frame of find/2.
defmodule Store do
  def find(repo, id), do: repo.get(id)
end

IO.inspect(Store.find(nil, 1))
