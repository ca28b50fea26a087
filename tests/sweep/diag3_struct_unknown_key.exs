# Expectation: an unknown key of another module's struct: User.__struct__/1 raises KeyError while expanding (OTP 25's badkey, 1.14 = 1.18), as diag_struct_undefined_key.
defmodule User do
  defstruct name: nil, age: 0
end

defmodule Signup do
  def build(name), do: %User{nmae: name}
end

IO.inspect(Signup.build("Ann"))
