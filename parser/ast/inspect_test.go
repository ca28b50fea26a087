package ast_test

import (
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// TestInspect checks the order Inspect visits a tree in and that a false
// answer skips a node's children.
func TestInspect(t *testing.T) {
	cases := []struct {
		src, skip, want string
	}{
		{"f(a, [b: c])", "", "call f lit f var a list pair lit b var c"},
		{"x.y(z)", "", "call call . lit . var x lit y var z"},
		{"g(h(a), b)", "h", "call g lit g call h var b"},
	}
	for _, c := range cases {
		f, err := parser.Parse("t.exs", []byte(c.src))
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		var got []string
		ast.Inspect(f.Root, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Call:
				name, _ := x.CallName()
				got = append(got, strings.TrimSpace("call "+name))
				return name != c.skip || c.skip == ""
			case *ast.Var:
				got = append(got, "var "+x.Name)
			case *ast.List:
				got = append(got, "list")
			case *ast.Pair:
				got = append(got, "pair")
			case *ast.Lit:
				if a, ok := x.Value.(term.Atom); ok {
					got = append(got, "lit "+a.Name())
				}
			}
			return true
		})
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("%s: visited %q, want %q", c.src, s, c.want)
		}
	}
}
