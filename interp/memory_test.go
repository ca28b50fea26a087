package interp

import (
	"bytes"
	"testing"

	"github.com/exlite/exlite/parser"
)

// runMemory runs src under a memory limit of limit bytes, with the Go
// heap shared (accounting alone decides), and returns its result and
// output.
func runMemory(t *testing.T, src string, limit int64) (*Result, string) {
	t.Helper()
	file, err := parser.Parse("memory.exs", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	res := Execute(file, Options{Stdout: &out, Stderr: &out, NoWarnings: true,
		Limits: Limits{Memory: limit, SharedHeap: true}})
	return res, out.String()
}

// TestMeasureDoesNotDrift: a loop that makes garbage and holds nothing is
// measured hundreds of times; each measure replaces what the process
// counted by what it holds, and no measure may leave behind the
// allocations it found not yet added to the program's sum (they used to
// be added again at each measure, so the program's memory grew by up to
// 32 KB a measure while it held nothing).
func TestMeasureDoesNotDrift(t *testing.T) {
	src := `defmodule G do
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + hd([n]))
end
IO.puts(G.loop(3_000_000, 0))
`
	res, out := runMemory(t, src, 256<<20)
	if res.Code != 0 || out != "4500001500000\n" {
		t.Fatalf("status %d, output %q", res.Code, out)
	}
	// Between two measures the loop allocates some 500 KB of garbage.
	if res.MemoryPeak > 2<<20 {
		t.Errorf("a loop holding nothing peaked at %d bytes", res.MemoryPeak)
	}
}

// TestMeasureStretchStillCatchesFloods: a process whose measures found
// what its counters said (it kept what it built) measures less often;
// a flood the counters do not follow that it starts then must still be
// caught: binaries received and kept (a received message counts as one
// small term until a measure), and a list built again and again by a
// built-in that shares its tail (each copy counted once).
func TestMeasureStretchStillCatchesFloods(t *testing.T) {
	build := "base = Enum.to_list(1..300_000)\nlong = Enum.map(base, &(&1 * 2))\n"
	cases := []struct{ name, src string }{
		{"received binaries kept", build + `parent = self()
spawn(fn -> Enum.each(1..1_000_000, fn i -> send(parent, String.duplicate("x", 1000) <> "#{i}") end) end)
defmodule K do
  def keep(acc), do: (receive do b -> keep([b | acc]) end)
end
K.keep([length(long)])
`},
		{"lists sharing a tail", build + `defmodule S do
  def grow(acc, _, 0), do: acc
  def grow(acc, long, n), do: grow([Enum.to_list(1..1000) ++ long | acc], long, n - 1)
end
IO.puts(length(S.grow([], long, 1_000_000)))
`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, out := runMemory(t, c.src, 48<<20)
			if res.Limit == nil || res.Limit.Name != "memory" {
				t.Errorf("limit %v, status %d, output %q: want the memory limit", res.Limit, res.Code, out)
			}
		})
	}
}
