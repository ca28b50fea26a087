package parser

import (
	"fmt"
	"strings"
	"time"

	"github.com/antlr4-go/antlr/v4"

	"github.com/exlite/exlite/parser/gen"
)

// token is exlite's own antlr.Token: the token filter retypes tokens, which
// antlr's CommonToken does not allow.
type token struct {
	typ   int
	text  string
	line  int // from 1
	col   int // from 0, in code points, as antlr counts
	start int // offset of the first code point
	stop  int // offset of the last code point
	index int
}

var emptySource = &antlr.TokenSourceCharStreamPair{}

func (t *token) GetSource() *antlr.TokenSourceCharStreamPair { return emptySource }
func (t *token) GetTokenType() int                           { return t.typ }
func (t *token) GetChannel() int                             { return antlr.TokenDefaultChannel }
func (t *token) GetStart() int                               { return t.start }
func (t *token) GetStop() int                                { return t.stop }
func (t *token) GetLine() int                                { return t.line }
func (t *token) GetColumn() int                              { return t.col }
func (t *token) GetText() string                             { return t.text }
func (t *token) SetText(s string)                            { t.text = s }
func (t *token) GetTokenIndex() int                          { return t.index }
func (t *token) SetTokenIndex(v int)                         { t.index = v }
func (t *token) GetTokenSource() antlr.TokenSource           { return nil }
func (t *token) GetInputStream() antlr.CharStream            { return nil }
func (t *token) String() string                              { return t.text }

// pos returns the token's position with a column counted from 1.
func (t *token) pos() (int, int) { return t.line, t.col + 1 }

// tokenStream is an antlr.TokenStream over the filtered tokens: they are
// all known before parsing starts, so it is a plain slice.
type tokenStream struct {
	toks     []*token // the last one is EOF
	i        int
	deadline time.Time // when not zero, the parse stops past it
	reads    int
}

// errOutOfTime ends a parse that ran past its deadline.
var errOutOfTime = &SyntaxError{Description: "out of time"}

func (s *tokenStream) Consume() {
	if s.i < len(s.toks)-1 {
		s.i++
	}
}

func (s *tokenStream) LA(k int) int { return s.LT(k).GetTokenType() }

func (s *tokenStream) LT(k int) antlr.Token {
	if !s.deadline.IsZero() {
		// Prediction reads tokens without end on some broken inputs.
		if s.reads++; s.reads&1023 == 0 && time.Now().After(s.deadline) {
			panic(stopParse{errOutOfTime})
		}
	}
	switch {
	case k == 0:
		return nil
	case k < 0:
		if s.i+k < 0 {
			return nil
		}
		return s.toks[s.i+k]
	}
	j := s.i + k - 1
	if j >= len(s.toks) {
		j = len(s.toks) - 1
	}
	return s.toks[j]
}

func (s *tokenStream) Mark() int                                       { return -1 }
func (s *tokenStream) Release(int)                                     {}
func (s *tokenStream) Index() int                                      { return s.i }
func (s *tokenStream) Seek(i int)                                      { s.i = min(max(i, 0), len(s.toks)-1) }
func (s *tokenStream) Size() int                                       { return len(s.toks) }
func (s *tokenStream) GetSourceName() string                           { return "" }
func (s *tokenStream) Reset()                                          { s.i = 0 }
func (s *tokenStream) Get(i int) antlr.Token                           { return s.toks[i] }
func (s *tokenStream) GetTokenSource() antlr.TokenSource               { return nil }
func (s *tokenStream) SetTokenSource(antlr.TokenSource)                {}
func (s *tokenStream) GetAllText() string                              { return "" }
func (s *tokenStream) GetTextFromInterval(antlr.Interval) string       { return "" }
func (s *tokenStream) GetTextFromRuleContext(antlr.RuleContext) string { return "" }
func (s *tokenStream) GetTextFromTokens(a, b antlr.Token) string {
	if a == nil || b == nil {
		return ""
	}
	var sb strings.Builder
	for i := a.GetTokenIndex(); i <= b.GetTokenIndex() && i < len(s.toks); i++ {
		sb.WriteString(s.toks[i].text)
	}
	return sb.String()
}

func adjacent(a, b *token) bool { return b.start == a.stop+1 }

// isKeywordOrOp reports whether a token after '.' is really a function
// name: Kernel.+(1, 2), x.end.
func isNameAfterDot(tt int) bool {
	switch tt {
	case gen.ElixirLexerDO, gen.ElixirLexerEND, gen.ElixirLexerFN, gen.ElixirLexerTRUE,
		gen.ElixirLexerFALSE, gen.ElixirLexerNIL, gen.ElixirLexerWHEN, gen.ElixirLexerAND,
		gen.ElixirLexerOR, gen.ElixirLexerNOT, gen.ElixirLexerIN, gen.ElixirLexerELSE,
		gen.ElixirLexerAFTER, gen.ElixirLexerCATCH, gen.ElixirLexerRESCUE:
		return true
	}
	return isBinaryOp(tt) || tt == gen.ElixirLexerBANG || tt == gen.ElixirLexerCARET ||
		tt == gen.ElixirLexerAMP || tt == gen.ElixirLexerAT || tt == gen.ElixirLexerTILDE3
}

// kwFollowed gives `when` and `|` their types before keywords.
func kwFollowed(tt int) int {
	if tt == gen.ElixirLexerWHEN {
		return gen.ElixirLexerWHEN_KW
	}
	return gen.ElixirLexerBAR_KW
}

// isBinaryOp reports whether tt is an operator that takes a left operand.
func isBinaryOp(tt int) bool {
	switch tt {
	case gen.ElixirLexerPLUS, gen.ElixirLexerMINUS, gen.ElixirLexerMULT, gen.ElixirLexerDIV,
		gen.ElixirLexerPOWER_OP, gen.ElixirLexerCONCAT_OP, gen.ElixirLexerRANGE_OP,
		gen.ElixirLexerTERNARY_OP, gen.ElixirLexerXOR_OP, gen.ElixirLexerIN, gen.ElixirLexerNOT_IN,
		gen.ElixirLexerPIPE_OP, gen.ElixirLexerARROW_OP, gen.ElixirLexerREL_OP,
		gen.ElixirLexerCOMP_OP, gen.ElixirLexerAND_OP, gen.ElixirLexerAND, gen.ElixirLexerOR_OP,
		gen.ElixirLexerOR, gen.ElixirLexerMATCH_OP, gen.ElixirLexerASSOC_OP, gen.ElixirLexerBAR,
		gen.ElixirLexerTYPE_OP, gen.ElixirLexerWHEN, gen.ElixirLexerLARROW, gen.ElixirLexerDEFAULT_OP,
		gen.ElixirLexerWHEN_KW, gen.ElixirLexerBAR_KW:
		return true
	}
	return false
}

// startsExpr reports whether n (seen after a space) starts an argument of
// a call without parentheses; nn is the token after n.
func startsExpr(n, nn *token) bool {
	switch n.typ {
	case gen.ElixirLexerIDENT, gen.ElixirLexerCALL_IDENT, gen.ElixirLexerALIAS, gen.ElixirLexerINT, gen.ElixirLexerHEX,
		gen.ElixirLexerOCTAL, gen.ElixirLexerBINARY, gen.ElixirLexerFLOAT, gen.ElixirLexerCHAR,
		gen.ElixirLexerATOM, gen.ElixirLexerCAPTURE_INT, gen.ElixirLexerKW,
		gen.ElixirLexerSTR_START, gen.ElixirLexerCHARLIST_START, gen.ElixirLexerQATOM_START,
		gen.ElixirLexerQATOM_SQ_START, gen.ElixirLexerHEREDOC_START, gen.ElixirLexerCHAR_HEREDOC_START,
		gen.ElixirLexerSIGIL_HEREDOC_START, gen.ElixirLexerSIGIL_CHAR_HEREDOC_START,
		gen.ElixirLexerSIGIL_PAREN_START, gen.ElixirLexerSIGIL_BRACK_START,
		gen.ElixirLexerSIGIL_CURLY_START, gen.ElixirLexerSIGIL_ANGLE_START,
		gen.ElixirLexerSIGIL_SLASH_START, gen.ElixirLexerSIGIL_PIPE_START,
		gen.ElixirLexerSIGIL_DQ_START, gen.ElixirLexerSIGIL_SQ_START, gen.ElixirLexerRAW_SIGIL,
		gen.ElixirLexerLBRACKET, gen.ElixirLexerLBRACE, gen.ElixirLexerLPAREN, gen.ElixirLexerLTLT,
		gen.ElixirLexerPERCENT, gen.ElixirLexerAT, gen.ElixirLexerAMP, gen.ElixirLexerCARET,
		gen.ElixirLexerBANG, gen.ElixirLexerNOT, gen.ElixirLexerTILDE3, gen.ElixirLexerFN,
		gen.ElixirLexerTRUE, gen.ElixirLexerFALSE, gen.ElixirLexerNIL:
		return true
	case gen.ElixirLexerPLUS, gen.ElixirLexerMINUS:
		// foo -1 is foo(-1); foo - 1 and foo-1 are subtractions.
		return nn != nil && nn.typ != gen.ElixirLexerNEWLINE && nn.typ != antlr.TokenEOF && adjacent(n, nn)
	}
	return false
}

// canStartExpr reports whether a token of type tt can begin an expression.
func canStartExpr(tt int) bool {
	switch tt {
	case gen.ElixirLexerPLUS, gen.ElixirLexerMINUS, gen.ElixirLexerNP_IDENT, gen.ElixirLexerNP_DO_IDENT,
		gen.ElixirLexerEOE:
		return true
	}
	return startsExpr(&token{typ: tt}, nil)
}

// continues reports whether a newline after a token of type tt is
// insignificant (the expression goes on).
func continues(tt int) bool {
	if isBinaryOp(tt) {
		return true
	}
	switch tt {
	case gen.ElixirLexerDOT, gen.ElixirLexerNP_DOT, gen.ElixirLexerCOMMA, gen.ElixirLexerLPAREN, gen.ElixirLexerCALL_LPAREN,
		gen.ElixirLexerLBRACKET, gen.ElixirLexerACCESS_LBRACKET, gen.ElixirLexerLBRACE,
		gen.ElixirLexerLTLT, gen.ElixirLexerSTR_INTERP, gen.ElixirLexerDO, gen.ElixirLexerFN,
		gen.ElixirLexerSTAB_OP, gen.ElixirLexerBANG, gen.ElixirLexerCARET, gen.ElixirLexerNOT,
		gen.ElixirLexerTILDE3, gen.ElixirLexerAT, gen.ElixirLexerAMP, gen.ElixirLexerELSE,
		gen.ElixirLexerAFTER, gen.ElixirLexerCATCH, gen.ElixirLexerRESCUE, gen.ElixirLexerKW,
		gen.ElixirLexerPERCENT:
		return true
	}
	return false
}

// joins reports whether a newline before a token of type tt is
// insignificant: a line that starts with a binary operator (other than
// + and -, which are unary there), '.', or a closing bracket continues the
// previous line.
func joins(tt int) bool {
	switch tt {
	case gen.ElixirLexerPLUS, gen.ElixirLexerMINUS:
		return false
	case gen.ElixirLexerDOT, gen.ElixirLexerNP_DOT, gen.ElixirLexerRPAREN, gen.ElixirLexerRBRACKET, gen.ElixirLexerRBRACE,
		gen.ElixirLexerGTGT, gen.ElixirLexerEND, gen.ElixirLexerELSE, gen.ElixirLexerAFTER,
		gen.ElixirLexerCATCH, gen.ElixirLexerRESCUE, antlr.TokenEOF:
		return true
	}
	return isBinaryOp(tt)
}

// nullaryRange reports whether out ends with a `..` that has no left
// operand: `x = ..` ends the line there, where `x = 1..` goes on.
func nullaryRange(out []*token) bool {
	n := len(out)
	return out[n-1].typ == gen.ElixirLexerRANGE_OP && (n == 1 || !endsOperand(out[n-2].typ))
}

// endsOperand reports whether a token of type tt can end an operand.
func endsOperand(tt int) bool {
	switch tt {
	case gen.ElixirLexerIDENT, gen.ElixirLexerOP_IDENT, gen.ElixirLexerALIAS, gen.ElixirLexerINT,
		gen.ElixirLexerHEX, gen.ElixirLexerOCTAL, gen.ElixirLexerBINARY, gen.ElixirLexerFLOAT,
		gen.ElixirLexerCHAR, gen.ElixirLexerATOM, gen.ElixirLexerCAPTURE_INT, gen.ElixirLexerRAW_SIGIL,
		gen.ElixirLexerTRUE, gen.ElixirLexerFALSE, gen.ElixirLexerNIL, gen.ElixirLexerRPAREN,
		gen.ElixirLexerRBRACKET, gen.ElixirLexerRBRACE, gen.ElixirLexerGTGT, gen.ElixirLexerEND,
		gen.ElixirLexerSTR_END, gen.ElixirLexerHD_END, gen.ElixirLexerSIGIL_END,
		gen.ElixirLexerSIGIL_HEREDOC_END:
		return true
	}
	return false
}

// maxDepth caps the nesting of brackets and blocks.
const maxDepth = 500

// level is one open bracket, block or string during filtering.
type level struct {
	open      *token
	closer    int // token type that closes it; 0 for strings
	pendingNP int // index of the first call without parentheses in the current expression, or -1
	indent    int // indentation of the line the opener is on (do and fn)
}

// mismatchHints are the tokenizer's guesses, from indentation, at which
// do or end lacks its pair (elixir_tokenizer's mismatch_hints), newest
// first.
type mismatchHints struct {
	src    string
	starts []int // offsets of the lines, computed on first use
	hints  []mismatchHint
}

type mismatchHint struct {
	kind string // "do", "fn" or "end"
	line int
}

// indent is the indentation of line n: its leading blanks.
func (h *mismatchHints) indent(n int) int {
	if h.starts == nil {
		h.starts = []int{0}
		for i := 0; i < len(h.src); i++ {
			if h.src[i] == '\n' {
				h.starts = append(h.starts, i+1)
			}
		}
	}
	if n < 1 || n > len(h.starts) {
		return 0
	}
	k := 0
	for i := h.starts[n-1]; i < len(h.src) && (h.src[i] == ' ' || h.src[i] == '\t'); i++ {
		k++
	}
	return k
}

// opened notes a do or fn opened at t inside top: one indented no more
// than the same opener it is nested in may be missing an end.
func (h *mismatchHints) opened(t *token, top *level) int {
	in := h.indent(t.line)
	if top.open != nil && blockKind(top.open.typ) == blockKind(t.typ) && in <= top.indent {
		h.hints = append([]mismatchHint{{blockKind(t.typ), top.open.line}}, h.hints...)
	}
	return in
}

// closed notes an end at t closing the do of top: one indented more than
// its do may be an end without a do.
func (h *mismatchHints) closed(t *token, top *level) {
	if blockKind(top.open.typ) == "do" && h.indent(t.line) > top.indent {
		h.hints = append([]mismatchHint{{"end", t.line}}, h.hints...)
	}
}

// find returns the newest hint of kind.
func (h *mismatchHints) find(kind string) (mismatchHint, bool) {
	for _, m := range h.hints {
		if m.kind == kind {
			return m, true
		}
	}
	return mismatchHint{}, false
}

func blockKind(tt int) string {
	switch tt {
	case gen.ElixirLexerDO, gen.ElixirLexerDO_NP:
		return "do"
	case gen.ElixirLexerFN:
		return "fn"
	}
	return ""
}

// filter turns the lexer's tokens into the parser's: see the package doc.
func filter(file, src string, raw []*token) ([]*token, error) {
	// 1. 'not in' and names after '.'.
	merged := raw[:0:0]
	merged = make([]*token, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		t := raw[i]
		if t.typ == gen.ElixirLexerELLIPSIS {
			// ... is an identifier: `...`, `...x`, `x...` are a variable
			// and calls
			t.typ = gen.ElixirLexerIDENT
		}
		if t.typ == gen.ElixirLexerTERNARY_OP && len(merged) > 0 && adjacent(merged[len(merged)-1], t) &&
			(merged[len(merged)-1].typ == gen.ElixirLexerDOT || merged[len(merged)-1].typ == gen.ElixirLexerAMP) &&
			i+1 < len(raw) && raw[i+1].typ == gen.ElixirLexerINT && adjacent(t, raw[i+1]) {
			// &Kernel.//2 and &//2 capture / (the name, then the /
			// before the arity), as Elixir's tokenizer reads them
			name := &token{typ: gen.ElixirLexerIDENT, text: "/", line: t.line, col: t.col, start: t.start, stop: t.start}
			if merged[len(merged)-1].typ == gen.ElixirLexerDOT {
				name.typ = gen.ElixirLexerOP_IDENT
			}
			merged = append(merged, name)
			t = &token{typ: gen.ElixirLexerDIV, text: "/", line: t.line, col: t.col + 1, start: t.start + 1, stop: t.stop}
		} else if t.typ == gen.ElixirLexerNOT && i+1 < len(raw) && raw[i+1].typ == gen.ElixirLexerIN {
			t.typ = gen.ElixirLexerNOT_IN
			t.text = "not in"
			t.stop = raw[i+1].stop
			i++
		} else if len(merged) > 0 && merged[len(merged)-1].typ == gen.ElixirLexerDOT && isNameAfterDot(t.typ) {
			t.typ = gen.ElixirLexerOP_IDENT
		} else if len(merged) > 0 && merged[len(merged)-1].typ == gen.ElixirLexerAMP && isNameAfterDot(t.typ) &&
			adjacent(merged[len(merged)-1], t) && i+1 < len(raw) && raw[i+1].typ == gen.ElixirLexerDIV && adjacent(t, raw[i+1]) {
			// &+/2 captures the operator as a function
			t.typ = gen.ElixirLexerIDENT
		}
		merged = append(merged, t)
	}
	raw = merged

	// 2. Classify identifiers and brackets by what follows them.
	for i := 0; i+1 < len(raw); i++ {
		t, n := raw[i], raw[i+1]
		if n.typ == gen.ElixirLexerDO {
			if err := invalidDo(file, src, t, n); err != nil {
				return nil, err
			}
		}
		var nn *token
		if i+2 < len(raw) {
			nn = raw[i+2]
		}
		switch t.typ {
		case gen.ElixirLexerIDENT, gen.ElixirLexerOP_IDENT:
			if err := keywordNoSpace(file, src, t, n); err != nil {
				return nil, err
			}
			switch {
			case n.typ == gen.ElixirLexerLPAREN && adjacent(t, n):
				n.typ = gen.ElixirLexerCALL_LPAREN
				if t.typ == gen.ElixirLexerIDENT {
					t.typ = gen.ElixirLexerCALL_IDENT
				}
			case n.typ == gen.ElixirLexerLBRACKET && adjacent(t, n):
				n.typ = gen.ElixirLexerACCESS_LBRACKET
			case t.typ == gen.ElixirLexerIDENT && !adjacent(t, n) && startsExpr(n, nn):
				t.typ = gen.ElixirLexerNP_IDENT
			case t.typ == gen.ElixirLexerIDENT && (n.typ == gen.ElixirLexerIDENT || n.typ == gen.ElixirLexerALIAS) &&
				(t.text == "..." || n.text == "..."):
				// ...x and x... need no space: two names in a row
				t.typ = gen.ElixirLexerNP_IDENT
			}
			if t.typ == gen.ElixirLexerNP_IDENT {
				// a.foo b: the parser knows the call from its '.'
				j := i - 1
				for j >= 0 && raw[j].typ == gen.ElixirLexerNEWLINE {
					j--
				}
				if j >= 0 && raw[j].typ == gen.ElixirLexerDOT {
					raw[j].typ = gen.ElixirLexerNP_DOT
				}
			}
		case gen.ElixirLexerWHEN, gen.ElixirLexerBAR:
			// x when a: 1 and %{m | a: 1}: keywords follow
			j := i + 1
			for j < len(raw) && raw[j].typ == gen.ElixirLexerNEWLINE {
				j++
			}
			if j < len(raw) && raw[j].typ == gen.ElixirLexerKW {
				t.typ = kwFollowed(t.typ)
			}
		case gen.ElixirLexerDOT, gen.ElixirLexerSTR_END:
			// x.(y), and :erlang."=<"(a, b)
			if n.typ == gen.ElixirLexerLPAREN && adjacent(t, n) {
				n.typ = gen.ElixirLexerCALL_LPAREN
			}
		case gen.ElixirLexerINT, gen.ElixirLexerFLOAT, gen.ElixirLexerHEX, gen.ElixirLexerOCTAL, gen.ElixirLexerBINARY:
			if err := strayUnderscore(file, src, t); err != nil {
				return nil, err
			}
			if (n.typ == gen.ElixirLexerIDENT || n.typ == gen.ElixirLexerALIAS || n.typ == gen.ElixirLexerKW ||
				isNameAfterDot(n.typ) && n.text[0] >= 'a' && n.text[0] <= 'z') && adjacent(t, n) {
				return nil, numberFollowedBy(file, src, t, n)
			}
		case gen.ElixirLexerHEREDOC_START, gen.ElixirLexerCHAR_HEREDOC_START,
			gen.ElixirLexerSIGIL_HEREDOC_START, gen.ElixirLexerSIGIL_CHAR_HEREDOC_START:
			if n.typ == gen.ElixirLexerSTR_TEXT && n.text[0] != '\n' || n.typ == gen.ElixirLexerSTR_INTERP {
				return nil, heredocHeader(file, src, t)
			}
		case gen.ElixirLexerUNKNOWN:
			if t.text == ":" && adjacent(t, n) {
				// :1st: a ':' that starts no atom
				return nil, unknownChar(file, src, t)
			}
			if t.text == "~" && n.typ == gen.ElixirLexerALIAS && adjacent(t, n) {
				return nil, rawSigilMissing(file, src, t, n)
			}
		case gen.ElixirLexerRPAREN, gen.ElixirLexerRBRACKET, gen.ElixirLexerRBRACE, gen.ElixirLexerALIAS, gen.ElixirLexerCAPTURE_INT,
			gen.ElixirLexerNIL, gen.ElixirLexerTRUE, gen.ElixirLexerFALSE:
			if n.typ == gen.ElixirLexerLBRACKET && adjacent(t, n) {
				n.typ = gen.ElixirLexerACCESS_LBRACKET
			}
			if t.typ == gen.ElixirLexerRPAREN && n.typ == gen.ElixirLexerLPAREN && adjacent(t, n) {
				n.typ = gen.ElixirLexerCALL_LPAREN
			}
		}
	}

	// 3. Fold newlines and semicolons into EOE where they end an expression.
	out := make([]*token, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		t := raw[i]
		if t.typ != gen.ElixirLexerNEWLINE && t.typ != gen.ElixirLexerSEMI {
			out = append(out, t)
			continue
		}
		first := t
		for i+1 < len(raw) && (raw[i+1].typ == gen.ElixirLexerNEWLINE || raw[i+1].typ == gen.ElixirLexerSEMI) {
			i++
		}
		next := raw[i+1] // the last token is EOF, never a newline
		if len(out) == 0 || continues(out[len(out)-1].typ) && !nullaryRange(out) || joins(next.typ) {
			continue
		}
		first.typ = gen.ElixirLexerEOE
		out = append(out, first)
	}

	// 4. Match brackets and blocks; give each 'do' its owner.
	stack := []level{{pendingNP: -1}}
	hints := &mismatchHints{src: src}
	rs := runeView(src)
	prevStop, prevLine, prevCol := -1, 1, 0
	for i, t := range out {
		t.index = i
		if rs != nil {
			if err := gapError(file, src, rs, prevStop+1, t.start, prevLine, prevCol); err != nil {
				return nil, err
			}
			prevStop, prevLine, prevCol = t.stop, t.line, t.col
			for _, r := range t.text {
				if r == '\n' {
					prevLine, prevCol = prevLine+1, 0
				} else {
					prevCol++
				}
			}
		}
		top := &stack[len(stack)-1]
		closer := 0
		switch t.typ {
		case gen.ElixirLexerLPAREN, gen.ElixirLexerCALL_LPAREN:
			closer = gen.ElixirLexerRPAREN
		case gen.ElixirLexerLBRACKET, gen.ElixirLexerACCESS_LBRACKET:
			closer = gen.ElixirLexerRBRACKET
		case gen.ElixirLexerLBRACE, gen.ElixirLexerSTR_INTERP:
			closer = gen.ElixirLexerRBRACE
		case gen.ElixirLexerLTLT:
			closer = gen.ElixirLexerGTGT
		case gen.ElixirLexerFN:
			closer = gen.ElixirLexerEND
		case gen.ElixirLexerDO:
			if top.pendingNP >= 0 {
				out[top.pendingNP].typ = gen.ElixirLexerNP_DO_IDENT
				if j := top.pendingNP - 1; j >= 0 && out[j].typ == gen.ElixirLexerNP_DOT {
					out[j].typ = gen.ElixirLexerDOT // a.foo b do ... end is a postfix part
				}
				t.typ = gen.ElixirLexerDO_NP
			}
			top.pendingNP = -1
			closer = gen.ElixirLexerEND
		case gen.ElixirLexerSTR_START, gen.ElixirLexerCHARLIST_START, gen.ElixirLexerQATOM_START,
			gen.ElixirLexerQATOM_SQ_START, gen.ElixirLexerHEREDOC_START, gen.ElixirLexerCHAR_HEREDOC_START,
			gen.ElixirLexerSIGIL_HEREDOC_START, gen.ElixirLexerSIGIL_CHAR_HEREDOC_START,
			gen.ElixirLexerSIGIL_PAREN_START, gen.ElixirLexerSIGIL_BRACK_START,
			gen.ElixirLexerSIGIL_CURLY_START, gen.ElixirLexerSIGIL_ANGLE_START,
			gen.ElixirLexerSIGIL_SLASH_START, gen.ElixirLexerSIGIL_PIPE_START,
			gen.ElixirLexerSIGIL_DQ_START, gen.ElixirLexerSIGIL_SQ_START:
			closer = -1 // any string end
		case gen.ElixirLexerNP_IDENT:
			if top.pendingNP < 0 {
				top.pendingNP = i
			}
		case gen.ElixirLexerEOE, gen.ElixirLexerSTAB_OP, gen.ElixirLexerELSE, gen.ElixirLexerAFTER,
			gen.ElixirLexerCATCH, gen.ElixirLexerRESCUE:
			top.pendingNP = -1
		case gen.ElixirLexerSTR_END, gen.ElixirLexerSTR_KW_END, gen.ElixirLexerHD_END,
			gen.ElixirLexerSIGIL_END, gen.ElixirLexerSIGIL_HEREDOC_END:
			if len(stack) > 1 && top.closer == -1 {
				if t.typ == gen.ElixirLexerSTR_KW_END && (top.open.typ == gen.ElixirLexerSTR_START ||
					top.open.typ == gen.ElixirLexerCHARLIST_START) {
					// "my key": 1 — the parser knows it from the first token
					top.open.typ = gen.ElixirLexerKW_STR_START
					if j := top.open.index - 1; j >= 0 && (out[j].typ == gen.ElixirLexerWHEN || out[j].typ == gen.ElixirLexerBAR) {
						out[j].typ = kwFollowed(out[j].typ)
					}
				}
				stack = stack[:len(stack)-1]
			}
		case gen.ElixirLexerRPAREN, gen.ElixirLexerRBRACKET, gen.ElixirLexerRBRACE,
			gen.ElixirLexerGTGT, gen.ElixirLexerEND:
			if len(stack) == 1 {
				err := unexpectedToken(file, src, t)
				if h, ok := hints.find("end"); ok && t.typ == gen.ElixirLexerEND {
					err.Description += fmt.Sprintf("\nhint: the \"end\" on line %d may not have a matching \"do\" "+
						"defined before it (based on indentation)", h.line)
				}
				return nil, err
			}
			if top.closer != t.typ {
				return nil, mismatched(file, src, top.open, t)
			}
			if t.typ == gen.ElixirLexerEND {
				hints.closed(t, top)
			}
			stack = stack[:len(stack)-1]
		case gen.ElixirLexerUNKNOWN:
			return nil, unknownChar(file, src, t)
		case gen.ElixirLexerSTR_TEXT:
			if rs != nil {
				if err := bidiInText(file, src, t); err != nil {
					return nil, err
				}
			}
			if top.closer == -1 {
				if err := checkCodePoints(file, src, top.open, t); err != nil {
					return nil, err
				}
			}
		case antlr.TokenEOF:
			if len(stack) > 1 {
				if sig := emptyRawSigilBefore(raw, top.open); sig != nil {
					// ~S""" that never closes: elixir_tokenizer takes
					// three quotes for a heredoc always, never ~S"" and
					// a string
					return nil, rawHeredocMissing(file, src, sig)
				}
				err := missingTerminator(file, src, top.open, top.closer)
				if kind := blockKind(top.open.typ); kind != "" {
					if h, ok := hints.find(kind); ok {
						err.Description += fmt.Sprintf("\nhint: it looks like the \"%s\" on line %d does not have a matching \"end\"", kind, h.line)
					}
				}
				return nil, err
			}
		}
		if closer != 0 {
			if len(stack) > maxDepth {
				l, c := t.pos()
				return nil, &SyntaxError{Kind: KindSyntax, File: file, Line: l, Column: c,
					Description: "nesting too deep", Source: src}
			}
			lv := level{open: t, closer: closer, pendingNP: -1}
			if blockKind(t.typ) != "" {
				lv.indent = hints.opened(t, top)
			}
			stack = append(stack, lv)
		}
	}
	return out, nil
}

// emptyRawSigilBefore returns the uppercase sigil with an empty body
// (~S"") right before the string open starts, or nil.
func emptyRawSigilBefore(raw []*token, open *token) *token {
	if open.typ != gen.ElixirLexerSTR_START {
		return nil
	}
	for _, t := range raw {
		if t.typ == gen.ElixirLexerRAW_SIGIL && adjacent(t, open) && len(t.text) > 2 &&
			strings.TrimLeft(t.text[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == `""` {
			return t
		}
	}
	return nil
}
