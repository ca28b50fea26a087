package parser

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
)

// TestGolden parses every testdata/NAME.exs and compares the AST with
// testdata/NAME.ast, which real Elixir printed (see testdata/README.md).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.exs")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".exs")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".exs") + ".ast")
			if err != nil {
				t.Fatal(err)
			}
			file, err := Parse(filepath.Base(f), src)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			got := formatQuoted(quoteRoot(file), true)
			if w := strings.TrimSpace(string(want)); got != w {
				t.Errorf("AST differs at %s", firstDiff(w, got))
			}
		})
	}
}

func quoteRoot(f *ast.File) term.Term {
	root := f.Root
	if root == nil {
		root = call(ast.Pos{}, "__block__")
	}
	return ast.Quote(root, false)
}

// firstDiff shows where two strings part.
func firstDiff(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	from := max(0, i-120)
	return "offset " + strconv.Itoa(i) + ":\n--- want\n" + want[from:min(len(want), i+120)] +
		"\n--- got\n" + got[from:min(len(got), i+120)]
}
