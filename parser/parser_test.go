package parser

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/inspect"
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
			got := printQuoted(quoteRoot(file), true)
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

// TestPositions checks that every node of the golden files' ASTs carries a
// source position.
func TestPositions(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.exs")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		file, err := Parse(f, src)
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n ast.Node)
		walk = func(n ast.Node) {
			if n == nil {
				return
			}
			if p := n.Position(); p.Line < 1 || p.Col < 1 {
				t.Errorf("%s: node without position: %#v", f, n)
			}
			switch n := n.(type) {
			case *ast.List:
				for _, it := range n.Items {
					walk(it)
				}
			case *ast.Pair:
				walk(n.Left)
				walk(n.Right)
			case *ast.Call:
				walk(n.Fun)
				for _, a := range n.Args {
					walk(a)
				}
			}
		}
		walk(file.Root)
	}
}

// printQuoted prints a quoted-form term as `exlite parse` does (inspect
// with no limits); asLists prints charlists as lists of integers, so
// Elixir 1.14's and 1.18's expected lines agree.
func printQuoted(t term.Term, asLists bool) string {
	opts := inspect.Default()
	opts.Limit, opts.PrintableLimit = inspect.Infinity, inspect.Infinity
	if asLists {
		opts.Charlists = inspect.CharlistsAsLists
	}
	return inspect.Inspect(t, opts)
}
