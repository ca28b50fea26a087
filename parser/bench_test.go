package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exlite/exlite/parser/gen"
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
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.exs", src); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time tells more than ns/op on a loaded machine.
	if c := cpuTime() - cpu; c > 0 {
		b.ReportMetric(float64(c)/float64(b.N), "cpu-ns/op")
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
// slower full-LL second pass runs only for syntax errors. It parses the
// generated course code and every program of the repository that parses.
func TestSLLSuffices(t *testing.T) {
	before := llFallbacks.Load()
	if _, err := Parse("course.exs", courseCode(200)); err != nil {
		t.Fatal(err)
	}
	if llFallbacks.Load() != before {
		t.Errorf("SLL failed on valid course code")
	}
	var files []string
	for _, pattern := range []string{"../tests/*/*.exs", "testdata/*.exs", "../examples/*.exs", "../lessons/*/*/*.exs",
		"../interp/*/*.ex"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	parsed := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		before := llFallbacks.Load()
		if _, err := Parse(f, src); err != nil {
			continue // a syntax error: LL has its say, by design
		}
		parsed++
		if llFallbacks.Load() != before {
			t.Errorf("%s: SLL prediction failed, full LL was needed", f)
		}
	}
	t.Logf("%d of %d files parsed in SLL mode alone", parsed, len(files))
}

// TestDFAShared checks that the parser's DFA cache lives as long as the
// process: a second parse of the same text adds no DFA state.
func TestDFAShared(t *testing.T) {
	src := courseCode(50)
	if _, err := Parse("a.exs", src); err != nil {
		t.Fatal(err)
	}
	count := func() int {
		n := 0
		for _, dfa := range gen.NewElixirParser(nil).GetInterpreter().DecisionToDFA() {
			n += dfa.Len()
		}
		return n
	}
	before := count()
	if before == 0 {
		t.Fatal("no DFA state after a parse")
	}
	if _, err := Parse("b.exs", src); err != nil {
		t.Fatal(err)
	}
	if after := count(); after != before {
		t.Errorf("the second parse built %d DFA states", after-before)
	}
}
