package interp

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/exlite/exlite/parser"
)

// useProgram is a program of n modules that use GenServer, Agent,
// Supervisor and Task in turn, and does nothing else: what compiling
// `use` costs.
func useProgram(n int) string {
	var b strings.Builder
	for i := range n {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "defmodule S%d do\n  use GenServer, restart: :temporary\n  def init(n), do: {:ok, n}\n  def handle_call(:bump, _from, n), do: {:reply, n + 1, n + 1}\nend\n", i)
		case 1:
			fmt.Fprintf(&b, "defmodule S%d do\n  use Agent\n  def start_link(n), do: Agent.start_link(fn -> n end)\nend\n", i)
		case 2:
			fmt.Fprintf(&b, "defmodule S%d do\n  use Supervisor\n  def init(_), do: Supervisor.init([], strategy: :one_for_one)\nend\n", i)
		case 3:
			fmt.Fprintf(&b, "defmodule S%d do\n  use Task\n  def start_link(n), do: Task.start_link(fn -> n end)\nend\n", i)
		}
	}
	return b.String()
}

// BenchmarkUse compiles programs whose modules use library modules: one
// GenServer (bench/genserver_call.exs's module), and 40 modules, each
// without and with a ModuleCache (as a grader runs, the library files
// compiled once).
func BenchmarkUse(b *testing.B) {
	for _, n := range []int{1, 40} {
		file, err := parser.Parse("use.exs", []byte(useProgram(n)))
		if err != nil {
			b.Fatal(err)
		}
		for _, cached := range []bool{false, true} {
			b.Run(fmt.Sprintf("modules=%d/cache=%v", n, cached), func(b *testing.B) {
				opts := Options{Stdout: io.Discard, Stderr: io.Discard, NoWarnings: true}
				if cached {
					opts.Modules = NewModuleCache()
				}
				for range b.N {
					if code := Run(file, opts); code != 0 {
						b.Fatalf("exit status %d", code)
					}
				}
			})
		}
	}
}
