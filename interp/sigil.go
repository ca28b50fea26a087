package interp

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/lint"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/interp/stdlib"
	"github.com/exlite/exlite/parser/ast"
)

// kernelSigils are the sigil letters Kernel defines. Any other ~x is an
// ordinary call of sigil_x/2 (its content, interpolated for a lowercase
// letter, and its modifiers as a charlist), resolved like any local call
// to the module's own or an imported function or macro.
var kernelSigils = map[string]bool{
	"s": true, "S": true, "c": true, "C": true, "w": true, "W": true, "r": true, "R": true,
	"D": true, "T": true, "N": true, "U": true,
}

// sigil compiles Kernel's sigils: ~s, ~c, ~w, ~r and their uppercase
// forms, and the calendar ones.
func (c *compiler) sigil(n *ast.Call, letter string, s *scope) expr {
	content := n.Args[0]
	mods := ""
	if l, ok := n.Args[1].(*ast.List); ok {
		for _, it := range l.Items {
			if lit, ok := it.(*ast.Lit); ok {
				if i, ok := lit.Value.(term.Int); ok {
					mods += string(rune(i))
				}
			}
		}
	}
	switch letter {
	case "s", "c", "w":
		content = unescapeParts(content)
	case "r":
		content = mapParts(content, regexUnescape)
		fallthrough
	case "R":
		c.checkRegexLiteral(n, content, mods)
	}
	str := c.expr(content, s, false)
	ln := n.Pos.Line
	switch letter {
	case "s", "S":
		return str
	case "c", "C":
		return func(p *proc, fr []term.Term) term.Term {
			b, _ := str(p, fr).(term.Binary)
			return term.List(charlist(string(b))...)
		}
	case "w", "W":
		return func(p *proc, fr []term.Term) term.Term {
			b, _ := str(p, fr).(term.Binary)
			words := strings.Fields(string(b))
			out := make([]term.Term, len(words))
			for i, w := range words {
				switch {
				case strings.Contains(mods, "a"):
					out[i] = rt.NewAtom(p, w)
				case strings.Contains(mods, "c"):
					out[i] = term.List(charlist(w)...)
				default:
					out[i] = term.Binary(w)
				}
			}
			return term.List(out...)
		}
	case "r", "R":
		return func(p *proc, fr []term.Term) term.Term {
			v := str(p, fr)
			p.setLine(ln)
			if b, ok := rt.Lookup(rt.ModuleAtom("Regex"), term.MakeAtom("compile!"), 2); ok {
				return b.Fn(p, []term.Term{v, term.Binary(mods)})
			}
			rt.RaiseMessage("RuntimeError", "regular expressions are not available")
			return nil
		}
	}
	name := term.MakeAtom("sigil_" + letter)
	return func(p *proc, fr []term.Term) term.Term {
		v := str(p, fr)
		p.setLine(ln)
		args := []term.Term{v, term.List(charlist(mods)...)}
		if b, ok := rt.Lookup(atomKernel, name, 2); ok {
			return b.Fn(p, args)
		}
		return p.applyMFA(atomKernel, name, args)
	}
}

// quoteExpr compiles quote [opts] do ... end into the quoted form,
// evaluating unquote(...) inside. Its options: location: :keep (each
// form's metadata says where it was written, [keep: {file, line}]),
// unquote: false, and bind_quoted: [name: value] (each value bound to
// the name, `name = value`, before the body, whose unquotes stay as
// written).
func (c *compiler) quoteExpr(n *ast.Call, s *scope) expr {
	o := &quoteOpts{ctx: c.quoteContext, unquote: true, aliases: c.aliases}
	var body, binds ast.Node
	hasDo := false
	for _, arg := range n.Args {
		keys, kw, ok := keywords(arg)
		if !ok {
			c.errorf(n.Pos, "invalid quote")
		}
		for _, k := range keys {
			switch v := kw[k]; k {
			case "do":
				body, hasDo = v, true
			case "location":
				if a, ok := atomLit(v); ok && a.Name() == "keep" {
					o.keep = term.Binary(c.quoteFile())
				}
			case "unquote":
				if a, ok := atomLit(v); ok && a == term.False {
					o.unquote = false
				}
			case "bind_quoted":
				binds, o.unquote = v, false
			}
		}
	}
	if !hasDo {
		c.errorf(n.Pos, "invalid quote")
	}
	q := c.quoted(body, s, o)
	if binds == nil {
		return q
	}
	be := c.expr(binds, s, false)
	ctx := o.ctx
	if ctx.IsZero() {
		ctx = term.NilAtom
	}
	meta := term.List(term.Tuple{term.MakeAtom("line"), term.Int(n.Pos.Line)})
	return func(p *proc, fr []term.Term) term.Term {
		bs := be(p, fr)
		items, ok := term.ListToSlice(bs)
		out := make([]term.Term, 0, len(items)+1)
		for _, it := range items {
			kv, isPair := it.(term.Tuple)
			if !ok || !isPair || len(kv) != 2 {
				ok = false
				break
			}
			name, isAtom := kv[0].(term.Atom)
			if !isAtom {
				ok = false
				break
			}
			out = append(out, term.Tuple{term.MakeAtom("="), term.Nil, term.List(term.Tuple{name, meta, ctx}, kv[1])})
		}
		if !ok {
			rt.ArgumentError("invalid :bind_quoted for quote, expected a keyword list of variable names, got: " + rt.Inspect(p, bs))
		}
		return term.Tuple{term.MakeAtom("__block__"), term.Nil, term.List(append(out, q(p, fr))...)}
	}
}

func (c *compiler) quoted(n ast.Node, s *scope, o *quoteOpts) expr {
	if !o.unquote || !hasUnquote(n) {
		return constant(quoteForm(n, o))
	}
	switch x := n.(type) {
	case *ast.Call:
		if name, _ := x.CallName(); name == "unquote" && len(x.Args) == 1 {
			return c.expr(x.Args[0], s, false)
		}
		fun := c.quoted(x.Fun, s, o)
		args := c.quotedItems(x.Args, s, o)
		meta := o.callMeta(x)
		return func(p *proc, fr []term.Term) term.Term {
			return term.Tuple{fun(p, fr), meta, args(p, fr)}
		}
	case *ast.List:
		return c.quotedItems(x.Items, s, o)
	case *ast.Pair:
		a, b := c.quoted(x.Left, s, o), c.quoted(x.Right, s, o)
		return func(p *proc, fr []term.Term) term.Term { return term.Tuple{a(p, fr), b(p, fr)} }
	}
	return constant(quoteForm(n, o))
}

// quotedItems compiles the quoted list of items, where
// unquote_splicing(list) inserts the list's elements.
func (c *compiler) quotedItems(items []ast.Node, s *scope, o *quoteOpts) expr {
	es := make([]expr, len(items))
	splice := make([]bool, len(items))
	for i, a := range items {
		if call, ok := a.(*ast.Call); ok {
			if name, _ := call.CallName(); name == "unquote_splicing" && len(call.Args) == 1 {
				es[i], splice[i] = c.expr(call.Args[0], s, false), true
				continue
			}
		}
		es[i] = c.quoted(a, s, o)
	}
	return func(p *proc, fr []term.Term) term.Term {
		out := make([]term.Term, 0, len(es))
		for i, e := range es {
			v := e(p, fr)
			if !splice[i] {
				out = append(out, v)
				continue
			}
			xs, ok := term.ListToSlice(v)
			if !ok {
				rt.ArgumentError("expected a list in unquote_splicing, got: " + rt.Inspect(p, v))
			}
			out = append(out, xs...)
		}
		return term.List(out...)
	}
}

func hasUnquote(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.Call:
		if name, _ := x.CallName(); name == "unquote" || name == "unquote_splicing" {
			return true
		}
		if hasUnquote(x.Fun) {
			return true
		}
		for _, a := range x.Args {
			if hasUnquote(a) {
				return true
			}
		}
	case *ast.List:
		for _, a := range x.Items {
			if hasUnquote(a) {
				return true
			}
		}
	case *ast.Pair:
		return hasUnquote(x.Left) || hasUnquote(x.Right)
	}
	return false
}

// formatCompileError prints a compile error as Elixir 1.18 does.
func (in *Interp) formatCompileError(e *compileError) string {
	if e.exception != "" {
		return in.formatExpansionError(e)
	}
	var b strings.Builder
	b.WriteString(in.formatErrorDiagnostic(e))
	for _, m := range e.more {
		b.WriteString(in.formatErrorDiagnostic(m))
	}
	b.WriteString(e.after)
	if e.module != "" {
		fmt.Fprintf(&b, "** (CompileError) %s: cannot compile module %s (errors have been logged)\n\n", in.file, e.module)
	} else {
		fmt.Fprintf(&b, "** (CompileError) %s: cannot compile file (errors have been logged)\n\n", in.file)
	}
	return b.String()
}

// formatErrorDiagnostic prints the "error:" diagnostic of e.
func (in *Interp) formatErrorDiagnostic(e *compileError) string {
	src := ""
	if lines := strings.Split(in.src, "\n"); e.pos.Line > 0 && int(e.pos.Line) <= len(lines) {
		src = lines[e.pos.Line-1]
	}
	marks := strings.Repeat("^", caretWidth(src, int(e.pos.Col)-1))
	if e.oneCaret {
		marks = "^"
	}
	return in.formatDiagnostic("error", e.msg, e.pos, e.where, marks)
}

// formatDiagnostic prints an error or warning with its source excerpt,
// as Elixir 1.18 does.
func (in *Interp) formatDiagnostic(kind, msg string, pos ast.Pos, where, marks string) string {
	lines := strings.Split(in.src, "\n")
	if pos.Line <= 0 || int(pos.Line) > len(lines) {
		return "    " + kind + ": " + msg + "\n\n"
	}
	d := lint.Diagnostic{Severity: lint.Error, Line: int(pos.Line), Col: max(int(pos.Col), 1),
		Span: utf8.RuneCountInString(marks), Message: msg, Where: where}
	if kind == "warning" {
		d.Severity = lint.Warning
	}
	return d.Render(in.file, in.src)
}

// caretWidth is the length of the identifier at byte offset i of src.
func caretWidth(src string, i int) int {
	if i < 0 || i >= len(src) {
		return 1
	}
	n := 0
	for _, r := range src[i:] {
		if r == '_' || r == '?' || r == '!' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			n++
			continue
		}
		break
	}
	if n == 0 {
		return 1
	}
	return n
}

// unescapeParts applies escapes to the literal parts of a lowercase
// sigil's content (the parser keeps them as written, like Elixir's).
func unescapeParts(n ast.Node) ast.Node {
	return mapParts(n, unescape)
}

// mapParts applies f to the literal parts of a sigil's <<>> content.
func mapParts(n ast.Node, f func(string) string) ast.Node {
	call, ok := n.(*ast.Call)
	if !ok {
		return n
	}
	if name, _ := call.CallName(); name != "<<>>" {
		return n
	}
	args := make([]ast.Node, len(call.Args))
	for i, a := range call.Args {
		if l, ok := a.(*ast.Lit); ok {
			if b, ok := l.Value.(term.Binary); ok {
				args[i] = &ast.Lit{Pos: l.Pos, Value: term.Binary(f(string(b)))}
				continue
			}
		}
		args[i] = a
	}
	return &ast.Call{Pos: call.Pos, Fun: call.Fun, Args: args, Meta: call.Meta}
}

// unescape interprets backslash escapes as Macro.unescape_string/1 does.
func unescape(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch != '\\' || i+1 >= len(s) {
			b.WriteByte(ch)
			continue
		}
		i++
		switch e := s[i]; e {
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'd':
			b.WriteByte(127)
		case 'e':
			b.WriteByte(27)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 's':
			b.WriteByte(' ')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0':
			b.WriteByte(0)
		case '\n':
			// a backslash-newline continues the line
		case 'x', 'u':
			digits, j := "", i+1
			if j < len(s) && s[j] == '{' {
				k := strings.IndexByte(s[j:], '}')
				if k > 0 {
					digits, j = s[j+1:j+k], j+k+1
				}
			} else {
				max := 2
				if e == 'u' {
					max = 4
				}
				for j < len(s) && len(digits) < max && isHex(s[j]) {
					digits += string(s[j])
					j++
				}
			}
			v, err := strconv.ParseUint(digits, 16, 32)
			if digits == "" || err != nil {
				b.WriteByte(e)
				continue
			}
			if e == 'x' && len(digits) <= 2 {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
			i = j - 1
		default:
			b.WriteByte(e)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// regexUnescape is what Elixir's ~r does to the literal parts of its
// content (:elixir_interpolation.unescape_string with a map that only
// accepts :newline): a backslash before a newline (or CR LF) is dropped
// with it, every other escape is left for PCRE, backslash included.
func regexUnescape(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch {
		case s[i+1] == '\n':
			i++
		case s[i+1] == '\r' && i+2 < len(s) && s[i+2] == '\n':
			i += 2
		default:
			b.WriteString(s[i : i+2])
			i++
		}
	}
	return b.String()
}

// checkRegexLiteral fails compilation when content, the content of a ~r
// without interpolation, is not a valid pattern with the modifiers mods:
// Elixir's sigil_r compiles such a literal while it expands the code, so
// the Regex.CompileError is printed before any of the file runs, at the
// sigil's line and the function (or module body) that holds it.
func (c *compiler) checkRegexLiteral(n *ast.Call, content ast.Node, mods string) {
	call, ok := content.(*ast.Call)
	if !ok {
		return
	}
	if name, _ := call.CallName(); name != "<<>>" {
		return
	}
	src := ""
	for _, a := range call.Args {
		l, ok := a.(*ast.Lit)
		if !ok {
			return
		}
		b, ok := l.Value.(term.Binary)
		if !ok {
			return
		}
		src += string(b)
	}
	msg, bad := stdlib.RegexLiteralError(src, mods)
	if !bad {
		return
	}
	// Of the 8 stack entries the VM keeps, Elixir's own frames take 3 in
	// 1.18 (Regex.compile!/2, Kernel.compile_regex/2, the sigil_r
	// expansion) and each enclosing macro 2 (its expansion and its
	// caller): 2 enclosing macros' lines are printed at most.
	panic(&compileError{pos: n.Pos, msg: msg, exception: "Regex.CompileError", where: c.expansionWhere(), maxOuter: 2})
}

// expansionWhere is how a stack line of Elixir's macro expansion names
// the code being compiled: "Mod.fun/1", "Mod (module)", or "" for the
// file's top level (printed "(file)").
func (c *compiler) expansionWhere() string {
	switch {
	case c.mod != nil && c.beamName != "":
		return c.beamWhere()
	case c.mod != nil:
		return rt.ModuleName(c.modName) + " (module)"
	}
	return ""
}

// kernelMacroFrames are the Kernel macros whose arguments Elixir expands
// after the macro has run (elixir_dispatch:expand_quoted), with the
// number of "file:line: where" stack lines an exception raised while
// expanding them gains: unless expands to if, which adds its own.
var kernelMacroFrames = map[string]int{"|>": 1, "if": 1, "unless": 2, "&&": 1, "||": 1, "!": 1}

// addMacroFrames, deferred while a Kernel macro at pos is compiled, adds
// k stack lines for it to an exception raised while expanding its
// arguments (a compileError with an exception), and re-raises it.
func (c *compiler) addMacroFrames(pos ast.Pos, k int) {
	r := recover()
	if r == nil {
		return
	}
	if e, ok := r.(*compileError); ok && e.exception != "" {
		where := c.expansionWhere()
		if where == "" {
			where = "(file)"
		}
		for i := 0; i < k; i++ {
			e.outer = append(e.outer, fmt.Sprintf("%d: %s", pos.Line, where))
		}
	}
	panic(r)
}
