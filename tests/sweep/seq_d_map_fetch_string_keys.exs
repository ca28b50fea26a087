params = %{"name" => "Ann", "age" => "31"}
IO.puts(params["name"])
IO.inspect(params[:name])
age = Map.fetch!(params, :age)
IO.puts(age)
