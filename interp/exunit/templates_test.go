package exunit

import (
	"flag"
	"os"
	"testing"

	"github.com/exlite/exlite/interp/elixirlib"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

var updateTemplates = flag.Bool("update", false, "rewrite templates.ast")

// TestTemplatesAST checks that templates.ast holds the trees of the
// current templates (rewrite it with go test -run TestTemplatesAST -update).
func TestTemplatesAST(t *testing.T) {
	if *updateTemplates {
		var roots []ast.Node
		for _, src := range allTemplates {
			f, err := parser.Parse("exunit", []byte(src))
			if err != nil {
				t.Fatalf("template %s: %v", src, err)
			}
			roots = append(roots, f.Root)
		}
		data, err := elixirlib.EncodeAST(&ast.Call{Fun: ast.Atom(ast.Pos{}, "__block__"), Args: roots}, templatesSum())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("templates.ast", data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	trees := prebuiltTemplates()
	if trees == nil {
		t.Fatal("templates.ast is stale: go test ./interp/exunit -run TestTemplatesAST -update")
	}
	for i, src := range allTemplates {
		f, _ := parser.Parse("exunit", []byte(src))
		if got, want := macrostr.ToString(trees[i]), macrostr.ToString(f.Root); got != want {
			t.Errorf("template %d decodes as %s, parses as %s", i, got, want)
		}
	}
}
