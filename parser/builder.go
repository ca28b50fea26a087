package parser

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/antlr4-go/antlr/v4"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
	"github.com/exlite/exlite/parser/gen"
)

// builder turns the parse tree into the AST. Each Visit method returns an
// ast.Node; errors are raised as a buildError panic that Parse recovers.
type builder struct {
	*gen.BaseElixirParserVisitor
	file string
	src  string
	toks []*token
	// assocs are where `=>` operators were built; mapItems where those
	// that are a map's items: any other is a syntax error.
	assocs   []ast.Pos
	mapItems map[ast.Pos]bool
	// warnings are the parser's warnings, in source order.
	warnings []ast.ParserWarning
}

// noParensStrict fails with Elixir's error for `foo (a, b)` when the
// clause c without `->` holding several expressions is all a `(...)`
// that follows a call's name and a space.
func (b *builder) noParensStrict(c *gen.StabItemContext) {
	body, ok := c.GetParent().(*gen.StabBodyContext)
	if !ok {
		return
	}
	paren, ok := body.GetParent().(*gen.ParenContext)
	if !ok || len(body.AllStabItem()) != 1 {
		return
	}
	open, ok := paren.GetStart().(*token)
	if !ok || open.index < 1 || open.index >= len(b.toks) {
		return
	}
	if prev := b.toks[open.index-1]; prev.typ == gen.ElixirLexerNP_IDENT && !adjacent(prev, open) {
		b.fail(open, "unexpected parentheses. If you are making a function call, do not insert spaces "+
			"between the function name and the opening parentheses. Syntax error before: '('")
	}
}

// strayAssoc fails at the first `=>` that is not a map's item, as yecc,
// which knows `=>` only inside %{}, does.
func (b *builder) strayAssoc() {
	var first *ast.Pos
	for i, p := range b.assocs {
		if !b.mapItems[p] && (first == nil || p.Line < first.Line || p.Line == first.Line && p.Col < first.Col) {
			first = &b.assocs[i]
		}
	}
	if first != nil {
		panic(buildError{&SyntaxError{Kind: KindSyntax, File: b.file, Line: int(first.Line), Column: int(first.Col),
			Description: "syntax error before: '=>'", Source: b.src}})
	}
}

var _ gen.ElixirParserVisitor = (*builder)(nil)

// buildError carries a syntax error out of the builder.
type buildError struct{ err *SyntaxError }

func (b *builder) fail(t antlr.Token, desc string) {
	panic(buildError{&SyntaxError{Kind: KindSyntax, File: b.file, Line: t.GetLine(), Column: t.GetColumn() + 1,
		Description: desc, Source: b.src}})
}

func tokPos(t antlr.Token) ast.Pos {
	return ast.Pos{Line: int32(t.GetLine()), Col: int32(t.GetColumn() + 1)}
}

func ctxPos(ctx antlr.ParserRuleContext) ast.Pos { return tokPos(ctx.GetStart()) }

var (
	atomKernel    = term.MakeAtom("Elixir.Kernel")
	atomAccess    = term.MakeAtom("Elixir.Access")
	atomList      = term.MakeAtom("Elixir.List")
	atomErlang    = term.MakeAtom("erlang")
	atomToString  = term.MakeAtom("to_string")
	atomBinary    = term.MakeAtom("binary")
	atomDo        = term.MakeAtom("do")
	atomUTF8      = term.MakeAtom("utf8")
	atomGet       = term.MakeAtom("get")
	atomBinToAtom = term.MakeAtom("binary_to_atom")
)

func lit(p ast.Pos, v term.Term) *ast.Lit { return &ast.Lit{Pos: p, Value: v} }

// call builds {name, [], args}.
func call(p ast.Pos, name string, args ...ast.Node) *ast.Call {
	if args == nil {
		args = []ast.Node{}
	}
	return &ast.Call{Pos: p, Fun: ast.Atom(p, name), Args: args}
}

// dot builds {:., [], [left, :name]}.
func dot(p ast.Pos, left ast.Node, name term.Term) *ast.Call {
	return &ast.Call{Pos: p, Fun: ast.Atom(p, "."), Args: []ast.Node{left, lit(p, name)}}
}

func block(p ast.Pos, exprs []ast.Node) ast.Node {
	if len(exprs) == 1 && !keepsBlock(exprs[0]) {
		return exprs[0]
	}
	if exprs == nil {
		exprs = []ast.Node{}
	}
	return call(p, "__block__", exprs...)
}

// keepsBlock reports whether a lone expression stays wrapped in a
// __block__, as Elixir's build_block does for `not x`, `!x` and
// unquote_splicing.
func keepsBlock(n ast.Node) bool {
	c, ok := n.(*ast.Call)
	if !ok {
		return false
	}
	name, _ := c.CallName()
	return (name == "not" || name == "!") && len(c.Args) == 1 || name == "unquote_splicing"
}

func (b *builder) expr(ctx gen.IExprContext) ast.Node {
	return b.VisitExpr(ctx.(*gen.ExprContext)).(ast.Node)
}

func (b *builder) primary(ctx gen.IPrimaryContext) ast.Node { return ctx.Accept(b).(ast.Node) }

// postfix applies a postfix part to left, the operand so far; start is
// the operand's first token.
func (b *builder) postfix(ctx gen.IPostfixContext, left ast.Node, start antlr.Token) ast.Node {
	switch c := ctx.(type) {
	case *gen.AnonCallContext:
		return b.anonCall(c, left)
	case *gen.RemoteCallContext:
		return b.remoteCall(c, left)
	case *gen.QuotedRemoteCallContext:
		return b.quotedRemoteCall(c, left)
	case *gen.RemoteNoParensDoContext:
		return b.remoteNoParensDo(c, left)
	case *gen.AliasDotContext:
		return b.aliasDot(c, left)
	case *gen.MultiAliasContext:
		p := tokPos(c.DOT().GetSymbol())
		return &ast.Call{Pos: p, Fun: dot(p, left, term.MakeAtom("{}")), Args: b.callArgs(c.CallArgs())}
	case *gen.AccessContext:
		p := tokPos(start)
		return &ast.Call{Pos: p, Fun: dot(p, lit(p, atomAccess), atomGet), Args: []ast.Node{left, b.expr(c.Expr())}}
	case *gen.DoCallContext:
		return b.doCall(c, left)
	}
	panic("unknown postfix part")
}

func (b *builder) exprs(list []gen.IExprContext) []ast.Node {
	out := make([]ast.Node, len(list))
	for i, e := range list {
		out[i] = b.expr(e)
	}
	return out
}

// VisitFile returns the whole file as one node, or nil when empty.
func (b *builder) VisitFile(ctx *gen.FileContext) interface{} {
	if ctx.ExprList() == nil {
		return nil
	}
	return b.exprList(ctx.ExprList(), ctxPos(ctx))
}

func (b *builder) exprList(ctx gen.IExprListContext, p ast.Pos) ast.Node {
	if ctx == nil {
		return call(p, "__block__")
	}
	return block(p, b.exprs(ctx.(*gen.ExprListContext).AllExpr()))
}

func (b *builder) anonCall(ctx *gen.AnonCallContext, f ast.Node) ast.Node {
	p := tokPos(ctx.DOT().GetSymbol())
	dotc := &ast.Call{Pos: p, Fun: ast.Atom(p, "."), Args: []ast.Node{f}}
	b.noTrailingComma(ctx.CallArgs(), ctx.RPAREN().GetSymbol())
	return &ast.Call{Pos: p, Fun: dotc, Args: b.callArgs(ctx.CallArgs())}
}

func (b *builder) remote(left ast.Node, name antlr.Token, args []ast.Node, noParens bool) *ast.Call {
	p := tokPos(name)
	if args == nil {
		args = []ast.Node{}
	}
	c := &ast.Call{Pos: p, Fun: dot(p, left, term.MakeAtom(name.GetText())), Args: args}
	c.Meta.NoParens = noParens
	return c
}

func (b *builder) remoteCall(ctx *gen.RemoteCallContext, left ast.Node) ast.Node {
	groups := ctx.AllParenArgs()
	if len(groups) == 0 {
		return b.remote(left, ctx.GetName(), nil, true)
	}
	c := b.remote(left, ctx.GetName(), b.callParenArgs(groups[0]), false)
	if len(groups) == 2 {
		c = &ast.Call{Pos: c.Pos, Fun: c, Args: b.callParenArgs(groups[1])}
	}
	return c
}

func (b *builder) quotedRemoteCall(ctx *gen.QuotedRemoteCallContext, left ast.Node) ast.Node {
	sc := ctx.Str().(*gen.StrContext)
	parts := b.strParts(sc.AllStrPart(), unescapeString, 0)
	name, ok := onlyText(parts)
	if !ok || sc.GetOpen().GetTokenType() != gen.ElixirParserSTR_START {
		b.fail(sc.GetOpen(), "interpolation is not allowed when calling function/macro")
	}
	p := tokPos(sc.GetOpen())
	args := b.callParenArgs(ctx.ParenArgs())
	return &ast.Call{Pos: p, Fun: dot(p, left, term.MakeAtom(name)), Args: args}
}

func (b *builder) remoteNoParensDo(ctx *gen.RemoteNoParensDoContext, left ast.Node) ast.Node {
	name := ctx.NP_DO_IDENT().GetSymbol()
	args := append(b.npArgs(ctx.NpArgs()), b.npDoBlock(ctx.NpDoBlock()))
	c := b.remote(left, name, args, true)
	c.Meta.End = tokPos(ctx.NpDoBlock().(*gen.NpDoBlockContext).END().GetSymbol())
	return c
}

func (b *builder) aliasDot(ctx *gen.AliasDotContext, left ast.Node) ast.Node {
	name := lit(tokPos(ctx.ALIAS().GetSymbol()), term.MakeAtom(ctx.ALIAS().GetText()))
	if c, ok := left.(*ast.Call); ok {
		if n, _ := c.CallName(); n == "__aliases__" {
			args := append(append([]ast.Node{}, c.Args...), name)
			return &ast.Call{Pos: c.Pos, Fun: c.Fun, Args: args}
		}
	}
	return call(left.Position(), "__aliases__", left, name)
}

func (b *builder) doCall(ctx *gen.DoCallContext, left ast.Node) ast.Node {
	do := b.doBlock(ctx.DoBlock())
	end := tokPos(ctx.DoBlock().(*gen.DoBlockContext).END().GetSymbol())
	switch l := left.(type) {
	case *ast.Var:
		c := call(l.Pos, l.Name, do)
		c.Meta.End = end
		return c
	case *ast.Call:
		if _, ok := l.Fun.(*ast.Call); ok || !isOperatorCall(l) {
			args := append(append([]ast.Node{}, l.Args...), do)
			c := &ast.Call{Pos: l.Pos, Fun: l.Fun, Args: args, Meta: l.Meta}
			c.Meta.End = end
			return c
		}
	}
	b.fail(ctx.DoBlock().GetStart(), "syntax error before: do")
	return nil
}

// isOperatorCall reports whether c is an operator or special form that a
// do-block cannot follow.
func isOperatorCall(c *ast.Call) bool {
	name, ok := c.CallName()
	if !ok {
		return false
	}
	switch name {
	case "__aliases__", "__block__", "{}", "%{}", "%", "<<>>", "fn":
		return true
	}
	r := name[0]
	return !(r == '_' || (r >= 'a' && r <= 'z') || r >= 0x80)
}

// ---- primaries ----

func (b *builder) VisitLocalCall(ctx *gen.LocalCallContext) interface{} {
	t := ctx.CALL_IDENT().GetSymbol()
	groups := ctx.AllParenArgs()
	c := call(tokPos(t), t.GetText(), b.callParenArgs(groups[0])...)
	if len(groups) == 2 {
		// unquote(name)(args): the second group calls the first call.
		c = &ast.Call{Pos: c.Pos, Fun: c, Args: b.callParenArgs(groups[1])}
	}
	return c
}

func (b *builder) noParensCall(ctx *gen.NoParensCallContext) ast.Node {
	t := ctx.NP_IDENT().GetSymbol()
	c := call(tokPos(t), t.GetText(), b.npArgs(ctx.NpArgs())...)
	c.Meta.NoParens = true
	return c
}

// remoteNoParens builds left.name args.
func (b *builder) remoteNoParens(ctx *gen.RemoteNoParensContext, left ast.Node) ast.Node {
	return b.remote(left, ctx.NP_IDENT().GetSymbol(), b.npArgs(ctx.NpArgs()), true)
}

func (b *builder) VisitNoParensDoCall(ctx *gen.NoParensDoCallContext) interface{} {
	t := ctx.NP_DO_IDENT().GetSymbol()
	args := append(b.npArgs(ctx.NpArgs()), b.npDoBlock(ctx.NpDoBlock()))
	c := call(tokPos(t), t.GetText(), args...)
	c.Meta.NoParens = true
	c.Meta.End = tokPos(ctx.NpDoBlock().(*gen.NpDoBlockContext).END().GetSymbol())
	return c
}

// leaf builds an operand that is one token: a name, an alias, an atom,
// an integer, true, false or nil.
func (b *builder) leaf(t antlr.Token) ast.Node {
	p := tokPos(t)
	text := t.GetText()
	switch t.GetTokenType() {
	case gen.ElixirParserIDENT:
		return &ast.Var{Pos: p, Name: text, Context: term.NilAtom}
	case gen.ElixirParserALIAS:
		return call(p, "__aliases__", lit(p, term.MakeAtom(text)))
	case gen.ElixirParserATOM:
		return lit(p, term.MakeAtom(text[1:]))
	case gen.ElixirParserINT:
		return b.integer(t)
	}
	return lit(p, term.MakeAtom(text)) // true, false, nil
}

func (b *builder) VisitInteger(ctx *gen.IntegerContext) interface{} { return b.integer(ctx.GetTok()) }

// integer builds an integer literal: decimal, 0x, 0o or 0b.
func (b *builder) integer(t antlr.Token) ast.Node {
	text := strings.ReplaceAll(t.GetText(), "_", "")
	base := 10
	switch t.GetTokenType() {
	case gen.ElixirParserHEX:
		base, text = 16, text[2:]
	case gen.ElixirParserOCTAL:
		base, text = 8, text[2:]
	case gen.ElixirParserBINARY:
		base, text = 2, text[2:]
	}
	return lit(tokPos(t), parseInt(text, base))
}

func parseInt(text string, base int) term.Term {
	if n, err := strconv.ParseInt(text, base, 64); err == nil {
		return term.Int(n)
	}
	n, _ := new(big.Int).SetString(text, base)
	return term.MakeInt(n)
}

func (b *builder) VisitFloat(ctx *gen.FloatContext) interface{} {
	t := ctx.FLOAT().GetSymbol()
	f, err := strconv.ParseFloat(strings.ReplaceAll(t.GetText(), "_", ""), 64)
	if err != nil {
		b.fail(t, "invalid float number "+t.GetText())
	}
	return lit(tokPos(t), term.Float(f))
}

func (b *builder) VisitChar(ctx *gen.CharContext) interface{} {
	t := ctx.CHAR().GetSymbol()
	s := t.GetText()[1:]
	var r rune
	if strings.HasPrefix(s, `\`) {
		if u := []rune(unescape(s, 0)); len(u) > 0 {
			r = u[0]
		} else {
			r = []rune(s[1:])[0] // ?\ then a newline
		}
	} else {
		r = []rune(s)[0]
	}
	return lit(tokPos(t), term.Int(r))
}

func (b *builder) VisitCaptureInt(ctx *gen.CaptureIntContext) interface{} {
	t := ctx.CAPTURE_INT().GetSymbol()
	p := tokPos(t)
	return call(p, "&", lit(p, parseInt(t.GetText()[1:], 10)))
}

// VisitNullaryRange builds `..` alone, the range of everything.
func (b *builder) VisitNullaryRange(ctx *gen.NullaryRangeContext) interface{} {
	return call(ctxPos(ctx), "..")
}

func (b *builder) VisitString(ctx *gen.StringContext) interface{} {
	return b.str(ctx.Str().(*gen.StrContext))
}

func (b *builder) VisitList(ctx *gen.ListContext) interface{} {
	items := b.callArgs(ctx.CallArgs())
	// [a, k: v] is [a, {:k, v}]: the keyword pairs are items.
	if ca, ok := ctx.CallArgs().(*gen.CallArgsContext); ok && ca.KwList() != nil {
		kw := items[len(items)-1].(*ast.List)
		items = append(items[:len(items)-1], kw.Items...)
	}
	return &ast.List{Pos: ctxPos(ctx), Items: items}
}

func (b *builder) VisitTuple(ctx *gen.TupleContext) interface{} {
	p := ctxPos(ctx)
	items := b.callArgs(ctx.CallArgs())
	if len(items) == 2 {
		return &ast.Pair{Pos: p, Left: items[0], Right: items[1]}
	}
	return call(p, "{}", items...)
}

func (b *builder) VisitMap(ctx *gen.MapContext) interface{} {
	if ctx.StructName() == nil {
		return call(ctxPos(ctx), "%{}", b.mapBody(ctx.MapBody())...)
	}
	p := ctxPos(ctx)
	name := b.structName(ctx.StructName().(*gen.StructNameContext))
	m := call(tokPos(ctx.LBRACE().GetSymbol()), "%{}", b.mapBody(ctx.MapBody())...)
	return call(p, "%", name, m)
}

func (b *builder) structName(ctx *gen.StructNameContext) ast.Node {
	p := ctxPos(ctx)
	if ctx.AT() != nil {
		t := ctx.IDENT().GetSymbol()
		return call(p, "@", &ast.Var{Pos: tokPos(t), Name: t.GetText(), Context: term.NilAtom})
	}
	var parts []ast.Node
	if id := ctx.IDENT(); id != nil {
		parts = append(parts, &ast.Var{Pos: p, Name: id.GetText(), Context: term.NilAtom})
		if len(ctx.AllALIAS()) == 0 {
			return parts[0]
		}
	}
	for _, a := range ctx.AllALIAS() {
		parts = append(parts, lit(tokPos(a.GetSymbol()), term.MakeAtom(a.GetText())))
	}
	return call(p, "__aliases__", parts...)
}

func (b *builder) mapBody(ctx gen.IMapBodyContext) []ast.Node {
	if ctx == nil {
		return []ast.Node{}
	}
	m := ctx.(*gen.MapBodyContext)
	if m.GetFirst() == nil {
		return b.kwList(m.GetKw())
	}
	first := b.expr(m.GetFirst())
	if u := m.GetUpdates(); u != nil {
		p := tokPos(m.BAR_KW().GetSymbol())
		return []ast.Node{call(p, "|", first, &ast.List{Pos: p, Items: b.kwList(u)})}
	}
	var rest []ast.Node
	for _, e := range m.GetRest() {
		rest = append(rest, b.assoc(b.expr(e)))
	}
	if kw := m.GetKw(); kw != nil {
		rest = append(rest, b.kwList(kw)...)
	}
	// %{m | a => 1, b => 2}: the update takes every pair that follows.
	if c, ok := rotateAssoc(first).(*ast.Call); ok {
		if name, _ := c.CallName(); name == "|" && len(c.Args) == 2 {
			pairs := append([]ast.Node{b.assoc(c.Args[1])}, rest...)
			return []ast.Node{call(c.Pos, "|", c.Args[0], &ast.List{Pos: c.Pos, Items: pairs})}
		}
	}
	return append([]ast.Node{b.assoc(first)}, rest...)
}

func (b *builder) assoc(n ast.Node) ast.Node {
	n = rotateAssoc(n)
	if c, ok := n.(*ast.Call); ok {
		if name, _ := c.CallName(); name == "=>" && len(c.Args) == 2 {
			if b.mapItems == nil {
				b.mapItems = map[ast.Pos]bool{}
			}
			b.mapItems[c.Pos] = true
			return &ast.Pair{Pos: c.Args[0].Position(), Left: c.Args[0], Right: c.Args[1]}
		}
	}
	// Anything else stands for itself (%{unquote_splicing(pairs)}).
	return n
}

// rotateAssoc gives => the lowest precedence inside maps, as Elixir's
// assoc_expr does: `k => v :: t` is `k => (v :: t)`, not `(k => v) :: t`.
func rotateAssoc(n ast.Node) ast.Node {
	c, ok := n.(*ast.Call)
	if !ok || len(c.Args) != 2 {
		return n
	}
	switch name, _ := c.CallName(); name {
	case "|", "::", "when", "<-", "\\\\":
		left := rotateAssoc(c.Args[0])
		if l, ok := left.(*ast.Call); ok {
			if ln, _ := l.CallName(); ln == "=>" && len(l.Args) == 2 {
				inner := &ast.Call{Pos: c.Pos, Fun: c.Fun, Args: []ast.Node{l.Args[1], c.Args[1]}, Meta: c.Meta}
				return &ast.Call{Pos: l.Pos, Fun: l.Fun, Args: []ast.Node{l.Args[0], inner}}
			}
		}
	}
	return n
}

// keywordLists are the *ast.List values built from keyword pairs.
func isKeywordList(l *ast.List) bool {
	if len(l.Items) == 0 {
		return false
	}
	for _, it := range l.Items {
		p, ok := it.(*ast.Pair)
		if !ok {
			return false
		}
		if k, ok := p.Left.(*ast.Lit); !ok {
			return false
		} else if _, ok := k.Value.(term.Atom); !ok {
			return false
		}
	}
	return true
}

func (b *builder) VisitBitstring(ctx *gen.BitstringContext) interface{} {
	return call(ctxPos(ctx), "<<>>", b.callArgs(ctx.CallArgs())...)
}

func (b *builder) VisitFn(ctx *gen.FnContext) interface{} {
	p := tokPos(ctx.FN().GetSymbol())
	clauses, plain := b.stabBody(ctx.StabBody())
	if plain != nil {
		// a body without clauses: elixir_parser.yrl's build_fn
		b.fail(ctx.FN().GetSymbol(), "expected anonymous functions to be defined with -> inside: 'fn'")
	}
	c := call(p, "fn", clauses...)
	c.Meta.End = tokPos(ctx.END().GetSymbol())
	return c
}

func (b *builder) VisitParen(ctx *gen.ParenContext) interface{} {
	p := ctxPos(ctx)
	if ctx.StabBody() == nil {
		return call(p, "__block__")
	}
	clauses, plain := b.stabBody(ctx.StabBody())
	if plain != nil {
		return block(p, plain)
	}
	return &ast.List{Pos: p, Items: clauses}
}

func (b *builder) VisitRawSigil(ctx *gen.RawSigilContext) interface{} {
	return b.rawSigil(ctx.RAW_SIGIL().GetSymbol())
}

// ---- arguments ----

// callArgs returns the arguments, a trailing keyword list as one list.
// callParenArgs builds the arguments of a call with parentheses: unlike a
// list's items they may not end with a comma (but after keywords, where
// Elixir only warns).
func (b *builder) callParenArgs(pc gen.IParenArgsContext) []ast.Node {
	p := pc.(*gen.ParenArgsContext)
	b.noTrailingComma(p.CallArgs(), p.RPAREN().GetSymbol())
	return b.callArgs(p.CallArgs())
}

// noTrailingComma fails with yecc's "syntax error before: ')'" when the
// arguments of a call end with a comma after a positional argument.
func (b *builder) noTrailingComma(ctx gen.ICallArgsContext, closer antlr.Token) {
	c, ok := ctx.(*gen.CallArgsContext)
	if !ok || c == nil {
		return
	}
	comma := trailingComma(c.GetChildren())
	switch {
	case comma == nil:
	case c.KwList() != nil:
		// after keywords Elixir's parser only warns (warn_trailing_comma)
		b.warnings = append(b.warnings, ast.ParserWarning{Pos: tokPos(comma),
			Message: "trailing commas are not allowed inside function/macro call arguments"})
	default:
		b.fail(closer, "syntax error before: ')'")
	}
}

// trailingComma returns the comma that ends kids, line ends aside, or
// nil when they end with anything else.
func trailingComma(kids []antlr.Tree) antlr.Token {
	for i := len(kids) - 1; i >= 0; i-- {
		t, ok := kids[i].(antlr.TerminalNode)
		if !ok {
			return nil
		}
		switch t.GetSymbol().GetTokenType() {
		case gen.ElixirParserEOE:
			continue
		case gen.ElixirParserCOMMA:
			return t.GetSymbol()
		}
		return nil
	}
	return nil
}

func (b *builder) callArgs(ctx gen.ICallArgsContext) []ast.Node {
	if ctx == nil {
		return []ast.Node{}
	}
	c := ctx.(*gen.CallArgsContext)
	args := b.exprs(c.AllExpr())
	if kw := c.KwList(); kw != nil {
		args = append(args, &ast.List{Pos: ctxPos(kw), Items: b.kwList(kw)})
	}
	return args
}

func (b *builder) npArgs(ctx gen.INpArgsContext) []ast.Node {
	c := ctx.(*gen.NpArgsContext)
	args := b.exprs(c.AllExpr())
	if kw := c.KwList(); kw != nil {
		args = append(args, &ast.List{Pos: ctxPos(kw), Items: b.kwList(kw)})
	}
	return args
}

func (b *builder) kwList(ctx gen.IKwListContext) []ast.Node {
	c := ctx.(*gen.KwListContext)
	pairs := c.AllKwPair()
	out := make([]ast.Node, len(pairs))
	for i, pc := range pairs {
		kp := pc.(*gen.KwPairContext)
		out[i] = &ast.Pair{Pos: ctxPos(kp), Left: b.kwKey(kp.KwKey().(*gen.KwKeyContext)), Right: b.expr(kp.Expr())}
	}
	return out
}

func (b *builder) kwKey(ctx *gen.KwKeyContext) ast.Node {
	p := ctxPos(ctx)
	if kw := ctx.KW(); kw != nil {
		name := strings.TrimRight(kw.GetText(), " \t\n")
		return lit(p, term.MakeAtom(name[:len(name)-1]))
	}
	parts := b.strParts(ctx.AllStrPart(), unescapeString, 0)
	if s, ok := onlyText(parts); ok {
		return lit(p, term.MakeAtom(s))
	}
	return b.dynamicAtom(p, parts)
}

// parenHead returns the arguments of a clause head written in
// parentheses, (a, b) -> or () ->, and false for any other head.
func (b *builder) parenHead(e gen.IExprContext) ([]ast.Node, bool) {
	children := e.GetChildren()
	if len(children) != 1 {
		return nil, false
	}
	paren, ok := children[0].(*gen.ParenContext)
	if !ok {
		return nil, false
	}
	return b.parenArgs(paren)
}

// parenArgs returns the arguments of a clause head in parentheses.
func (b *builder) parenArgs(paren *gen.ParenContext) ([]ast.Node, bool) {
	if paren.StabBody() == nil {
		return []ast.Node{}, true
	}
	items := paren.StabBody().(*gen.StabBodyContext).AllStabItem()
	if len(items) != 1 {
		return nil, false
	}
	it := items[0].(*gen.StabItemContext)
	if it.GetArrow() != nil {
		return nil, false
	}
	args := b.exprs(it.GetHead())
	if kw := it.KwList(); kw != nil {
		args = append(args, &ast.List{Pos: ctxPos(kw), Items: b.kwList(kw)})
	}
	return args, true
}

// ---- do blocks and clauses ----

func (b *builder) doBlock(ctx gen.IDoBlockContext) ast.Node {
	c := ctx.(*gen.DoBlockContext)
	return b.blockBody(tokPos(c.DO().GetSymbol()), c.BlockBody().(*gen.BlockBodyContext))
}

func (b *builder) npDoBlock(ctx gen.INpDoBlockContext) ast.Node {
	c := ctx.(*gen.NpDoBlockContext)
	return b.blockBody(tokPos(c.DO_NP().GetSymbol()), c.BlockBody().(*gen.BlockBodyContext))
}

// blockBody builds [do: ..., else: ...].
func (b *builder) blockBody(p ast.Pos, ctx *gen.BlockBodyContext) ast.Node {
	sections := []ast.Node{&ast.Pair{Pos: p, Left: lit(p, atomDo), Right: b.sectionBody(p, ctx.StabBody())}}
	for _, s := range ctx.AllBlockSection() {
		sc := s.(*gen.BlockSectionContext)
		lp := tokPos(sc.GetLabel())
		sections = append(sections, &ast.Pair{Pos: lp, Left: lit(lp, term.MakeAtom(sc.GetLabel().GetText())),
			Right: b.sectionBody(lp, sc.StabBody())})
	}
	return &ast.List{Pos: p, Items: sections}
}

func (b *builder) sectionBody(p ast.Pos, ctx gen.IStabBodyContext) ast.Node {
	if ctx == nil {
		return call(p, "__block__")
	}
	clauses, plain := b.stabBody(ctx)
	if plain != nil {
		return block(p, plain)
	}
	return &ast.List{Pos: p, Items: clauses}
}

// stabBody returns either clauses (a -> b) or, when there are none, the
// plain expressions.
func (b *builder) stabBody(ctx gen.IStabBodyContext) (clauses []ast.Node, plain []ast.Node) {
	items := ctx.(*gen.StabBodyContext).AllStabItem()
	type clause struct {
		call *ast.Call
		body []ast.Node
	}
	var cs []*clause
	for _, it := range items {
		var head []ast.Node
		var body gen.IExprContext
		var arrow antlr.Token
		c := it.(*gen.StabItemContext)
		switch {
		case len(c.GetHead()) == 0: // -> body
			head = []ast.Node{}
			body, arrow = c.GetBody(), c.GetArrow()
		case c.GetArrow() == nil:
			if len(c.GetHead()) != 1 || c.KwList() != nil {
				b.noParensStrict(c)
				b.fail(c.COMMA(0).GetSymbol(), "syntax error before: ','")
			}
			e := b.expr(c.GetHead()[0])
			if len(cs) == 0 {
				plain = append(plain, e)
			} else {
				last := cs[len(cs)-1]
				last.body = append(last.body, e)
			}
			continue
		default:
			if hs := c.GetHead(); len(hs) == 1 && c.KwList() == nil {
				// (a, b) -> and (a, b) when g ->
				if args, ok := b.parenHead(hs[0]); ok {
					head = args
				} else if paren, when, guard := b.parenWhenHead(hs[0].(*gen.ExprContext)); paren != nil {
					if args, ok := b.parenArgs(paren); ok {
						head = []ast.Node{call(tokPos(when), "when", append(args, guard)...)}
					}
				}
			}
			if head == nil {
				head = b.exprs(c.GetHead())
				if kw := c.KwList(); kw != nil {
					head = append(head, &ast.List{Pos: ctxPos(kw), Items: b.kwList(kw)})
				}
			}
			head = unwrapWhen(head)
			body, arrow = c.GetBody(), c.GetArrow()
		}
		if plain != nil {
			// elixir_parser:check_stab: a block that mixes clauses
			// with plain expressions before them
			b.fail(arrow, "unexpected operator ->. If you want to define multiple clauses, "+
				"the first expression must use ->. Syntax error before: '->'")
		}
		cl := &clause{call: call(tokPos(arrow), "->")}
		cl.call.Args = []ast.Node{&ast.List{Pos: tokPos(arrow), Items: head}}
		if body != nil {
			cl.body = append(cl.body, b.expr(body))
		}
		cs = append(cs, cl)
	}
	if len(cs) == 0 {
		if plain == nil {
			plain = []ast.Node{}
		}
		return nil, plain
	}
	for _, c := range cs {
		var body ast.Node
		if len(c.body) == 0 {
			body = lit(c.call.Pos, term.NilAtom)
		} else {
			body = block(c.call.Pos, c.body)
		}
		c.call.Args = append(c.call.Args, body)
		clauses = append(clauses, c.call)
	}
	return clauses, nil
}

// unwrapWhen turns [a, b when g] into [{:when, [], [a, b, g]}].
func unwrapWhen(head []ast.Node) []ast.Node {
	if len(head) == 0 {
		return head
	}
	last, ok := head[len(head)-1].(*ast.Call)
	if !ok {
		return head
	}
	if name, _ := last.CallName(); name != "when" || len(last.Args) != 2 {
		return head
	}
	args := append(append([]ast.Node{}, head[:len(head)-1]...), last.Args...)
	return []ast.Node{call(last.Pos, "when", args...)}
}
