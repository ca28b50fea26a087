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
// applied) and its primary with the postfix parts applied (or its call
// without parentheses). A primary with no postfix part stays unbuilt
// until needed, so that a clause head in parentheses, (a, b) ->, can be
// told from an expression.
type operand struct {
	pre  []antlr.Token
	prim antlr.ParserRuleContext // a primary or a call without parentheses
	node ast.Node
}

// built returns the operand's primary and postfix parts as a node.
func (o *operand) built(b *builder) ast.Node {
	if o.node == nil {
		if np, ok := o.prim.(*gen.NoParensCallContext); ok {
			o.node = b.noParensCall(np)
		} else {
			o.node = b.primary(o.prim.(gen.IPrimaryContext))
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
	whenKw   bool // the last operator is `when KEYWORDS`
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
	var cur *operand
	var start antlr.Token // the first token of the current operand's subject
	for _, ch := range children {
		switch c := ch.(type) {
		case *gen.PrefixOpContext:
			if cur == nil {
				s.operands = append(s.operands, operand{})
				cur = &s.operands[len(s.operands)-1]
			}
			cur.pre = append(cur.pre, c.GetStart())
		case gen.IPrimaryContext, *gen.NoParensCallContext:
			if cur == nil {
				s.operands = append(s.operands, operand{})
				cur = &s.operands[len(s.operands)-1]
			}
			cur.prim = c.(antlr.ParserRuleContext)
			start = cur.prim.GetStart()
			// @ binds tighter than the postfix parts: @a.b is (@a).b.
			for n := len(cur.pre); n > 0 && cur.pre[n-1].GetTokenType() == gen.ElixirParserAT; n-- {
				at := cur.pre[n-1]
				cur.node = call(tokPos(at), "@", cur.built(b))
				cur.pre = cur.pre[:n-1]
				start = at
			}
		case gen.IPostfixContext:
			cur.node = b.postfix(c, cur.built(b), start)
		case *gen.RemoteNoParensContext:
			cur.node = b.remoteNoParens(c, cur.built(b))
		case *gen.BinaryOpContext:
			if !lazyFirst || len(s.operands) > 1 {
				cur.built(b)
			}
			s.ops = append(s.ops, c.GetStart())
			cur = nil
		case *gen.KwListContext:
			s.operands = append(s.operands, operand{node: &ast.List{Pos: ctxPos(c), Items: b.kwList(c)}})
			s.whenKw = true
		case antlr.TerminalNode: // the WHEN before keywords
			if !lazyFirst || len(s.operands) > 1 {
				cur.built(b)
			}
			s.ops = append(s.ops, c.GetSymbol())
			cur = nil
		}
	}
	if cur != nil && (!lazyFirst || len(s.operands) > 1) {
		cur.built(b)
	}
	return s
}

// group builds the expression from operand k on, taking the binary
// operators of precedence min and above.
func (s *seq) group(min int) ast.Node {
	left := s.unary()
	for s.k-1 < len(s.ops) {
		op := s.ops[s.k-1]
		p, right := binaryPrec(op.GetTokenType())
		if s.whenKw && s.k-1 == len(s.ops)-1 {
			p, right = precWhenKw, false
		}
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
		// the most common case: a lone primary
		if p, ok := children[0].(gen.IPrimaryContext); ok {
			return b.primary(p)
		}
	}
	return b.sequence(ctx, false).group(0)
}

// parenWhenHead recognises a clause head `(a, b) when guard`: a bare
// parenthesised operand, then `when` as the operator that binds last. It
// returns the paren and the guard.
func (b *builder) parenWhenHead(ctx *gen.ExprContext) (*gen.ParenContext, ast.Node) {
	children := ctx.GetChildren()
	if len(children) < 3 {
		return nil, nil
	}
	paren, ok := children[0].(*gen.ParenContext)
	if !ok {
		return nil, nil
	}
	if op, ok := children[1].(*gen.BinaryOpContext); !ok || op.GetStart().GetTokenType() != gen.ElixirParserWHEN {
		return nil, nil
	}
	s := b.sequence(ctx, true)
	if s.whenKw {
		return nil, nil
	}
	for _, op := range s.ops[1:] {
		if p, _ := binaryPrec(op.GetTokenType()); p < precWhen {
			return nil, nil
		}
	}
	s.k = 1
	return paren, s.group(precWhen)
}
