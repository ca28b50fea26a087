defmodule Version.Requirement do
  @moduledoc false
  # lexed: a list [op, version, joiner, op, version, ...] where op is one
  # of :==, :!=, :>, :>=, :<, :<=, :~> and joiner :and or :or; a version is
  # {major, minor, patch_or_nil, pre, build}.
  defstruct [:source, :lexed]

  def compile_requirement(%Version.Requirement{} = requirement), do: requirement

  # `and` binds tighter than `or`: a run of and-ed terms is one alternative.
  def matches?(%Version.Requirement{lexed: [op, req | rest]}, version) do
    alternatives(rest, version, holds?(op, req, version))
  end

  defp alternatives([], _version, acc), do: acc

  defp alternatives([:and, op, req | rest], version, acc) do
    alternatives(rest, version, acc and holds?(op, req, version))
  end

  defp alternatives([:or, op, req | rest], version, acc) do
    acc or alternatives(rest, version, holds?(op, req, version))
  end

  defp holds?(:==, req, version), do: compare_matchable(version, req) == :eq
  defp holds?(:!=, req, version), do: compare_matchable(version, req) != :eq
  defp holds?(:<, req, version), do: compare_matchable(version, req) == :lt
  defp holds?(:<=, req, version), do: compare_matchable(version, req) != :gt

  defp holds?(:>, req, version) do
    compare_matchable(version, req) == :gt and pre_allowed?(req, version)
  end

  defp holds?(:>=, req, version) do
    compare_matchable(version, req) != :lt and pre_allowed?(req, version)
  end

  defp holds?(:~>, {major, minor, nil, pre, _}, version) do
    compare_matchable(version, {major, minor, 0, pre, nil}) != :lt and
      compare_matchable(version, {major + 1, 0, 0, [0], nil}) == :lt and
      pre_allowed?({major, minor, 0, pre, nil}, version)
  end

  defp holds?(:~>, {major, minor, _, _, _} = req, version) do
    compare_matchable(version, req) != :lt and
      compare_matchable(version, {major, minor + 1, 0, [0], nil}) == :lt and
      pre_allowed?(req, version)
  end

  defp pre_allowed?({_, _, _, req_pre, _}, {_, _, _, pre, allow_pre}) do
    allow_pre or req_pre != [] or pre == []
  end

  @doc false
  def compare_matchable({ma1, mi1, pa1, pre1, _}, {ma2, mi2, pa2, pre2, _}) do
    case compare_terms({ma1, mi1, pa1}, {ma2, mi2, pa2}) do
      :eq ->
        cond do
          pre1 == pre2 -> :eq
          pre1 == [] -> :gt
          pre2 == [] -> :lt
          true -> compare_terms(pre1, pre2)
        end

      order ->
        order
    end
  end

  # Pre-release parts compare in term order: integers before strings.
  defp compare_terms(a, b) when a > b, do: :gt
  defp compare_terms(a, b) when a < b, do: :lt
  defp compare_terms(_, _), do: :eq
end

defmodule Version.Parser do
  @moduledoc false

  # {text, operator}: longer operators first, as the lexer tries them in order
  @operators [
    {">=", :>=},
    {"<=", :<=},
    {"~>", :~>},
    {">", :>},
    {"<", :<},
    {"==", :==},
    {" or ", :or},
    {" and ", :and}
  ]

  def parse_requirement(source) do
    source |> tokens([], "") |> check([])
  end

  # tokens/3 returns the tokens reversed: operators as atoms, versions as
  # strings; a version with no operator before it gets :==.
  defp tokens("", acc, buffer), do: push(buffer, acc)

  defp tokens(string, acc, buffer) do
    case Enum.find(@operators, fn {text, _} -> String.starts_with?(string, text) end) do
      {text, op} ->
        rest = binary_part(string, byte_size(text), byte_size(string) - byte_size(text))
        tokens(rest, [op | push(buffer, acc)], "")

      nil ->
        case string do
          "!=" <> rest ->
            IO.warn("!= inside Version requirements is deprecated, use ~> or >= instead")
            tokens(rest, [:!= | push(buffer, acc)], "")

          "!" <> rest ->
            IO.warn("! inside Version requirements is deprecated, use ~> or >= instead")
            tokens(rest, [:!= | push(buffer, acc)], "")

          " " <> rest ->
            tokens(rest, push(buffer, acc), "")

          <<char::utf8, rest::binary>> ->
            tokens(rest, acc, buffer <> <<char::utf8>>)
        end
    end
  end

  defp push("", acc), do: acc
  defp push(buffer, [op | _] = acc) when is_atom(op) and op not in [:and, :or], do: [buffer | acc]
  defp push(buffer, acc), do: [buffer, :== | acc]

  # check/2 reads the reversed tokens back: version, operator, then
  # optionally a joiner and more.
  defp check([version, op, joiner | rest], acc)
       when is_binary(version) and is_atom(op) and joiner in [:and, :or] do
    case requirement_version(op, version) do
      {:ok, parsed} -> check(rest, [joiner, op, parsed | acc])
      :error -> :error
    end
  end

  defp check([version, op], acc) when is_binary(version) and is_atom(op) do
    case requirement_version(op, version) do
      {:ok, parsed} -> {:ok, [op, parsed | acc]}
      :error -> :error
    end
  end

  defp check(_, _), do: :error

  # Only ~> takes a version without its patch number.
  defp requirement_version(op, version) do
    case parse_version(version, true) do
      {:ok, {_, _, nil, _, _}} when op != :~> -> :error
      {:ok, parsed} -> {:ok, parsed}
      :error -> :error
    end
  end

  # {:ok, {major, minor, patch, pre, build_parts}} or :error; patch may
  # be nil when approximate is true.
  def parse_version(string, approximate) when is_binary(string) do
    {main, build} = split_once(string, "+")
    {numbers, pre} = split_once(main, "-")

    with {:ok, major, minor, patch} <- numbers(String.split(numbers, "."), approximate),
         {:ok, pre} <- identifiers(pre),
         {:ok, build} <- identifiers(build) do
      {:ok, {major, minor, patch, Enum.map(pre, &pre_part/1), build}}
    else
      _ -> :error
    end
  catch
    :invalid -> :error
  end

  defp split_once(string, sep) do
    case String.split(string, sep, parts: 2) do
      [a, b] -> {a, b}
      [a] -> {a, nil}
    end
  end

  defp numbers([major, minor, patch], _approximate), do: {:ok, number(major), number(minor), number(patch)}
  defp numbers([major, minor], true), do: {:ok, number(major), number(minor), nil}
  defp numbers(_, _), do: :error

  defp number(text) do
    if text != "" and digits?(text) and not leading_zero?(text),
      do: String.to_integer(text),
      else: throw(:invalid)
  end

  defp digits?(text), do: text |> String.to_charlist() |> Enum.all?(&(&1 in ?0..?9))

  defp leading_zero?(<<?0, _, _::binary>>), do: true
  defp leading_zero?(_), do: false

  defp identifiers(nil), do: {:ok, []}

  defp identifiers(text) do
    parts = String.split(text, ".")

    if Enum.all?(parts, &identifier?/1), do: {:ok, parts}, else: :error
  end

  defp identifier?(""), do: false

  defp identifier?(part) do
    part
    |> String.to_charlist()
    |> Enum.all?(&(&1 in ?0..?9 or &1 in ?a..?z or &1 in ?A..?Z or &1 == ?-))
  end

  # A pre-release part of digits is an integer (and may not have a
  # leading zero); any other part stays a string.
  defp pre_part(part) do
    cond do
      not digits?(part) -> part
      leading_zero?(part) -> throw(:invalid)
      true -> String.to_integer(part)
    end
  end
end

defmodule Version.InvalidRequirementError do
  defexception [:requirement]

  @impl true
  def exception(requirement) when is_binary(requirement), do: %Version.InvalidRequirementError{requirement: requirement}

  @impl true
  def message(%{requirement: requirement}), do: "invalid requirement: #{inspect(requirement)}"
end

defmodule Version.InvalidVersionError do
  defexception [:version]

  @impl true
  def exception(version) when is_binary(version), do: %Version.InvalidVersionError{version: version}

  @impl true
  def message(%{version: version}), do: "invalid version: #{inspect(version)}"
end

defmodule Version do
  @moduledoc """
  Elixir's `Version`: semantic versions (`MAJOR.MINOR.PATCH-PRE+BUILD`)
  and requirements (`"~> 1.2 and != 1.2.5"`), with Elixir 1.18's rules:
  pre-release parts that are digits compare as integers, build parts are
  ignored when comparing, `~>` without a patch allows the next minor
  versions, and `allow_pre: false` keeps pre-releases out unless the
  requirement names one. `%Version{}` derives Inspect with
  `optional: [:pre, :build]` as 1.18's does; a requirement inspects as
  `Version.parse_requirement!("...")`.
  """

  @derive {Inspect, optional: [:pre, :build]}
  @enforce_keys [:major, :minor, :patch]
  defstruct [:major, :minor, :patch, pre: [], build: nil]

  def parse(string) when is_binary(string) do
    case Version.Parser.parse_version(string, false) do
      {:ok, {major, minor, patch, pre, build}} ->
        {:ok, %Version{major: major, minor: minor, patch: patch, pre: pre, build: build_string(build)}}

      :error ->
        :error
    end
  end

  def parse!(string) when is_binary(string) do
    case parse(string) do
      {:ok, version} -> version
      :error -> raise Version.InvalidVersionError, string
    end
  end

  def parse_requirement(string) when is_binary(string) do
    case Version.Parser.parse_requirement(string) do
      {:ok, lexed} -> {:ok, %Version.Requirement{source: string, lexed: lexed}}
      :error -> :error
    end
  end

  def parse_requirement!(string) when is_binary(string) do
    case parse_requirement(string) do
      {:ok, requirement} -> requirement
      :error -> raise Version.InvalidRequirementError, string
    end
  end

  def compile_requirement(%Version.Requirement{} = requirement), do: requirement

  def compare(version1, version2) do
    Version.Requirement.compare_matchable(matchable(version1, true), matchable(version2, true))
  end

  def match?(version, requirement, opts \\ [])

  def match?(version, requirement, opts) when is_binary(requirement) do
    match?(version, parse_requirement!(requirement), opts)
  end

  def match?(version, %Version.Requirement{} = requirement, opts) do
    Version.Requirement.matches?(requirement, matchable(version, Keyword.get(opts, :allow_pre, true)))
  end

  def to_string(%Version{major: major, minor: minor, patch: patch, pre: pre, build: build}) do
    pre_part =
      case pre do
        [] -> ""
        parts -> "-" <> Enum.map_join(parts, ".", &Kernel.to_string/1)
      end

    build_part = if build, do: "+" <> build, else: ""
    "#{major}.#{minor}.#{patch}" <> pre_part <> build_part
  end

  defp build_string([]), do: nil
  defp build_string(parts), do: Enum.join(parts, ".")

  # {major, minor, patch, pre, allow_pre?}
  defp matchable(%Version{major: major, minor: minor, patch: patch, pre: pre}, allow_pre) do
    {major, minor, patch, pre, allow_pre}
  end

  defp matchable(string, allow_pre) do
    case Version.Parser.parse_version(string, false) do
      {:ok, {major, minor, patch, pre, _build}} -> {major, minor, patch, pre, allow_pre}
      :error -> raise Version.InvalidVersionError, string
    end
  end
end

defimpl String.Chars, for: Version do
  def to_string(version), do: Version.to_string(version)
end

defimpl String.Chars, for: Version.Requirement do
  def to_string(%Version.Requirement{source: source}), do: source
end

defimpl Inspect, for: Version.Requirement do
  import Inspect.Algebra

  def inspect(%Version.Requirement{source: source}, opts) do
    # (syntax colours are not applied: exlite's Inspect.Algebra has no color_doc)
    _ = opts
    concat(["Version.parse_requirement!(\"", source, "\")"])
  end
end
