package interp

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/exlite/exlite/beam/term"

	"github.com/exlite/exlite/parser"
)

// isolateSource is a program whose exception message, Inspect
// implementation, derived Inspect and struct field order carry its tag,
// printed by the main process, by a spawned one, by built-ins' error
// messages, by a crash report and by the report of the uncaught error
// that ends it; it also prints System.unique_integer, which counts per
// program, an environment variable it sets, and the lines of its own
// standard input.
func isolateSource(tag, fields, only string) string {
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

defmodule Shape.Secret do
  @derive {Inspect, only: [%[3]s]}
  defstruct [:user, :pass]
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
    IO.inspect(%%Shape.Secret{user: "u", pass: "p"})
    try do
      Map.fetch!(%%Shape.Order{}, :zz)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      Enum.count(%%Shape.Point{x: 5})
    rescue
      e -> IO.puts(Exception.message(e))
    end
    parent = self()
    spawn(fn ->
      send(parent, {:child, inspect(%%Shape.Order{}), Exception.message(%%Shape.Error{msg: "kid"})})
    end)
    receive do
      {:child, a, b} -> IO.puts(a <> " " <> b)
    end
    IO.puts(System.unique_integer([:positive]))
    IO.puts(inspect(System.get_env("EXLITE_ISOLATE")))
    System.put_env("EXLITE_ISOLATE", "%[1]s" <> to_string(System.unique_integer([:positive])))
    IO.write(IO.gets(""))
  end

  def crash do
    spawn(fn -> raise Shape.Error, msg: "crash #{inspect(%%Shape.Point{x: 6})}" end)
    Process.sleep(10)
  end

  def finish, do: raise(Shape.Error, msg: "end #{inspect(%%Shape.Order{})}")
end

for _ <- 1..10, do: Main.run()
Main.crash()
Main.finish()
`, tag, fields, only)
}

// runIsolated runs one program and returns what it printed.
func runIsolated(t *testing.T, name, src string) string {
	f, err := parser.Parse(name+".exs", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	var in strings.Builder
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&in, "%s line %d\n", name, i)
	}
	code := Run(f, Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader(in.String()), Deterministic: true, NoWarnings: true})
	fmt.Fprintf(&out, "exit %d\n", code)
	return out.String()
}

// TestProgramsIsolated runs two programs defining the same modules
// differently at the same time in one Go process: each must print
// exactly what it prints alone, with its own message/1, defimpl Inspect,
// @derive Inspect, struct field order and unique integers.
func TestProgramsIsolated(t *testing.T) {
	type prog struct {
		tag, fields, only string
		// wants are lines the program prints alone
		wants []string
	}
	progs := []prog{
		{"A", "[:a, :b, :c]", ":user", []string{
			"A: boom\n#A<1>\n%Shape.Order{a: nil, b: nil, c: nil}\n[#A<3>]\n#Shape.Secret<user: \"u\", ...>\n",
			"key :zz not found in: %Shape.Order{a: nil, b: nil, c: nil}",
			"#A<5>",
			"%Shape.Order{a: nil, b: nil, c: nil} A: kid\n1\nnil\nA line 1\n",
			"\n3\n\"A2\"\nA line 2\n",
			"A: crash #A<6>",
			"** (Shape.Error) A: end %Shape.Order{a: nil, b: nil, c: nil}",
		}},
		{"B", "[:c, :b, :a]", ":pass", []string{
			"B: boom\n#B<1>\n%Shape.Order{c: nil, b: nil, a: nil}\n[#B<3>]\n#Shape.Secret<pass: \"p\", ...>\n",
			"key :zz not found in: %Shape.Order{c: nil, b: nil, a: nil}",
			"#B<5>",
			"%Shape.Order{c: nil, b: nil, a: nil} B: kid\n1\nnil\nB line 1\n",
			"\n3\n\"B2\"\nB line 2\n",
			"B: crash #B<6>",
			"** (Shape.Error) B: end %Shape.Order{c: nil, b: nil, a: nil}",
		}},
	}
	alone := make([]string, len(progs))
	for i, pr := range progs {
		alone[i] = runIsolated(t, pr.tag, isolateSource(pr.tag, pr.fields, pr.only))
		for _, w := range pr.wants {
			if !strings.Contains(alone[i], w) {
				t.Fatalf("program %s alone printed\n%s\nwithout\n%s", pr.tag, alone[i], w)
			}
		}
	}
	iters := 30
	if testing.Short() {
		iters = 5
	}
	for it := 0; it < iters; it++ {
		var wg sync.WaitGroup
		outs := make([]string, len(progs))
		for i, pr := range progs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				outs[i] = runIsolated(t, pr.tag, isolateSource(pr.tag, pr.fields, pr.only))
			}()
		}
		wg.Wait()
		for i, pr := range progs {
			if outs[i] != alone[i] {
				t.Fatalf("iteration %d: program %s printed\n%s\nwant (as alone)\n%s", it, pr.tag, outs[i], alone[i])
			}
		}
	}
	if v, ok := os.LookupEnv("EXLITE_ISOLATE"); ok {
		t.Errorf("a program's System.put_env reached the Go process: EXLITE_ISOLATE=%s", v)
	}
}

// TestAtomsFromDataLiveWithTheProgram: an atom a program made from data
// exists until the program ends, as on the BEAM, though no term holds it
// (the atom table forgets atoms nothing holds), and is forgotten after.
func TestAtomsFromDataLiveWithTheProgram(t *testing.T) {
	name := fmt.Sprintf("kept_atom_%d", time.Now().UnixNano())
	half := len(name) / 2
	src := fmt.Sprintf(`name = %q <> %q
_ = String.to_atom(name)
IO.gets("")
IO.puts(inspect(String.to_existing_atom(name)))
`, name[:half], name[half:])
	f, err := parser.Parse("kept.exs", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	r, w := io.Pipe()
	var out bytes.Buffer
	done := make(chan int)
	go func() {
		done <- Run(f, Options{Stdout: &out, Stderr: &out, Stdin: r, NoWarnings: true})
	}()
	for i := 0; ; i++ {
		if _, ok := term.LookupAtom(name); ok {
			break
		}
		if i == 1000 {
			t.Fatal("the program did not make the atom")
		}
		time.Sleep(5 * time.Millisecond)
	}
	for range 3 {
		runtime.GC()
	}
	w.Write([]byte("go\n"))
	w.Close()
	if code := <-done; code != 0 || out.String() != ":"+name+"\n" {
		t.Fatalf("status %d, output %q", code, out.String())
	}
	f = nil
	for i := 0; ; i++ {
		runtime.GC()
		if _, ok := term.LookupAtom(name); !ok {
			break
		}
		if i == 100 {
			t.Fatal("the atom outlived its program")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
