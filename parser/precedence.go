package parser

import (
	"github.com/antlr4-go/antlr/v4"

	"github.com/exlite/exlite/parser/ast"
	"github.com/exlite/exlite/parser/gen"
)

// The grammar gives an expression as a flat sequence: operands (prefix
// operators, a primary, postfix parts) joined by binary operators. This
// file groups the sequence by precedence climbing, with Elixir's table
// (elixir_parser.yrl), highest first:
//
//	@                         prefix, binds before postfix parts
//	. [] do-blocks            postfix
//	+ - ! ^ not ~~~           prefix (unary)
//	**                        left
//	* /                       left
//	+ -                       left
//	++ -- +++ --- <> ..       right
//	//                        right
//	^^^                       left
//	in, not in                left
//	|> <<< >>> <~ ~> ...      left
//	< > <= >=                 left
//	== != =~ === !==          left
//	&& &&& and                left
//	|| ||| or                 left
//	=                         right
//	&                         prefix (capture)
//	=>                        right
//	|                         right
//	::                        right
//	when                      right
//	when KEYWORDS             left
//	<- \\                     left
const (
	precLArrow = iota + 1
	precWhenKw
	precWhen
	precType
	precBar
	precAssoc
	precCapture
	precMatch
	precOr
	precAnd
	precComp
	precRel
	precArrow
	precIn
	precXor
	precTernary
	precConcat
	precPlus
	precMult
	precPower
	precUnary
	precAt
)

// binaryPrec returns a binary operator's precedence and whether it is
// right-associative.
func binaryPrec(tt int) (int, bool) {
	switch tt {
	case gen.ElixirParserPOWER_OP:
		return precPower, false
	case gen.ElixirParserMULT, gen.ElixirParserDIV:
		return precMult, false
	case gen.ElixirParserPLUS, gen.ElixirParserMINUS:
		return precPlus, false
	case gen.ElixirParserCONCAT_OP, gen.ElixirParserRANGE_OP:
		return precConcat, true
	case gen.ElixirParserTERNARY_OP:
		return precTernary, true
	case gen.ElixirParserXOR_OP:
		return precXor, false
	case gen.ElixirParserIN, gen.ElixirParserNOT_IN:
		return precIn, false
	case gen.ElixirParserPIPE_OP, gen.ElixirParserARROW_OP:
		return precArrow, false
	case gen.ElixirParserREL_OP:
		return precRel, false
	case gen.ElixirParserCOMP_OP:
		return precComp, false
	case gen.ElixirParserAND_OP, gen.ElixirParserAND:
		return precAnd, false
	case gen.ElixirParserOR_OP, gen.ElixirParserOR:
		return precOr, false
	case gen.ElixirParserMATCH_OP:
		return precMatch, true
	case gen.ElixirParserASSOC_OP:
		return precAssoc, true
	case gen.ElixirParserBAR:
		return precBar, true
	case gen.ElixirParserTYPE_OP:
		return precType, true
	case gen.ElixirParserWHEN:
		return precWhen, true
	case gen.ElixirParserWHEN_KW:
		return precWhenKw, false
	}
	return precLArrow, false // <- and \\
}

// prefixPrec returns a prefix operator's precedence.
func prefixPrec(tt int) int {
	switch tt {
	case gen.ElixirParserAMP:
		return precCapture
	case gen.ElixirParserAT:
		return precAt
	}
	return precUnary
}

// operand is one operand of an expression: its prefix operators (not yet
// applied) and its primary with the postfix parts applied. A primary
// with no postfix part stays unbuilt until needed, so that a clause head
// in parentheses, (a, b) ->, can be told from an expression.
type operand struct {
	pre  []antlr.Token
	prim antlr.Tree // a leaf token, a primary or a call without parentheses
	node ast.Node
}

// built returns the operand's primary and postfix parts as a node.
func (o *operand) built(b *builder) ast.Node {
	if o.node == nil {
		switch p := o.prim.(type) {
		case antlr.TerminalNode:
			o.node = b.leaf(p.GetSymbol())
		case *gen.NoParensCallContext:
			o.node = b.noParensCall(p)
		default:
			o.node = b.primary(p.(gen.IPrimaryContext))
		}
	}
	return o.node
}

// seq is an expression being grouped: ops[i] stands between operands[i]
// and operands[i+1]. A final `when KEYWORDS` is an operator whose right
// operand is the keyword list. k and j are the grouping's position: the
// next operand and the next of its prefix operators.
type seq struct {
	b        *builder
	operands []operand
	ops      []antlr.Token
	k, j     int
	depth    int
}

// sequence collects an expression's operands and operators, building
// them from left to right (so that the first error found is the first in
// the source); lazyFirst leaves the first operand's primary unbuilt.
func (b *builder) sequence(ctx *gen.ExprContext, lazyFirst bool) *seq {
	s := &seq{b: b}
	children := ctx.GetChildren()
	s.operands = make([]operand, 0, len(children)/2+1)
	var cur *operand      // the operand being collected, nil after an operator
	var start antlr.Token // the first token of its primary (and of the @ before it)
	finish := func() {
		if !lazyFirst || len(s.operands) > 1 {
			cur.built(b)
		}
		cur = nil
	}
	setPrimary := func(prim antlr.Tree, first antlr.Token) {
		if cur == nil {
			s.operands = append(s.operands, operand{})
			cur = &s.operands[len(s.operands)-1]
		}
		cur.prim, start = prim, first
		// @ binds tighter than the postfix parts: @a.b is (@a).b.
		for n := len(cur.pre); n > 0 && cur.pre[n-1].GetTokenType() == gen.ElixirParserAT; n-- {
			at := cur.pre[n-1]
			if len(cur.pre)-n >= maxRuleDepth {
				b.fail(at, "expression nested too deeply")
			}
			cur.node = call(tokPos(at), "@", cur.built(b))
			cur.pre = cur.pre[:n-1]
			start = at
		}
	}
	for len(children) > 0 {
		ch := children[0]
		children = children[1:]
		switch c := ch.(type) {
		case *gen.ExprContext: // the rest of the expression, after an operator
			children = c.GetChildren()
		case antlr.TerminalNode:
			t := c.GetSymbol()
			switch {
			case cur != nil && cur.prim != nil: // after an operand: a binary operator
				finish()
				s.ops = append(s.ops, t)
			case isLeaf(t.GetTokenType()):
				setPrimary(c, t)
			default: // a prefix operator
				if cur == nil {
					s.operands = append(s.operands, operand{})
					cur = &s.operands[len(s.operands)-1]
				}
				cur.pre = append(cur.pre, t)
			}
		case gen.IPrimaryContext:
			setPrimary(c, c.GetStart())
		case *gen.NoParensCallContext:
			setPrimary(c, c.GetStart())
		case gen.IPostfixContext:
			cur.node = b.postfix(c, cur.built(b), start)
		case *gen.RemoteNoParensContext:
			cur.node = b.remoteNoParens(c, cur.built(b))
		case *gen.KwListContext: // after `when`
			s.operands = append(s.operands, operand{node: &ast.List{Pos: ctxPos(c), Items: b.kwList(c)}})
		}
	}
	if cur != nil {
		finish()
	}
	return s
}

// isLeaf reports whether a token of type tt is an operand on its own.
func isLeaf(tt int) bool {
	switch tt {
	case gen.ElixirParserIDENT, gen.ElixirParserALIAS, gen.ElixirParserATOM, gen.ElixirParserINT,
		gen.ElixirParserTRUE, gen.ElixirParserFALSE, gen.ElixirParserNIL:
		return true
	}
	return false
}

// group builds the expression from operand k on, taking the binary
// operators of precedence min and above.
func (s *seq) group(min int) ast.Node {
	left := s.unary()
	for s.k-1 < len(s.ops) {
		op := s.ops[s.k-1]
		p, right := binaryPrec(op.GetTokenType())
		if p < min {
			break
		}
		if !right {
			p++
		}
		s.enter(op)
		r := s.group(p)
		s.depth--
		left = s.b.binary(op, left, r)
	}
	return left
}

// unary builds the next operand with its remaining prefix operators: each
// takes the operators of higher precedence that follow (& takes a = b).
func (s *seq) unary() ast.Node {
	o := &s.operands[s.k]
	if s.j < len(o.pre) {
		op := o.pre[s.j]
		s.j++
		s.enter(op)
		arg := s.group(prefixPrec(op.GetTokenType()))
		s.depth--
		return call(tokPos(op), op.GetText(), arg)
	}
	s.k, s.j = s.k+1, 0
	return o.built(s.b)
}

// enter counts one more level of nesting, and fails past maxRuleDepth.
func (s *seq) enter(op antlr.Token) {
	s.depth++
	if s.depth > maxRuleDepth {
		s.b.fail(op, "expression nested too deeply")
	}
}

// binary builds `left op right`.
func (b *builder) binary(op antlr.Token, l, r ast.Node) ast.Node {
	p := tokPos(op)
	switch op.GetTokenType() {
	case gen.ElixirParserNOT_IN:
		return call(p, "not", call(p, "in", l, r))
	case gen.ElixirParserIN:
		// not a in b and !a in b: the parser moves the unary operator
		// out, and warns (elixir_parser.yrl build_op)
		if u, ok := l.(*ast.Call); ok && len(u.Args) == 1 {
			if name, _ := u.CallName(); name == "not" || name == "!" {
				b.warnings = append(b.warnings, ast.ParserWarning{Pos: p,
					Message: "\"not expr1 in expr2\" is deprecated, use \"expr1 not in expr2\" instead"})
				return call(p, name, call(p, "in", u.Args[0], r))
			}
		}
	case gen.ElixirParserASSOC_OP:
		b.assocs = append(b.assocs, p)
	case gen.ElixirParserTERNARY_OP:
		// a..b//c is one call, ..//
		if c, ok := l.(*ast.Call); ok {
			if name, _ := c.CallName(); name == ".." && len(c.Args) == 2 {
				return call(c.Pos, "..//", c.Args[0], c.Args[1], r)
			}
		}
	}
	return call(p, op.GetText(), l, r)
}

// VisitExpr groups an expression's operands by precedence.
func (b *builder) VisitExpr(ctx *gen.ExprContext) interface{} {
	children := ctx.GetChildren()
	if len(children) == 1 {
		// the most common case: a lone operand
		switch c := children[0].(type) {
		case antlr.TerminalNode:
			return b.leaf(c.GetSymbol())
		case gen.IPrimaryContext:
			return b.primary(c)
		}
	}
	return b.sequence(ctx, false).group(0)
}

// parenWhenHead recognises a clause head `(a, b) when guard`: a bare
// parenthesised operand, then `when` as the operator that binds last. It
// returns the paren, the `when` and the guard.
func (b *builder) parenWhenHead(ctx *gen.ExprContext) (*gen.ParenContext, antlr.Token, ast.Node) {
	children := ctx.GetChildren()
	if len(children) < 3 {
		return nil, nil, nil
	}
	paren, ok := children[0].(*gen.ParenContext)
	if !ok {
		return nil, nil, nil
	}
	when, ok := children[1].(antlr.TerminalNode)
	if !ok || when.GetSymbol().GetTokenType() != gen.ElixirParserWHEN {
		return nil, nil, nil
	}
	s := b.sequence(ctx, true)
	for _, op := range s.ops[1:] {
		if p, _ := binaryPrec(op.GetTokenType()); p < precWhen {
			return nil, nil, nil
		}
	}
	s.k = 1
	return paren, when.GetSymbol(), s.group(precWhen)
}
