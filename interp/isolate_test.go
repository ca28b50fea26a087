package interp

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/exlite/exlite/parser"
)

// isolateSource is a program whose exception message, Inspect
// implementation and struct field order carry its tag.
func isolateSource(tag string, fields string) string {
	return fmt.Sprintf(`defmodule Shape.Error do
  defexception [:msg]
  def message(e), do: "%[1]s: " <> e.msg
end

defmodule Shape.Point do
  defstruct [:x, :y]
end

defimpl Inspect, for: Shape.Point do
  def inspect(p, _opts), do: "#%[1]s<" <> to_string(p.x) <> ">"
end

defmodule Shape.Order do
  defstruct %[2]s
end

defmodule Main do
  def run do
    try do
      raise Shape.Error, msg: "boom"
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(%%Shape.Point{x: 1, y: 2})
    IO.inspect(%%Shape.Order{})
    IO.puts(inspect([%%Shape.Point{x: 3}]))
  end
end

for _ <- 1..20, do: Main.run()
`, tag, fields)
}

// TestProgramsIsolated runs two programs defining the same modules
// differently at the same time in one Go process: each must print with
// its own message/1, defimpl Inspect and struct field order.
func TestProgramsIsolated(t *testing.T) {
	type prog struct {
		tag, fields, order string
	}
	progs := []prog{
		{"A", "[:a, :b, :c]", "%Shape.Order{a: nil, b: nil, c: nil}"},
		{"B", "[:c, :b, :a]", "%Shape.Order{c: nil, b: nil, a: nil}"},
	}
	iters := 30
	if testing.Short() {
		iters = 5
	}
	for it := 0; it < iters; it++ {
		var wg sync.WaitGroup
		outs := make([]string, len(progs))
		for i, pr := range progs {
			f, err := parser.Parse(pr.tag+".exs", []byte(isolateSource(pr.tag, pr.fields)))
			if err != nil {
				t.Fatal(err)
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				var out bytes.Buffer
				if code := Run(f, Options{Stdout: &out, Stderr: &out, Deterministic: true, NoWarnings: true}); code != 0 {
					out.WriteString(fmt.Sprintf("exit %d", code))
				}
				outs[i] = out.String()
			}()
		}
		wg.Wait()
		for i, pr := range progs {
			want := strings.Repeat(fmt.Sprintf("%[1]s: boom\n#%[1]s<1>\n%[2]s\n[#%[1]s<3>]\n", pr.tag, pr.order), 20)
			if outs[i] != want {
				t.Fatalf("iteration %d: program %s printed\n%s\nwant\n%s", it, pr.tag, outs[i], want)
			}
		}
	}
}
