package parser

import (
	"fmt"
	"strings"
	"testing"
)

// courseCode returns about n lines of course-style Elixir: modules with
// functions, pattern matching, pipes, case/cond/receive, maps and strings.
func courseCode(n int) []byte {
	var b strings.Builder
	for i := 0; b.Len() == 0 || strings.Count(b.String(), "\n") < n; i++ {
		fmt.Fprintf(&b, `defmodule Shop%d.Inventory do
  @moduledoc """
  Keeps stock for shop %d.
  """
  defstruct items: %%{}, owner: nil

  @spec add(map(), String.t(), integer()) :: map()
  def add(%%__MODULE__{items: items} = inv, name, qty) when is_integer(qty) and qty > 0 do
    %%{inv | items: Map.update(items, name, qty, &(&1 + qty))}
  end

  def take(inv, name, qty \\ 1) do
    case Map.fetch(inv.items, name) do
      {:ok, have} when have >= qty -> {:ok, put_in(inv.items[name], have - qty)}
      {:ok, _} -> {:error, :not_enough}
      :error -> {:error, "no #{name} in stock"}
    end
  end

  def report(inv) do
    inv.items
    |> Enum.sort_by(fn {_name, qty} -> -qty end)
    |> Enum.map(fn {name, qty} -> "#{String.pad_trailing(name, 10)} #{qty}" end)
    |> Enum.join("\n")
  end

  def loop(state) do
    receive do
      {:add, from, name, qty} ->
        send(from, :ok)
        loop(add(state, name, qty))
      {:stop, from} -> send(from, {:stopped, self()})
    after
      5_000 -> IO.puts "idle"
    end
  end

  defp grade(n) do
    cond do
      n >= 90 -> "A"
      n >= 80 -> 'B'
      true -> :other
    end
  end
end

`, i, i)
	}
	return []byte(b.String())
}

func benchParse(b *testing.B, src []byte, warm bool) {
	b.SetBytes(int64(len(src)))
	if warm {
		if _, err := Parse("bench.exs", src); err != nil {
			b.Fatal(err)
		}
	}
	coldCaches = !warm
	defer func() { coldCaches = false }()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.exs", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse10kWarm parses a 10,000-line file with the DFA cache warm.
func BenchmarkParse10kWarm(b *testing.B) { benchParse(b, courseCode(10000), true) }

// BenchmarkParse10kCold parses it with the DFA cache emptied before each parse.
func BenchmarkParse10kCold(b *testing.B) { benchParse(b, courseCode(10000), false) }

// BenchmarkParse1kWarm parses a 1,000-line file warm (target: under 20 ms).
func BenchmarkParse1kWarm(b *testing.B) { benchParse(b, courseCode(1000), true) }

// BenchmarkParse20Cold parses a 20-line file with a cold cache, as one run
// of `exlite parse` does.
func BenchmarkParse20Cold(b *testing.B) { benchParse(b, courseCode(20), false) }

// TestSLLSuffices checks that course code parses in SLL mode alone: the
// slower full-LL second pass runs only for syntax errors.
func TestSLLSuffices(t *testing.T) {
	before := llFallbacks
	if _, err := Parse("course.exs", courseCode(200)); err != nil {
		t.Fatal(err)
	}
	if llFallbacks != before {
		t.Errorf("SLL failed on valid course code")
	}
}
