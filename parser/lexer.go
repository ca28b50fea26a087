package parser

import (
	"unicode"

	"github.com/antlr4-go/antlr/v4"

	"github.com/exlite/exlite/parser/gen"
)

// The lexer here gives exactly the tokens that grammar/ElixirLexer.g4
// specifies (types, texts, positions), by hand: ANTLR's generated Go lexer
// deserialises a large ATN (its Unicode classes) when a process first
// lexes and builds its DFA character by character, which cost more than
// the whole parse of a short file. The grammar stays the specification:
// FuzzLex and TestLexerMatchesGrammar compare both lexers token by token.
// Each rule below names the grammar rule it stands for; where two rules
// match, the longer match wins, and on a tie the one listed first.

// lexMode is one of the grammar's lexer modes.
type lexMode struct {
	kind   int
	closer rune // for sigils with one-character delimiters
}

const (
	modeDefault     = iota
	modeStr         // "..." and :"..."
	modeCharlist    // '...' and :'...'
	modeHeredoc     // """
	modeCharHeredoc // '''
	modeSigil       // ~x( ... ) and the other one-character delimiters
	modeSigHeredoc  // ~x"""
	modeSigCharHeredoc
)

// hlexer is the state of one run of the hand-written lexer.
type hlexer struct {
	rs        []rune
	i         int
	line, col int
	mode      lexMode
	stack     []lexMode
}

// opTokens are the grammar's operator rules (and the punctuation), in the
// grammar's order.
var opTokens = []struct {
	text string
	typ  int
}{
	{"->", gen.ElixirLexerSTAB_OP}, {"<-", gen.ElixirLexerLARROW}, {`\\`, gen.ElixirLexerDEFAULT_OP},
	{"=>", gen.ElixirLexerASSOC_OP}, {"::", gen.ElixirLexerTYPE_OP}, {"|>", gen.ElixirLexerPIPE_OP},
	{"<<<", gen.ElixirLexerARROW_OP}, {">>>", gen.ElixirLexerARROW_OP}, {"<<~", gen.ElixirLexerARROW_OP},
	{"~>>", gen.ElixirLexerARROW_OP}, {"<~", gen.ElixirLexerARROW_OP}, {"~>", gen.ElixirLexerARROW_OP},
	{"<~>", gen.ElixirLexerARROW_OP}, {"<|>", gen.ElixirLexerARROW_OP},
	{"===", gen.ElixirLexerCOMP_OP}, {"!==", gen.ElixirLexerCOMP_OP}, {"==", gen.ElixirLexerCOMP_OP},
	{"!=", gen.ElixirLexerCOMP_OP}, {"=~", gen.ElixirLexerCOMP_OP},
	{"<=", gen.ElixirLexerREL_OP}, {">=", gen.ElixirLexerREL_OP}, {"<", gen.ElixirLexerREL_OP}, {">", gen.ElixirLexerREL_OP},
	{"&&&", gen.ElixirLexerAND_OP}, {"&&", gen.ElixirLexerAND_OP}, {"|||", gen.ElixirLexerOR_OP}, {"||", gen.ElixirLexerOR_OP},
	{"=", gen.ElixirLexerMATCH_OP}, {"|", gen.ElixirLexerBAR}, {"^^^", gen.ElixirLexerXOR_OP}, {"~~~", gen.ElixirLexerTILDE3},
	{"+++", gen.ElixirLexerCONCAT_OP}, {"---", gen.ElixirLexerCONCAT_OP}, {"++", gen.ElixirLexerCONCAT_OP},
	{"--", gen.ElixirLexerCONCAT_OP}, {"<>", gen.ElixirLexerCONCAT_OP},
	{"...", gen.ElixirLexerELLIPSIS}, {"..", gen.ElixirLexerRANGE_OP}, {"//", gen.ElixirLexerTERNARY_OP},
	{"**", gen.ElixirLexerPOWER_OP}, {"+", gen.ElixirLexerPLUS}, {"-", gen.ElixirLexerMINUS}, {"*", gen.ElixirLexerMULT},
	{"/", gen.ElixirLexerDIV}, {"!", gen.ElixirLexerBANG}, {"^", gen.ElixirLexerCARET}, {"&", gen.ElixirLexerAMP},
	{"@", gen.ElixirLexerAT}, {".", gen.ElixirLexerDOT}, {",", gen.ElixirLexerCOMMA}, {"%", gen.ElixirLexerPERCENT},
	{"<<", gen.ElixirLexerLTLT}, {">>", gen.ElixirLexerGTGT}, {"(", gen.ElixirLexerLPAREN}, {")", gen.ElixirLexerRPAREN},
	{"[", gen.ElixirLexerLBRACKET}, {"]", gen.ElixirLexerRBRACKET}, {"{", gen.ElixirLexerLBRACE}, {"}", gen.ElixirLexerRBRACE},
}

// keywords are the grammar's keyword rules, in its order.
var keywords = []struct {
	text string
	typ  int
}{
	{"do", gen.ElixirLexerDO}, {"end", gen.ElixirLexerEND}, {"fn", gen.ElixirLexerFN}, {"true", gen.ElixirLexerTRUE},
	{"false", gen.ElixirLexerFALSE}, {"nil", gen.ElixirLexerNIL}, {"when", gen.ElixirLexerWHEN},
	{"and", gen.ElixirLexerAND}, {"or", gen.ElixirLexerOR}, {"not", gen.ElixirLexerNOT}, {"in", gen.ElixirLexerIN},
	{"else", gen.ElixirLexerELSE}, {"after", gen.ElixirLexerAFTER}, {"catch", gen.ElixirLexerCATCH},
	{"rescue", gen.ElixirLexerRESCUE},
}

// kwOps are the operators a keyword key can be (KW), atomOps those an
// atom can be (ATOM).
var (
	kwOps = []string{"&&&", "|||", "&&", "||", "<<<", ">>>", "@", "+", "-", "*", "/", "<>", "++", "--", "==", "!=",
		"===", "!==", "<", ">", "<=", ">=", "!", "^", "~~~", "^^^", "|>", "=~", "**"}
	atomOps = []string{"+", "-", "*", "/", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "&&", "||", "!", "<>",
		"++", "--", "..", "...", "|", "|>", "=~", "->", "<-", `\\`, "&", "^", "@", ".", "%", "{}", "%{}", "<<>>",
		"=>", "**", "=", "::", "<<<", ">>>", "~>", "<~", "~>>", "<<~", "<~>", "<|>", "&&&", "|||", "^^^", "~~~",
		"+++", "---", "..//", "//"}
)

func isL(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isN(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return unicode.IsNumber(r)
}

// isIdentStart is [\p{Ll}\p{Lo}_].
func isIdentStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r == '_'
	}
	return unicode.IsLower(r) || unicode.Is(unicode.Lo, r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isHex(r rune) bool { return isDigit(r) || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F' }

func isAlnum(r rune) bool { return isDigit(r) || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// at returns the rune at i, or -1 past the end.
func (l *hlexer) at(i int) rune {
	if i < len(l.rs) {
		return l.rs[i]
	}
	return -1
}

// has reports whether the text at i starts with s (ASCII).
func (l *hlexer) has(i int, s string) bool {
	if i+len(s) > len(l.rs) {
		return false
	}
	for k := 0; k < len(s); k++ {
		if l.rs[i+k] != rune(s[k]) {
			return false
		}
	}
	return true
}

// run counts the runes from i on that satisfy f.
func (l *hlexer) run(i int, f func(rune) bool) int {
	j := i
	for j < len(l.rs) && f(l.rs[j]) {
		j++
	}
	return j - i
}

func isBlank(r rune) bool { return r == ' ' || r == '\t' }

// Actions on the mode stack after a token.
const (
	actNone = iota
	actSkip
	actPush
	actPop
)

// next matches one token at l.i: its type, its length in runes, what it
// does to the mode stack and the mode it pushes.
func (l *hlexer) next() (typ, n, act int, push lexMode) {
	switch l.mode.kind {
	case modeDefault:
		return l.nextDefault()
	case modeStr, modeCharlist:
		return l.nextString()
	case modeHeredoc, modeCharHeredoc, modeSigHeredoc, modeSigCharHeredoc:
		return l.nextHeredoc()
	}
	return l.nextSigil()
}

func (l *hlexer) nextDefault() (typ, n, act int, push lexMode) {
	i := l.i
	c := l.rs[i]
	best, bestN := 0, 0
	consider := func(t, m int) {
		if m > bestN {
			best, bestN = t, m
		}
	}
	// WS, CONTINUATION, COMMENT, NEWLINE, SEMI
	switch c {
	case ' ', '\t', '\f', '\u00a0':
		consider(gen.ElixirLexerWS, l.run(i, func(r rune) bool { return r == ' ' || r == '\t' || r == '\f' || r == '\u00a0' }))
	case '\\':
		j := i + 1 + l.run(i+1, isBlank)
		if l.at(j) == '\r' {
			j++
		}
		if l.at(j) == '\n' {
			consider(gen.ElixirLexerCONTINUATION, j+1-i)
		}
	case '#':
		consider(gen.ElixirLexerCOMMENT, 1+l.run(i+1, func(r rune) bool { return r != '\n' }))
	case '\n':
		consider(gen.ElixirLexerNEWLINE, 1)
	case '\r':
		if l.at(i+1) == '\n' {
			consider(gen.ElixirLexerNEWLINE, 2)
		}
	case ';':
		consider(gen.ElixirLexerSEMI, 1)
	}
	// HEREDOC_START ... QATOM_SQ_START
	switch {
	case l.has(i, `"""`):
		consider(gen.ElixirLexerHEREDOC_START, 3+l.run(i+3, isBlank))
	case l.has(i, `'''`):
		consider(gen.ElixirLexerCHAR_HEREDOC_START, 3+l.run(i+3, isBlank))
	}
	switch c {
	case '"':
		consider(gen.ElixirLexerSTR_START, 1)
	case '\'':
		consider(gen.ElixirLexerCHARLIST_START, 1)
	case ':':
		switch l.at(i + 1) {
		case '"':
			consider(gen.ElixirLexerQATOM_START, 2)
		case '\'':
			consider(gen.ElixirLexerQATOM_SQ_START, 2)
		}
	case '~':
		if s := l.at(i + 1); s >= 'a' && s <= 'z' {
			switch {
			case l.has(i+2, `"""`):
				consider(gen.ElixirLexerSIGIL_HEREDOC_START, 5+l.run(i+5, isBlank))
			case l.has(i+2, `'''`):
				consider(gen.ElixirLexerSIGIL_CHAR_HEREDOC_START, 5+l.run(i+5, isBlank))
			}
			switch l.at(i + 2) {
			case '(':
				consider(gen.ElixirLexerSIGIL_PAREN_START, 3)
			case '[':
				consider(gen.ElixirLexerSIGIL_BRACK_START, 3)
			case '{':
				consider(gen.ElixirLexerSIGIL_CURLY_START, 3)
			case '<':
				consider(gen.ElixirLexerSIGIL_ANGLE_START, 3)
			case '/':
				consider(gen.ElixirLexerSIGIL_SLASH_START, 3)
			case '|':
				consider(gen.ElixirLexerSIGIL_PIPE_START, 3)
			case '"':
				consider(gen.ElixirLexerSIGIL_DQ_START, 3)
			case '\'':
				consider(gen.ElixirLexerSIGIL_SQ_START, 3)
			}
		} else if s >= 'A' && s <= 'Z' {
			consider(gen.ElixirLexerRAW_SIGIL, l.rawSigil(i))
		}
	}
	// KW
	if isL(c) || c == '_' {
		j := i + 1 + l.run(i+1, func(r rune) bool { return isL(r) || isN(r) || r == '_' || r == '@' })
		if r := l.at(j); r == '?' || r == '!' {
			j++
		}
		if l.at(j) == ':' {
			if r := l.at(j + 1); r == ' ' || r == '\t' || r == '\n' {
				consider(gen.ElixirLexerKW, j+2-i)
			}
		}
	} else if l.at(i+1) == ':' || l.at(i+2) == ':' || l.at(i+3) == ':' {
		for _, op := range kwOps {
			if l.has(i, op) && l.at(i+len(op)) == ':' {
				if r := l.at(i + len(op) + 1); r == ' ' || r == '\t' || r == '\n' {
					consider(gen.ElixirLexerKW, len(op)+2)
				}
			}
		}
	}
	// DO ... RESCUE
	if c >= 'a' && c <= 'w' {
		for _, kw := range keywords {
			if l.has(i, kw.text) {
				consider(kw.typ, len(kw.text))
			}
		}
	}
	// FLOAT, HEX, OCTAL, BINARY, INT
	if isDigit(c) {
		digits := func(r rune) bool { return isDigit(r) || r == '_' }
		intLen := 1 + l.run(i+1, digits)
		if l.at(i+intLen) == '.' && isDigit(l.at(i+intLen+1)) {
			j := i + intLen + 2 + l.run(i+intLen+2, digits)
			if r := l.at(j); r == 'e' || r == 'E' {
				k := j + 1
				if r := l.at(k); r == '+' || r == '-' {
					k++
				}
				if e := l.run(k, isDigit); e > 0 {
					j = k + e
				}
			}
			consider(gen.ElixirLexerFLOAT, j-i)
		}
		if c == '0' {
			base := func(t int, digit func(rune) bool) {
				if digit(l.at(i + 2)) {
					consider(t, 3+l.run(i+3, func(r rune) bool { return digit(r) || r == '_' }))
				}
			}
			switch l.at(i + 1) {
			case 'x':
				base(gen.ElixirLexerHEX, isHex)
			case 'o':
				base(gen.ElixirLexerOCTAL, func(r rune) bool { return r >= '0' && r <= '7' })
			case 'b':
				base(gen.ElixirLexerBINARY, func(r rune) bool { return r == '0' || r == '1' })
			}
		}
		consider(gen.ElixirLexerINT, intLen)
	}
	switch c {
	case '?': // CHAR
		if n := l.char(i); n > 0 {
			consider(gen.ElixirLexerCHAR, n)
		}
	case '&': // CAPTURE_INT
		if d := l.run(i+1, isDigit); d > 0 {
			consider(gen.ElixirLexerCAPTURE_INT, 1+d)
		}
	case ':': // ATOM
		if r := l.at(i + 1); isL(r) || r == '_' {
			j := i + 2 + l.run(i+2, func(r rune) bool { return isL(r) || isN(r) || r == '_' || r == '@' })
			if r := l.at(j); r == '?' || r == '!' {
				j++
			}
			consider(gen.ElixirLexerATOM, j-i)
		} else {
			for _, op := range atomOps {
				if l.has(i+1, op) {
					consider(gen.ElixirLexerATOM, 1+len(op))
				}
			}
		}
	}
	// ALIAS, IDENT
	word := func(r rune) bool { return isL(r) || isN(r) || r == '_' }
	if c >= 'A' && c <= 'Z' {
		consider(gen.ElixirLexerALIAS, 1+l.run(i+1, word))
	} else if isIdentStart(c) {
		j := i + 1 + l.run(i+1, word)
		if r := l.at(j); r == '?' || r == '!' {
			j++
		}
		consider(gen.ElixirLexerIDENT, j-i)
	}
	// operators
	if c < 0x80 && bestN < 3 {
		for _, op := range opTokens {
			if rune(op.text[0]) == c && l.has(i, op.text) {
				consider(op.typ, len(op.text))
			}
		}
	}
	if bestN == 0 {
		best, bestN = gen.ElixirLexerUNKNOWN, 1
	}
	switch best {
	case gen.ElixirLexerWS, gen.ElixirLexerCONTINUATION, gen.ElixirLexerCOMMENT:
		return best, bestN, actSkip, lexMode{}
	case gen.ElixirLexerHEREDOC_START:
		return best, bestN, actPush, lexMode{kind: modeHeredoc}
	case gen.ElixirLexerCHAR_HEREDOC_START:
		return best, bestN, actPush, lexMode{kind: modeCharHeredoc}
	case gen.ElixirLexerSTR_START, gen.ElixirLexerQATOM_START:
		return best, bestN, actPush, lexMode{kind: modeStr}
	case gen.ElixirLexerCHARLIST_START, gen.ElixirLexerQATOM_SQ_START:
		return best, bestN, actPush, lexMode{kind: modeCharlist}
	case gen.ElixirLexerSIGIL_HEREDOC_START:
		return best, bestN, actPush, lexMode{kind: modeSigHeredoc}
	case gen.ElixirLexerSIGIL_CHAR_HEREDOC_START:
		return best, bestN, actPush, lexMode{kind: modeSigCharHeredoc}
	case gen.ElixirLexerSIGIL_PAREN_START, gen.ElixirLexerSIGIL_BRACK_START, gen.ElixirLexerSIGIL_CURLY_START,
		gen.ElixirLexerSIGIL_ANGLE_START, gen.ElixirLexerSIGIL_SLASH_START, gen.ElixirLexerSIGIL_PIPE_START,
		gen.ElixirLexerSIGIL_DQ_START, gen.ElixirLexerSIGIL_SQ_START:
		return best, bestN, actPush, lexMode{kind: modeSigil, closer: rune(sigilCloser(byte(l.rs[i+2]))[0])}
	case gen.ElixirLexerLBRACE:
		return best, bestN, actPush, lexMode{kind: modeDefault}
	case gen.ElixirLexerRBRACE:
		return best, bestN, actPop, lexMode{}
	}
	return best, bestN, actNone, lexMode{}
}

// char matches CHAR at i (a '?'), or returns 0.
func (l *hlexer) char(i int) int {
	r := l.at(i + 1)
	switch {
	case r < 0:
		return 0
	case r != '\\':
		return 2
	}
	e := l.at(i + 2)
	if e < 0 {
		return 0
	}
	best := 3                   // '\\' .
	braced := func(j int) int { // '{' hex+ '}' at j
		if l.at(j) != '{' {
			return 0
		}
		h := l.run(j+1, isHex)
		if h > 0 && l.at(j+1+h) == '}' {
			return h + 2
		}
		return 0
	}
	switch e {
	case 'x':
		if b := braced(i + 3); b > 0 {
			best = max(best, 3+b)
		}
		if isHex(l.at(i + 3)) {
			n := 4
			if isHex(l.at(i + 4)) {
				n = 5
			}
			best = max(best, n)
		}
	case 'u':
		if b := braced(i + 3); b > 0 {
			best = max(best, 3+b)
		}
		if l.run(i+3, isHex) >= 4 {
			best = max(best, 7)
		}
	}
	return best
}

// rawSigil matches RAW_SIGIL at i (a '~' and an uppercase letter), or
// returns 0.
func (l *hlexer) rawSigil(i int) int {
	j := i + 2 + l.run(i+2, func(r rune) bool { return r >= 'A' && r <= 'Z' || isDigit(r) })
	end := -1
	switch {
	case l.has(j, `"""`) || l.has(j, `'''`):
		q := string(l.rs[j : j+3])
		// .*? '\n' [ \t]* q: the first newline that the closing quotes follow
		for k := j + 3; k < len(l.rs); k++ {
			if l.rs[k] == '\n' {
				m := k + 1 + l.run(k+1, isBlank)
				if l.has(m, q) {
					end = m + 3
					break
				}
			}
		}
		if end >= 0 {
			break
		}
		fallthrough // the one-quote form may still match
	default:
		open := l.at(j)
		var closer rune
		switch open {
		case '(', '[', '{', '<', '/', '|', '"', '\'':
			closer = rune(sigilCloser(byte(open))[0])
		default:
			return 0
		}
		k := j + 1
		for {
			r := l.at(k)
			if r < 0 {
				return 0
			}
			if r == '\\' {
				if l.at(k+1) < 0 {
					return 0
				}
				k += 2
				continue
			}
			k++
			if r == closer {
				break
			}
		}
		end = k
	}
	return end + l.run(end, isAlnum) - i
}

// nextString matches in the STR and CHARLIST modes.
func (l *hlexer) nextString() (typ, n, act int, push lexMode) {
	q := '"'
	if l.mode.kind == modeCharlist {
		q = '\''
	}
	i := l.i
	switch c := l.rs[i]; c {
	case q:
		if l.at(i+1) == ':' {
			if r := l.at(i + 2); r == ' ' || r == '\t' || r == '\n' {
				return gen.ElixirLexerSTR_KW_END, 3, actPop, lexMode{}
			}
		}
		return gen.ElixirLexerSTR_END, 1, actPop, lexMode{}
	case '#':
		if l.at(i+1) == '{' {
			return gen.ElixirLexerSTR_INTERP, 2, actPush, lexMode{kind: modeDefault}
		}
		return gen.ElixirLexerSTR_TEXT, 1, actNone, lexMode{}
	}
	return gen.ElixirLexerSTR_TEXT, l.textRun(i, q), actNone, lexMode{}
}

// nextHeredoc matches in the heredoc modes, plain and sigil.
func (l *hlexer) nextHeredoc() (typ, n, act int, push lexMode) {
	q := `"""`
	if l.mode.kind == modeCharHeredoc || l.mode.kind == modeSigCharHeredoc {
		q = `'''`
	}
	sigil := l.mode.kind == modeSigHeredoc || l.mode.kind == modeSigCharHeredoc
	i := l.i
	switch l.rs[i] {
	case '\n':
		m := i + 1 + l.run(i+1, isBlank)
		if l.has(m, q) {
			if sigil {
				return gen.ElixirLexerSIGIL_HEREDOC_END, m + 3 + l.run(m+3, isAlnum) - i, actPop, lexMode{}
			}
			return gen.ElixirLexerHD_END, m + 3 - i, actPop, lexMode{}
		}
		return gen.ElixirLexerSTR_TEXT, 1, actNone, lexMode{}
	case '#':
		if l.at(i+1) == '{' {
			return gen.ElixirLexerSTR_INTERP, 2, actPush, lexMode{kind: modeDefault}
		}
		return gen.ElixirLexerSTR_TEXT, 1, actNone, lexMode{}
	}
	j := i
	for j < len(l.rs) {
		r := l.rs[j]
		if r == '\\' {
			if nx := l.at(j + 1); nx < 0 || nx == '\n' {
				break
			}
			j += 2
			continue
		}
		if r == '\n' || r == '#' {
			break
		}
		j++
	}
	return gen.ElixirLexerSTR_TEXT, max(j-i, 1), actNone, lexMode{}
}

// nextSigil matches in the modes of sigils with one-character delimiters.
func (l *hlexer) nextSigil() (typ, n, act int, push lexMode) {
	d := l.mode.closer
	i := l.i
	switch l.rs[i] {
	case d:
		return gen.ElixirLexerSIGIL_END, 1 + l.run(i+1, isAlnum), actPop, lexMode{}
	case '#':
		if l.at(i+1) == '{' {
			return gen.ElixirLexerSTR_INTERP, 2, actPush, lexMode{kind: modeDefault}
		}
		return gen.ElixirLexerSTR_TEXT, 1, actNone, lexMode{}
	}
	return gen.ElixirLexerSTR_TEXT, l.textRun(i, d), actNone, lexMode{}
}

// lex turns src into the grammar's tokens, the last one EOF.
func lex(src string) []*token {
	l := &hlexer{line: 1}
	ascii := true
	for i := 0; i < len(src); i++ {
		if src[i] >= 0x80 {
			ascii = false
			break
		}
	}
	// Token texts are cut from the source: rune offsets are byte offsets
	// when the source is ASCII; otherwise a table maps one to the other.
	var byteAt []int32
	if ascii {
		l.rs = make([]rune, len(src))
		for i := 0; i < len(src); i++ {
			l.rs[i] = rune(src[i])
		}
	} else {
		l.rs = make([]rune, 0, len(src))
		byteAt = make([]int32, 0, len(src)+1)
		for j, r := range src { // an invalid byte is one U+FFFD, as in []rune(src)
			l.rs = append(l.rs, r)
			byteAt = append(byteAt, int32(j))
		}
		byteAt = append(byteAt, int32(len(src)))
	}
	text := func(start, end int) string {
		if byteAt == nil {
			return src[start:end]
		}
		return src[byteAt[start]:byteAt[end]]
	}
	toks := make([]*token, 0, len(src)/4+1)
	var slab []token
	emit := func(t token) {
		if len(slab) == cap(slab) {
			slab = make([]token, 0, 256)
		}
		slab = append(slab, t)
		toks = append(toks, &slab[len(slab)-1])
	}
	for l.i < len(l.rs) {
		typ, n, act, push := l.next()
		start, line, col := l.i, l.line, l.col
		for _, r := range l.rs[start : start+n] {
			if r == '\n' {
				l.line++
				l.col = 0
			} else {
				l.col++
			}
		}
		l.i += n
		switch act {
		case actSkip:
			continue
		case actPush:
			l.stack = append(l.stack, l.mode)
			l.mode = push
		case actPop:
			if k := len(l.stack); k > 0 {
				l.mode = l.stack[k-1]
				l.stack = l.stack[:k-1]
			} else {
				l.mode = lexMode{}
			}
		}
		emit(token{typ: typ, text: text(start, start+n), line: line, col: col, start: start, stop: start + n - 1})
	}
	emit(token{typ: antlr.TokenEOF, line: l.line, col: l.col, start: l.i, stop: l.i - 1})
	return toks
}

// textRun returns the length of the literal text at i of a string or
// sigil closed by stop: up to stop, a '#' (a possible interpolation) or
// the end, an escape and the character after it kept together; at least 1.
func (l *hlexer) textRun(i int, stop rune) int {
	j := i
	for j < len(l.rs) {
		r := l.rs[j]
		if r == '\\' {
			if j+1 >= len(l.rs) {
				break
			}
			j += 2
			continue
		}
		if r == stop || r == '#' {
			break
		}
		j++
	}
	return max(j-i, 1)
}
