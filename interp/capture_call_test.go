package interp

import (
	"bytes"
	"strings"
	"testing"

	"github.com/exlite/exlite/parser"
)

// TestCaptureCalls checks the calls of captures &Mod.name/arity and
// &name/arity made by the program's code, which resolve their target
// once per program and generation of modules (mfaCode): a module
// defined after the capture is found, a private function is not, a
// captured BIF fails with the BIF's frame, and the sandbox refuses a
// captured function it does not allow, as when each call resolves it.
func TestCaptureCalls(t *testing.T) {
	cases := []struct {
		name, src, out, err string
		sandbox             bool
	}{
		{"defined later", `f = &Later.go/1
try do
  f.(1)
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
defmodule Later do
  def go(x), do: x * 2
end
IO.inspect f.(3)`, "function Later.go/1 is undefined (module Later is not available). Make sure the module name is correct and has been specified in full (or that an alias has been defined)\n6\n", "", false},
		{"private", `defmodule P do
  def cap, do: &P.priv/1
  defp priv(x), do: x
end
try do
  P.cap().(1)
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end`, "function P.priv/1 is undefined or private\n", "", false},
		{"operator", `f = &+/2
IO.inspect {Enum.reduce([1, 2, 3], 0, f), f == &+/2, f == &:erlang.+/2, &Kernel.+/2}`,
			"{6, true, true, &:erlang.+/2}\n", "", true},
		{"bif frame", `g = &elem/2
try do
  g.({1}, 4)
rescue
  ArgumentError -> IO.inspect hd(__STACKTRACE__)
end`, "{:erlang, :element, [5, {1}], [error_info: %{module: :erl_erts_errors}]}\n", "", true},
		{"remote built-in", `IO.inspect Enum.map([1, 2], &Integer.to_string/1)`, "[\"1\", \"2\"]\n", "", true},
		{"macro", "f = &Integer.is_odd/1\nf.(1)", "", "function Integer.is_odd/1 is undefined or private", false},
		{"sandbox", `Enum.map(["x"], &File.read/1)`, "", "File.read/1 is not allowed here", true},
		{"sandbox erlang", `Enum.each([~c"ls"], &:os.cmd/1)`, "", ":os.cmd/1 is not allowed here", true},
	}
	for _, c := range cases {
		f, err := parser.Parse("capture.exs", []byte(c.src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		code := Run(f, Options{Stdout: &out, Stderr: &errb, Sandbox: c.sandbox, NoWarnings: true})
		if out.String() != c.out {
			t.Errorf("%s: stdout %q, want %q (stderr %q)", c.name, out.String(), c.out, errb.String())
		}
		if c.err == "" && code != 0 {
			t.Errorf("%s: exit status %d, stderr %q", c.name, code, errb.String())
		}
		if c.err != "" && (code != 1 || !strings.Contains(errb.String(), c.err)) {
			t.Errorf("%s: exit status %d, stderr %q, want it to hold %q", c.name, code, errb.String(), c.err)
		}
	}
}
