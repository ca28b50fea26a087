defmodule Profile do
  def greeting(user) do
    "Hi " <> user.name <> ", you are " <> Integer.to_string(user.age)
  end
end

IO.puts(Profile.greeting(%{name: "Ann", age: 30}))
IO.puts(Profile.greeting(%{name: "Bob"}))
