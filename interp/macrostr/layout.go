package macrostr

import (
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
)

// Format renders a node as Macro.to_string/1 does, breaking a line longer
// than width (Elixir's formatter uses 98) the way the formatter breaks
// the commonest long assertions: a comparison or match whose right side
// is a list, map, struct or fn keeps the open bracket on its line and
// puts the elements one a line ("x == [\n  a,\n  b\n]"); other right
// sides go to the next line, indented by two ("x =\n  {a, b}"); a list,
// map, struct or tuple that still does not fit puts its elements one a
// line. Other forms are printed on one line, as ToString does.
func Format(n ast.Node, width int) string {
	return layout(n, 0, width)
}

// nextBreakFitsOps are the operators after which the formatter lets a
// container on the right break first (Code.Formatter's
// @next_break_fits_operators).
var nextBreakFitsOps = map[string]bool{
	"<-": true, "==": true, "!=": true, "=~": true, "===": true, "!==": true, "<": true, ">": true,
	"<=": true, ">=": true, "=": true, "::": true,
}

func layout(n ast.Node, indent, width int) string {
	flat := ToString(n)
	if indent+len(flat) <= width && !strings.Contains(flat, "\n") {
		return flat
	}
	if c, ok := n.(*ast.Call); ok {
		name, local := c.CallName()
		if local && len(c.Args) == 2 && nextBreakFitsOps[name] {
			left := ToString(c.Args[0])
			if strings.Contains(left, "\n") {
				return flat
			}
			right := c.Args[1]
			if open, _, ok := container(right); ok && breaksFirst(right) && indent+len(left)+len(name)+2+len(open) <= width {
				return left + " " + name + " " + broken(right, indent, width)
			}
			return left + " " + name + "\n" + spaces(indent+2) + layout(right, indent+2, width)
		}
	}
	if _, _, ok := container(n); ok {
		return broken(n, indent, width)
	}
	return flat
}

// breaksFirst tells whether the formatter lets n break on the operator's
// line (next_break_fits?): non-empty lists, maps, structs and fns, not
// tuples.
func breaksFirst(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.List:
		return len(x.Items) > 0
	case *ast.Call:
		name, local := x.CallName()
		return local && (name == "%{}" || name == "%" || name == "fn") && len(x.Args) > 0
	}
	return false
}

// container returns the brackets of a list, map, struct or tuple, and
// its elements as printed.
func container(n ast.Node) (open, close string, ok bool) {
	switch x := n.(type) {
	case *ast.List:
		if len(x.Items) > 0 {
			return "[", "]", true
		}
	case *ast.Pair:
		return "{", "}", true
	case *ast.Call:
		name, local := x.CallName()
		switch {
		case local && name == "%{}" && len(x.Args) > 0:
			if u, ok := x.Args[0].(*ast.Call); ok {
				if un, _ := u.CallName(); un == "|" {
					return "", "", false
				}
			}
			return "%{", "}", true
		case local && name == "%" && len(x.Args) == 2:
			if m, ok := x.Args[1].(*ast.Call); ok && len(m.Args) > 0 {
				return "%" + ToString(x.Args[0]) + "{", "}", true
			}
		case local && name == "{}" && len(x.Args) > 0:
			return "{", "}", true
		}
	}
	return "", "", false
}

// elements are the nodes of a container and how each is printed: a
// keyword pair as key: value, a map's other pairs as key => value.
func elements(n ast.Node) (items []ast.Node, keyword, arrows bool) {
	switch x := n.(type) {
	case *ast.List:
		return x.Items, isKeyword(x.Items), false
	case *ast.Pair:
		return []ast.Node{x.Left, x.Right}, false, false
	case *ast.Call:
		switch name, _ := x.CallName(); name {
		case "%{}":
			return x.Args, isKeyword(x.Args), !isKeyword(x.Args)
		case "%":
			m := x.Args[1].(*ast.Call)
			return m.Args, isKeyword(m.Args), !isKeyword(m.Args)
		case "{}":
			return x.Args, false, false
		}
	}
	return nil, false, false
}

// broken prints a container with one element a line.
func broken(n ast.Node, indent, width int) string {
	open, close, _ := container(n)
	items, keyword, arrows := elements(n)
	var b strings.Builder
	b.WriteString(open + "\n")
	for i, it := range items {
		b.WriteString(spaces(indent + 2))
		p, isPair := it.(*ast.Pair)
		switch {
		case keyword && isPair:
			k := ToString(p.Left)
			key := strings.TrimPrefix(k, ":") + ": "
			if l, ok := p.Left.(*ast.Lit); ok {
				if _, ok := l.Value.(term.Atom); ok {
					var kb strings.Builder
					writeKeyword(&kb, []ast.Node{&ast.Pair{Left: p.Left, Right: &ast.Lit{Value: term.NilAtom}}})
					key = strings.TrimSuffix(kb.String(), "nil")
				}
			}
			b.WriteString(key + layout(p.Right, indent+2+len(key), width))
		case arrows && isPair:
			key := ToString(p.Left) + " => "
			b.WriteString(key + layout(p.Right, indent+2+len(key), width))
		default:
			b.WriteString(layout(it, indent+2, width))
		}
		if i < len(items)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString(spaces(indent) + close)
	return b.String()
}

func spaces(n int) string { return strings.Repeat(" ", n) }
