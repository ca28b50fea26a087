package parser

import "github.com/exlite/exlite/parser/gen"

// ANTLR's SLL prediction looks ahead from a decision with the global
// FOLLOW of the rule it is in: for the loops that end a call without
// parentheses (`foo a, b, c: 1`) and a keyword list, that is nearly the
// whole grammar, and building the DFA of these decisions was most of the
// time of the first parse in a process (4 ms of `exlite parse` on 20
// lines). The grammar is greedy there (Elixir's `foo a, bar b, c` is
// foo(a, bar(b, c))), so the answer is known from two or three tokens;
// the other loops (of arguments in brackets, of expressions separated by
// EOE, of a clause's heads) and postfix's alternatives are LL(2) or LL(3)
// outright, but each new pair of tokens still cost ANTLR a DFA state
// built from a closure over the grammar:
//
//   - the loop or optional part starts with a comma, so without one the
//     parser leaves it (if the token cannot follow either, the rule that
//     called reports it, at the same token);
//   - with a comma and the start of what the loop takes next (an
//     expression; a keyword), it goes on: every way of leaving the rule
//     and reading the same tokens is also open to the way that stays (it
//     can leave the rule after them), so SLL either finds the way that
//     stays the only one or resolves the conflict to it, the lower
//     alternative;
//   - anything else (a trailing comma, a syntax error) is left to ANTLR.
//
// TestFastPredictAgrees holds this to ANTLR's answers on every program
// of the repository and on thousands of broken variants of them.

// The decisions predicted here (numbers of the generated parser;
// TestFastPredictDecisions checks that they are still these).
const (
	decExprList   = 3  // exprList: expr (EOE expr)*
	decPostfix    = 15 // postfix: its eight alternatives
	decCallArgs   = 39 // callArgs: expr (COMMA EOE? expr)* ...
	decCallArgsKw = 41 // callArgs: ... (COMMA EOE? kwList)? ...
	decNpArgsLoop = 47 // npArgs: expr (COMMA expr)* ...
	decNpArgsKw   = 48 // npArgs: ... (COMMA kwList)?
	decKwListLoop = 51 // kwList: kwPair (COMMA EOE? kwPair)*
	decStabBody   = 73 // stabBody: stabItem (EOE stabItem)* EOE?
	decStabItem   = 76 // stabItem: head+=expr (COMMA head+=expr)* ...
)

// firstExpr holds the token types that can start an expr (the generated
// npArgs' first alternative; TestFastPredictDecisions checks it against
// the ATN).
var firstExpr = tokenSet(gen.ElixirParserNP_IDENT, gen.ElixirParserNP_DO_IDENT, gen.ElixirParserCALL_IDENT,
	gen.ElixirParserHEREDOC_START, gen.ElixirParserCHAR_HEREDOC_START, gen.ElixirParserSTR_START,
	gen.ElixirParserCHARLIST_START, gen.ElixirParserQATOM_START, gen.ElixirParserQATOM_SQ_START,
	gen.ElixirParserSIGIL_HEREDOC_START, gen.ElixirParserSIGIL_CHAR_HEREDOC_START, gen.ElixirParserSIGIL_PAREN_START,
	gen.ElixirParserSIGIL_BRACK_START, gen.ElixirParserSIGIL_CURLY_START, gen.ElixirParserSIGIL_ANGLE_START,
	gen.ElixirParserSIGIL_SLASH_START, gen.ElixirParserSIGIL_PIPE_START, gen.ElixirParserSIGIL_DQ_START,
	gen.ElixirParserSIGIL_SQ_START, gen.ElixirParserRAW_SIGIL, gen.ElixirParserFN, gen.ElixirParserTRUE,
	gen.ElixirParserFALSE, gen.ElixirParserNIL, gen.ElixirParserNOT, gen.ElixirParserFLOAT, gen.ElixirParserHEX,
	gen.ElixirParserOCTAL, gen.ElixirParserBINARY, gen.ElixirParserINT, gen.ElixirParserCHAR,
	gen.ElixirParserCAPTURE_INT, gen.ElixirParserATOM, gen.ElixirParserALIAS, gen.ElixirParserIDENT,
	gen.ElixirParserTILDE3, gen.ElixirParserRANGE_OP, gen.ElixirParserPLUS, gen.ElixirParserMINUS,
	gen.ElixirParserBANG, gen.ElixirParserCARET, gen.ElixirParserAMP, gen.ElixirParserAT, gen.ElixirParserPERCENT,
	gen.ElixirParserLTLT, gen.ElixirParserLPAREN, gen.ElixirParserLBRACKET, gen.ElixirParserLBRACE)

// tokenBits is a set of token types.
type tokenBits [4]uint64

func tokenSet(types ...int) (s tokenBits) {
	for _, t := range types {
		s[t/64] |= 1 << (t % 64)
	}
	return s
}

func (s *tokenBits) has(t int) bool {
	return t >= 0 && t < 256 && s[t/64]&(1<<(t%64)) != 0
}

func init() { gen.FastPredict = fastPredict }

// fastPredict answers the decisions above as ANTLR would, or returns 0.
// In every loop and optional part alternative 1 goes in, 2 leaves.
func fastPredict(p *gen.ElixirParser, decision int) int {
	in := p.GetTokenStream()
	switch decision {
	case decNpArgsLoop, decNpArgsKw, decKwListLoop, decCallArgs, decCallArgsKw, decStabItem:
		// loops and optional parts that start with a comma
	case decExprList, decStabBody:
		// loops whose items are separated by EOE
		if in.LA(1) != gen.ElixirParserEOE {
			return 2
		}
		next := in.LA(2)
		if firstExpr.has(next) || decision == decStabBody && next == gen.ElixirParserSTAB_OP {
			return 1
		}
		return 0
	case decPostfix:
		return postfixAlt(in.LA(1), in.LA(2))
	default:
		return 0
	}
	if in.LA(1) != gen.ElixirParserCOMMA {
		return 2
	}
	next := in.LA(2)
	switch decision {
	case decNpArgsLoop, decStabItem:
		if firstExpr.has(next) {
			return 1
		}
		if isKwStart(next) {
			return 2 // the keywords are the optional part's
		}
	case decNpArgsKw:
		if isKwStart(next) {
			return 1
		}
	case decCallArgs, decCallArgsKw, decKwListLoop:
		if next == gen.ElixirParserEOE {
			next = in.LA(3)
		}
		switch {
		case decision == decCallArgs && firstExpr.has(next):
			return 1
		case decision == decCallArgs && isKwStart(next):
			return 2
		case decision != decCallArgs && isKwStart(next):
			return 1
		}
	}
	return 0
}

// postfixAlt is the alternative of postfix that tokens of types t1, t2
// start, or 0 for ANTLR to decide.
func postfixAlt(t1, t2 int) int {
	switch t1 {
	case gen.ElixirParserACCESS_LBRACKET:
		return 7
	case gen.ElixirParserDO:
		return 8
	case gen.ElixirParserDOT:
		switch t2 {
		case gen.ElixirParserCALL_LPAREN:
			return 1
		case gen.ElixirParserIDENT, gen.ElixirParserCALL_IDENT, gen.ElixirParserOP_IDENT:
			return 2
		case gen.ElixirParserNP_DO_IDENT:
			return 4
		case gen.ElixirParserALIAS:
			return 5
		case gen.ElixirParserLBRACE:
			return 6
		}
	}
	return 0
}

// isKwStart reports whether a token of type t starts a keyword pair.
func isKwStart(t int) bool {
	return t == gen.ElixirParserKW || t == gen.ElixirParserKW_STR_START
}
