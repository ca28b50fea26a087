package interp

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/exlite/exlite/parser"
)

// benchLimits is what bench/limits.sh sets for "on": every limit, high
// enough that none is reached, and the sandbox.
var benchLimits = Limits{
	Output: 1 << 30, Processes: 1_000_000, Reductions: 1_000_000_000_000,
	Memory: 4 << 30, Atoms: 1_000_000, Depth: 2_000_000, Queue: 10_000_000,
}

// benchProgram runs the program bench/NAME.exs b.N times, with every
// limit on or with none: the cost of accounting (issue #12), as a Go
// benchmark for -count and -cpuprofile.
func benchProgram(b *testing.B, name string, limits bool) {
	src, err := os.ReadFile(filepath.Join("..", "bench", name+".exs"))
	if err != nil {
		b.Skip(err)
	}
	file, err := parser.Parse(name+".exs", src)
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{Stdout: io.Discard, Stderr: io.Discard}
	if limits {
		opts.Limits, opts.Sandbox, opts.Timeout = benchLimits, true, 10*time.Minute
	}
	b.ResetTimer()
	for range b.N {
		if code := Run(file, opts); code != 0 {
			b.Fatalf("exit status %d", code)
		}
	}
}

// BenchmarkLimits runs each CPU program of bench/ with limits off and on,
// one after the other, so that -count interleaves the two.
func BenchmarkLimits(b *testing.B) {
	for _, name := range []string{"enum_pipeline", "enum_sort", "fib", "genserver_call", "map_build",
		"proc_pingpong", "proc_ring", "proc_spawn", "string_build", "string_split", "tail_sum"} {
		b.Run(name+"/off", func(b *testing.B) { benchProgram(b, name, false) })
		b.Run(name+"/on", func(b *testing.B) { benchProgram(b, name, true) })
	}
}
