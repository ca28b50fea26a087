package interp

import (
	"bytes"
	"strings"
	"testing"

	"github.com/exlite/exlite/parser"
)

// TestSandboxGaps checks what the sandbox lets through of Path, Version,
// :crypto and the protocols' impl_for: the pure functions run, those that
// read the host (the current directory, the user's home) are refused.
func TestSandboxGaps(t *testing.T) {
	cases := []struct {
		src, out, err string
	}{
		{`IO.puts Path.join(["a", "b", "c.ex"]) <> " " <> Path.basename("/x/y.ex", ".ex") <> " " <> Path.relative_to("/a/b", "/a")`, "a/b/c.ex y b\n", ""},
		{`IO.inspect {Path.split("/a/b"), Path.type("a"), Path.dirname("a/b"), Path.extname("a.ex"), Path.rootname("a.ex"), Path.relative("/a")}`,
			"{[\"/\", \"a\", \"b\"], :relative, \"a\", \".ex\", \"a\", \"a\"}\n", ""},
		{`Path.expand("x")`, "", "Path.expand/1 is not allowed here"},
		{`Path.expand("~/x", "/tmp")`, "", "Path.expand/2 is not allowed here"},
		{`Path.absname("x")`, "", "Path.absname/1 is not allowed here"},
		{`Path.relative_to_cwd("x")`, "", "Path.relative_to_cwd/1 is not allowed here"},
		{`Path.wildcard("*")`, "", "Path.wildcard/1 is not allowed here"},
	}
	for _, c := range cases {
		f, err := parser.Parse("sandbox.exs", []byte(c.src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		code := Run(f, Options{Stdout: &out, Stderr: &errb, Sandbox: true, NoWarnings: true})
		if out.String() != c.out {
			t.Errorf("%s: stdout %q, want %q (stderr %q)", c.src, out.String(), c.out, errb.String())
		}
		if c.err == "" && code != 0 {
			t.Errorf("%s: exit status %d, stderr %q", c.src, code, errb.String())
		}
		if c.err != "" && (code != 1 || !strings.Contains(errb.String(), c.err)) {
			t.Errorf("%s: exit status %d, stderr %q, want it to hold %q", c.src, code, errb.String(), c.err)
		}
	}
}
