package lint

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exlite/exlite/parser"
)

var update = flag.Bool("update", false, "rewrite the golden .err files from the current output")

// TestGolden checks, for every testdata/NAME.exs, that the diagnostics
// rendered in printing order are exactly NAME.err: what Elixir 1.18
// prints on standard error for the program (which writes nothing else
// there).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.exs")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden programs")
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".exs")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.Parse(name+".exs", src)
			if err != nil {
				t.Fatal(err)
			}
			got := Check(f).RenderAll(name+".exs", f.Source)
			golden := strings.TrimSuffix(path, ".exs") + ".err"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("diagnostics differ\n--- want\n%s\n--- got\n%s", want, got)
			}
		})
	}
}

// TestRenderNoColumn checks the frame of a diagnostic that knows only
// its line: the line's text is underlined from its indentation on.
func TestRenderNoColumn(t *testing.T) {
	d := Diagnostic{Line: 2, Message: "module attribute @x was set but never used", Where: "M (module)"}
	got := d.Render("f.exs", "defmodule M do\n  @x 1\nend\n")
	want := "    warning: module attribute @x was set but never used\n" +
		"    │\n" +
		"  2 │   @x 1\n" +
		"    │   ~~~~\n" +
		"    │\n" +
		"    └─ f.exs:2: M (module)\n\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestRenderLineOnly checks LineOnly: the column still places the
// highlight, the location under it names the line alone (IO.warn/2's
// stacktrace entry), with or without the source line at hand.
func TestRenderLineOnly(t *testing.T) {
	src := "defmodule M do\n  IO.warn(\"x\", line: 2, column: 3)\nend\n"
	cases := []struct {
		name string
		d    Diagnostic
		src  string
		want string
	}{
		{"with column", Diagnostic{Line: 2, Col: 3, Message: "x", Where: "M (module)"}, src,
			"    warning: x\n    │\n  2 │   IO.warn(\"x\", line: 2, column: 3)\n    │   ~\n    │\n    └─ f.exs:2:3: M (module)\n\n"},
		{"line only", Diagnostic{Line: 2, Col: 3, LineOnly: true, Message: "x", Where: "M (module)"}, src,
			"    warning: x\n    │\n  2 │   IO.warn(\"x\", line: 2, column: 3)\n    │   ~\n    │\n    └─ f.exs:2: M (module)\n\n"},
		{"line only, no source line", Diagnostic{Line: 9, Col: 3, LineOnly: true, Message: "x", Where: "(file)"}, src,
			"warning: x\n└─ f.exs:9: (file)\n\n"},
	}
	for _, c := range cases {
		if got := c.d.Render("f.exs", c.src); got != c.want {
			t.Errorf("%s: got\n%q\nwant\n%q", c.name, got, c.want)
		}
	}
}

// TestMFA checks the place a diagnostic names: function names that are
// not identifiers (ExUnit's test functions) quoted as
// Exception.format_mfa/3 prints them.
func TestMFA(t *testing.T) {
	for _, c := range []struct {
		mod, fun string
		arity    int
		want     string
	}{
		{"M", "f", 1, "M.f/1"},
		{"M", "valid?", 2, "M.valid?/2"},
		{"M", "put!", 0, "M.put!/0"},
		{"M", "__ex_unit__", 2, "M.__ex_unit__/2"},
		{"MTest", "test adds one", 1, `MTest."test adds one"/1`},
		{"MTest", `test "quoted"`, 1, `MTest."test \"quoted\""/1`},
		{"M", "+", 2, "M.+/2"},
	} {
		if got := mfa(c.mod, c.fun, c.arity); got != c.want {
			t.Errorf("mfa(%q, %q, %d) = %s, want %s", c.mod, c.fun, c.arity, got, c.want)
		}
	}
}
