# use with options: __using__ computes before its quote.
defmodule Greeter do
  defmacro __using__(options) do
    greeting = Keyword.get(options, :greeting, "Hello")
    punct = if Keyword.get(options, :excited, false), do: "!", else: "."

    quote do
      def greet(name), do: unquote(greeting) <> ", " <> name <> unquote(punct)
      def greeting, do: unquote(greeting)
      defoverridable greet: 1
    end
  end
end

defmodule Plain do
  use Greeter
end

defmodule Excited do
  use Greeter, greeting: "Hey", excited: true
end

defmodule Custom do
  use Greeter, greeting: "Hi"
  def greet(name), do: "custom " <> super(name)
end

defmodule Counter do
  defmacro __using__(_) do
    quote do
      Module.register_attribute(__MODULE__, :steps, accumulate: true)
      import Counter, only: [step: 1]
    end
  end

  defmacro step(n) do
    quote do
      @steps unquote(n)
    end
  end
end

defmodule Recipe do
  use Counter
  step 1
  step 2
  step 3
  def steps, do: Enum.reverse(@steps)
end

IO.puts(Plain.greet("Ann"))
IO.puts(Excited.greet("Bob"))
IO.puts(Custom.greet("Cy"))
IO.inspect({Plain.greeting(), Excited.greeting()})
IO.inspect(Recipe.steps())
