users = %{"ann" => %{email: "a@x"}}
IO.inspect(users["ann"].email)
IO.inspect(users["bob"][:email])
IO.inspect(users["bob"].email)
