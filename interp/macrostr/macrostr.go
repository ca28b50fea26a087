// Package macrostr prints syntax trees back as Elixir source, as
// Macro.to_string/1 does, for the forms exlite shows to learners: the
// code of a failed ExUnit assertion (interp/exunit) and the patterns a
// process blocked in receive waits for (interp's Waiting).
package macrostr

import (
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/inspect"
	"github.com/exlite/exlite/parser/ast"
)

// binaryOps are the operators Macro.to_string prints infix.
var binaryOps = map[string]bool{
	"==": true, "!=": true, "===": true, "!==": true, "<": true, ">": true, "<=": true, ">=": true,
	"=~": true, "+": true, "-": true, "*": true, "/": true, "++": true, "--": true, "<>": true,
	"=": true, "|>": true, "and": true, "or": true, "&&": true, "||": true, "in": true, "when": true,
	"|": true, "::": true, "..": true, "<-": true, "\\\\": true, "->": true,
	"**": true, "+++": true, "---": true, "<<<": true, ">>>": true, "<<~": true, "~>>": true,
	"<~": true, "~>": true, "<~>": true, "&&&": true, "|||": true,
}

// opPrec is an infix operator's precedence (higher binds tighter) and
// whether it is right-associative, as in Elixir's operator table.
func opPrec(op string) (int, bool) {
	switch op {
	case "->":
		return 1, true
	case "|":
		return 3, true
	case "::":
		return 4, true
	case "when":
		return 5, true
	case "<-", "\\\\":
		return 6, false
	case "=":
		return 8, true
	case "||", "or", "|||":
		return 9, false
	case "&&", "and", "&&&":
		return 10, false
	case "==", "!=", "=~", "===", "!==":
		return 11, false
	case "<", ">", "<=", ">=":
		return 12, false
	case "|>", "<<<", ">>>", "<<~", "~>>", "<~", "~>", "<~>":
		return 13, false
	case "in":
		return 14, false
	case "++", "--", "+++", "---", "..", "<>":
		return 16, true
	case "+", "-":
		return 17, false
	case "*", "/":
		return 18, false
	case "**":
		return 19, false
	}
	return 20, false
}

// infixOperand returns the operator of n when it is an infix operator
// call.
func infixOperand(n ast.Node) (string, bool) {
	c, ok := n.(*ast.Call)
	if !ok || len(c.Args) != 2 {
		return "", false
	}
	name, local := c.CallName()
	if !local || !binaryOps[name] {
		return "", false
	}
	return name, true
}

// parensOperands are the operators whose operands are parenthesized when
// they are other operators (of another precedence or not), as the
// formatter's @required_parens_on_binary_operands.
var parensOperands = map[string]bool{
	"<<<": true, ">>>": true, "|>": true, "<~": true, "~>": true, "<<~": true, "~>>": true,
	"<~>": true, "in": true, "++": true, "--": true, "+++": true, "---": true, "<>": true, "..": true,
}

// logicalOps cannot be mixed without parentheses.
var logicalOps = map[string]bool{"|||": true, "||": true, "or": true, "&&&": true, "&&": true, "and": true}

// writeOperand writes an operand of the infix operator parent (on its
// right side when right), in parentheses when the formatter puts it in
// them: another operator that binds looser or as loose on the side the
// parent does not associate to, any other operator under one of
// parensOperands, and logical operators under logical operators.
func writeOperand(b *strings.Builder, n ast.Node, parent string, right bool) {
	op, ok := infixOperand(n)
	if !ok {
		write(b, n)
		return
	}
	pprec, pright := opPrec(parent)
	prec, _ := opPrec(op)
	parens := false
	switch {
	case op == parent && pright == right && op != "--" && op != "---":
	case parensOperands[parent] && op != "..",
		logicalOps[op] && logicalOps[parent],
		pprec > prec, pprec == prec && pright != right:
		parens = true
	}
	if parens {
		b.WriteByte('(')
	}
	write(b, n)
	if parens {
		b.WriteByte(')')
	}
}

// ToString renders a node as Macro.to_string/1 does for the common forms
// of test code (operators, calls, literals, collections, anonymous
// functions).
func ToString(n ast.Node) string {
	var b strings.Builder
	write(&b, n)
	return b.String()
}

func write(b *strings.Builder, n ast.Node) {
	switch n := n.(type) {
	case nil:
		b.WriteString("nil")
	case *ast.Lit:
		lit := inspect.Inspect(n.Value, inspect.Default())
		switch n.Value.(type) {
		case term.Int, *term.BigInt, term.Float:
			lit = numberLiteral(lit)
		}
		b.WriteString(lit)
	case *ast.Var:
		b.WriteString(n.Name)
	case *ast.List:
		if isKeyword(n.Items) {
			b.WriteByte('[')
			writeKeyword(b, n.Items)
			b.WriteByte(']')
			return
		}
		b.WriteByte('[')
		writeArgs(b, n.Items)
		b.WriteByte(']')
	case *ast.Pair:
		b.WriteByte('{')
		writeTupleItems(b, []ast.Node{n.Left, n.Right})
		b.WriteByte('}')
	case *ast.Call:
		writeCall(b, n)
	default:
		b.WriteString("?")
	}
}

func isKeyword(items []ast.Node) bool {
	if len(items) == 0 {
		return false
	}
	for _, it := range items {
		p, ok := it.(*ast.Pair)
		if !ok {
			return false
		}
		l, ok := p.Left.(*ast.Lit)
		if !ok {
			return false
		}
		if _, ok := l.Value.(term.Atom); !ok {
			return false
		}
	}
	return true
}

func writeKeyword(b *strings.Builder, items []ast.Node) {
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		p := it.(*ast.Pair)
		k := inspect.Inspect(p.Left.(*ast.Lit).Value, inspect.Default())
		b.WriteString(strings.TrimPrefix(k, ":"))
		b.WriteString(": ")
		write(b, p.Right)
	}
}

// writeArgs writes call arguments, a trailing keyword list without brackets.
func writeArgs(b *strings.Builder, args []ast.Node) {
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		if l, ok := a.(*ast.List); ok && i == len(args)-1 && isKeyword(l.Items) && !isDoBlock(l.Items) {
			writeKeyword(b, l.Items)
			continue
		}
		write(b, a)
	}
}

// writeTupleItems writes a tuple's elements; a keyword list last, after
// other elements, loses its brackets ({:ok, a: 1}), as the formatter's
// normalizer writes it.
func writeTupleItems(b *strings.Builder, items []ast.Node) {
	for i, a := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if l, ok := a.(*ast.List); ok && i > 0 && i == len(items)-1 && len(l.Items) > 0 && isKeyword(l.Items) {
			writeKeyword(b, l.Items)
			continue
		}
		write(b, a)
	}
}

func isDoBlock(items []ast.Node) bool {
	p, ok := items[0].(*ast.Pair)
	if !ok {
		return false
	}
	l, ok := p.Left.(*ast.Lit)
	return ok && l.Value == term.MakeAtom("do")
}

func writeCall(b *strings.Builder, n *ast.Call) {
	name, local := n.CallName()
	switch {
	case local && name == "{}":
		b.WriteByte('{')
		writeTupleItems(b, n.Args)
		b.WriteByte('}')
		return
	case local && name == "%{}":
		b.WriteString("%{")
		writeMapItems(b, n.Args)
		b.WriteByte('}')
		return
	case local && name == "%" && len(n.Args) == 2:
		b.WriteByte('%')
		write(b, n.Args[0])
		if m, ok := n.Args[1].(*ast.Call); ok {
			b.WriteByte('{')
			writeMapItems(b, m.Args)
			b.WriteByte('}')
		}
		return
	case local && strings.HasPrefix(name, "sigil_") && len(n.Args) == 2:
		if parts, ok := n.Args[0].(*ast.Call); ok {
			b.WriteString("~" + strings.TrimPrefix(name, "sigil_") + "\"")
			for _, p := range parts.Args {
				if l, ok := p.(*ast.Lit); ok {
					if s, ok := l.Value.(term.Binary); ok {
						b.WriteString(strings.ReplaceAll(string(s), "\"", "\\\""))
						continue
					}
				}
				b.WriteString("#{")
				write(b, p)
				b.WriteString("}")
			}
			b.WriteString("\"")
			if mods, ok := n.Args[1].(*ast.Lit); ok {
				if cl, ok := mods.Value.(term.Binary); ok {
					b.WriteString(string(cl))
				}
			}
			return
		}
	case local && name == "<<>>" && interpolated(n.Args):
		// "a#{x}b"
		b.WriteByte('"')
		for _, a := range n.Args {
			if l, ok := a.(*ast.Lit); ok {
				q := inspect.Inspect(l.Value, inspect.Default())
				b.WriteString(strings.ReplaceAll(q[1:len(q)-1], "#{", "\\#{"))
				continue
			}
			b.WriteString("#{")
			write(b, a.(*ast.Call).Args[0].(*ast.Call).Args[0])
			b.WriteString("}")
		}
		b.WriteByte('"')
		return
	case local && name == "<<>>":
		b.WriteString("<<")
		for i, a := range n.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			// a segment's type: b::binary, without the spaces of a :: b
			if seg, ok := a.(*ast.Call); ok {
				if sn, _ := seg.CallName(); sn == "::" && len(seg.Args) == 2 {
					write(b, seg.Args[0])
					b.WriteString("::")
					write(b, seg.Args[1])
					continue
				}
			}
			write(b, a)
		}
		b.WriteString(">>")
		return
	case local && name == "__aliases__":
		for i, a := range n.Args {
			if i > 0 {
				b.WriteByte('.')
			}
			if l, ok := a.(*ast.Lit); ok {
				if at, ok := l.Value.(term.Atom); ok {
					b.WriteString(at.Name())
					continue
				}
			}
			write(b, a)
		}
		return
	case local && name == "__block__":
		for i, a := range n.Args {
			if i > 0 {
				b.WriteString("\n")
			}
			write(b, a)
		}
		return
	case local && len(n.Args) == 2 && name == "..":
		writeOperand(b, n.Args[0], "..", false)
		b.WriteString("..")
		writeOperand(b, n.Args[1], "..", true)
		return
	case local && len(n.Args) == 3 && name == "..//":
		writeOperand(b, n.Args[0], "..", false)
		b.WriteString("..")
		writeOperand(b, n.Args[1], "..", true)
		b.WriteString("//")
		writeOperand(b, n.Args[2], "..", true)
		return
	case local && len(n.Args) == 2 && binaryOps[name]:
		writeOperand(b, n.Args[0], name, false)
		b.WriteString(" " + name + " ")
		writeOperand(b, n.Args[1], name, true)
		return
	case local && len(n.Args) == 1 && name == "&":
		writeCapture(b, n.Args[0])
		return
	case local && len(n.Args) == 1 && (name == "^" || name == "-" || name == "+" || name == "!" || name == "@"):
		b.WriteString(name)
		if _, isOp := infixOperand(n.Args[0]); isOp {
			b.WriteByte('(')
			write(b, n.Args[0])
			b.WriteByte(')')
			return
		}
		write(b, n.Args[0])
		return
	case local && len(n.Args) == 1 && name == "not":
		// not(a in b) is printed a not in b
		if in, ok := n.Args[0].(*ast.Call); ok {
			if nm, l := in.CallName(); l && nm == "in" && len(in.Args) == 2 {
				write(b, in.Args[0])
				b.WriteString(" not in ")
				write(b, in.Args[1])
				return
			}
		}
		b.WriteString("not ")
		if _, isOp := infixOperand(n.Args[0]); isOp {
			b.WriteByte('(')
			write(b, n.Args[0])
			b.WriteByte(')')
			return
		}
		write(b, n.Args[0])
		return
	case local && len(n.Args) == 2 && isDoBlockArg(n.Args[1]):
		// case x do ... end, if x do ... end, and the like
		writeDoBlock(b, name, n.Args[:1], n.Args[1].(*ast.List).Items)
		return
	case local && len(n.Args) > 2 && blockMacros[name] && isDoBlockArg(n.Args[len(n.Args)-1]) && onlyBlockKeys(n.Args[len(n.Args)-1]):
		// for x <- xs, y <- ys, do: e is written for ... do e end
		writeDoBlock(b, name, n.Args[:len(n.Args)-1], n.Args[len(n.Args)-1].(*ast.List).Items)
		return
	case local && name == "fn":
		b.WriteString("fn")
		for _, cl := range n.Args {
			c, ok := cl.(*ast.Call)
			if !ok || len(c.Args) != 2 {
				continue
			}
			b.WriteString(" ")
			if l, ok := c.Args[0].(*ast.List); ok && len(l.Items) > 0 {
				writeArgs(b, l.Items)
				b.WriteString(" ")
			}
			b.WriteString("-> ")
			write(b, c.Args[1])
		}
		b.WriteString(" end")
		return
	}
	if len(n.Args) == 2 && remoteName(n.Fun) == "Access.get" {
		// map[key]: the parser keeps no from_brackets mark, and nobody
		// writes Access.get(map, key)
		write(b, n.Args[0])
		b.WriteByte('[')
		write(b, n.Args[1])
		b.WriteByte(']')
		return
	}
	if local {
		b.WriteString(name)
	} else if dot, ok := n.Fun.(*ast.Call); ok {
		if dn, _ := dot.CallName(); dn == "." && len(dot.Args) == 2 {
			write(b, dot.Args[0])
			b.WriteByte('.')
			if l, ok := dot.Args[1].(*ast.Lit); ok {
				if at, ok := l.Value.(term.Atom); ok {
					b.WriteString(at.Name())
				}
			}
		} else if dn == "." && len(dot.Args) == 1 {
			write(b, dot.Args[0])
			b.WriteByte('.')
		} else {
			write(b, n.Fun)
		}
	} else {
		write(b, n.Fun)
	}
	if n.Meta.NoParens && len(n.Args) == 0 && !local {
		return // a field access or a remote call without parentheses: x.y
	}
	if n.Meta.NoParens && len(n.Args) > 0 {
		b.WriteByte(' ')
		writeArgs(b, n.Args)
		return
	}
	b.WriteByte('(')
	writeArgs(b, n.Args)
	b.WriteByte(')')
}

func writeMapItems(b *strings.Builder, items []ast.Node) {
	if len(items) == 1 {
		if c, ok := items[0].(*ast.Call); ok {
			if nm, _ := c.CallName(); nm == "|" && len(c.Args) == 2 {
				write(b, c.Args[0])
				b.WriteString(" | ")
				if l, ok := c.Args[1].(*ast.List); ok {
					writeMapItems(b, l.Items)
				}
				return
			}
		}
	}
	if isKeyword(items) {
		writeKeyword(b, items)
		return
	}
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if p, ok := it.(*ast.Pair); ok {
			write(b, p.Left)
			b.WriteString(" => ")
			write(b, p.Right)
			continue
		}
		write(b, it)
	}
}

// interpolated tells whether the segments of a <<>> are those of an
// interpolated string: binaries and Kernel.to_string(x)::binary.
func interpolated(args []ast.Node) bool {
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		if l, ok := a.(*ast.Lit); ok {
			if _, ok := l.Value.(term.Binary); ok {
				continue
			}
			return false
		}
		c, ok := a.(*ast.Call)
		if !ok {
			return false
		}
		if nm, _ := c.CallName(); nm != "::" || len(c.Args) != 2 || ToString(c.Args[1]) != "binary" {
			return false
		}
		ts, ok := c.Args[0].(*ast.Call)
		if !ok || len(ts.Args) != 1 || remoteName(ts.Fun) != "Kernel.to_string" {
			return false
		}
	}
	return true
}

// writeCapture writes &arg: &1, &fun/1, &Mod.fun/1, &(&1 * 2), &fun(&1).
func writeCapture(b *strings.Builder, arg ast.Node) {
	b.WriteByte('&')
	c, ok := arg.(*ast.Call)
	if !ok {
		write(b, arg)
		return
	}
	name, local := c.CallName()
	if local && name == "/" && len(c.Args) == 2 {
		write(b, c.Args[0])
		b.WriteByte('/')
		write(b, c.Args[1])
		return
	}
	if local && (binaryOps[name] || name == "not" || name == "!" || name == "^") {
		b.WriteByte('(')
		write(b, arg)
		b.WriteByte(')')
		return
	}
	s := ToString(arg)
	if strings.HasPrefix(s, "&") {
		// & &1, & &1.name: the formatter parts the two &s
		b.WriteByte(' ')
	}
	b.WriteString(s)
}

func isDoBlockArg(n ast.Node) bool {
	l, ok := n.(*ast.List)
	return ok && len(l.Items) > 0 && isDoBlock(l.Items) && l.Items[0].(*ast.Pair).Right != nil
}

// blockMacros are the macros of several arguments written without
// parentheses before a do block.
var blockMacros = map[string]bool{"for": true, "with": true}

// onlyBlockKeys tells whether a keyword list has only the keys of do
// blocks (for x <- xs, into: %{}, do: e keeps its keywords).
func onlyBlockKeys(n ast.Node) bool {
	for _, it := range n.(*ast.List).Items {
		p, ok := it.(*ast.Pair)
		if !ok {
			return false
		}
		k, _ := p.Left.(*ast.Lit)
		if k == nil {
			return false
		}
		switch k.Value {
		case term.MakeAtom("do"), term.MakeAtom("else"), term.MakeAtom("after"), term.MakeAtom("rescue"), term.MakeAtom("catch"):
		default:
			return false
		}
	}
	return true
}

// writeDoBlock writes name args do ... end over several lines, as the
// formatter does: -> clauses (case, receive) one a line, other bodies
// indented.
func writeDoBlock(b *strings.Builder, name string, args []ast.Node, items []ast.Node) {
	b.WriteString(name + " ")
	writeArgs(b, args)
	for _, it := range items {
		p, ok := it.(*ast.Pair)
		if !ok {
			continue
		}
		k, _ := p.Left.(*ast.Lit)
		if k == nil {
			continue
		}
		kw, _ := k.Value.(term.Atom)
		if kw.Name() == "do" {
			b.WriteString(" do\n")
		} else {
			b.WriteString("\n" + kw.Name() + "\n")
		}
		writeBody(b, p.Right)
	}
	b.WriteString("\nend")
}

// writeBody writes a do-block's body indented by two spaces: its ->
// clauses, or its expressions.
func writeBody(b *strings.Builder, body ast.Node) {
	var lines []string
	if l, ok := body.(*ast.List); ok && len(l.Items) > 0 && isClause(l.Items[0]) {
		for _, cl := range l.Items {
			c := cl.(*ast.Call)
			var head strings.Builder
			if pl, ok := c.Args[0].(*ast.List); ok {
				writeArgs(&head, pl.Items)
			}
			lines = append(lines, head.String()+" -> "+ToString(c.Args[1]))
		}
	} else {
		lines = append(lines, ToString(body))
	}
	text := strings.Join(lines, "\n")
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l == "" {
			out = append(out, l)
			continue
		}
		out = append(out, "  "+l)
	}
	b.WriteString(strings.Join(out, "\n"))
}

func isClause(n ast.Node) bool {
	c, ok := n.(*ast.Call)
	if !ok || len(c.Args) != 2 {
		return false
	}
	name, local := c.CallName()
	return local && name == "->"
}

// remoteName is "Mod.fun" for the function of a remote call, or "".
func remoteName(fun ast.Node) string {
	dot, ok := fun.(*ast.Call)
	if !ok {
		return ""
	}
	if dn, _ := dot.CallName(); dn != "." || len(dot.Args) != 2 {
		return ""
	}
	f, ok := dot.Args[1].(*ast.Lit)
	if !ok {
		return ""
	}
	a, ok := f.Value.(term.Atom)
	if !ok {
		return ""
	}
	return ToString(dot.Args[0]) + "." + a.Name()
}

// numberLiteral writes an inspected number as the formatter writes a
// number literal: an integer part of six digits or more is grouped by
// threes with underscores (1_000_000, 123_456.5).
func numberLiteral(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	digits, rest := s, ""
	if i := strings.IndexAny(s, ".e"); i >= 0 {
		digits, rest = s[:i], s[i:]
	}
	if len(digits) < 6 {
		return sign + s
	}
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('_')
		}
		b.WriteRune(c)
	}
	b.WriteString(rest)
	return b.String()
}
