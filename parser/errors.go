package parser

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/exlite/exlite/parser/gen"
)

// ErrorKind tells which Elixir exception a syntax error is.
type ErrorKind int

// The kinds of syntax errors, named after Elixir's exceptions.
const (
	KindSyntax              ErrorKind = iota // SyntaxError
	KindTokenMissing                         // TokenMissingError
	KindMismatchedDelimiter                  // MismatchedDelimiterError
)

// String returns the Elixir exception's name.
func (k ErrorKind) String() string {
	switch k {
	case KindTokenMissing:
		return "TokenMissingError"
	case KindMismatchedDelimiter:
		return "MismatchedDelimiterError"
	}
	return "SyntaxError"
}

// SyntaxError is a syntax error in Elixir's shape: Line and Column (from 1)
// are where the error is reported; for delimiter errors OpenLine and
// OpenColumn are where the unclosed delimiter opened and Expected is the
// closing delimiter that was expected.
type SyntaxError struct {
	Kind        ErrorKind
	File        string
	Line        int
	Column      int
	Description string
	// Source is the text of the file, to show the lines in the message.
	Source string
	// OpenLine and OpenColumn locate the opening delimiter (0 when none).
	OpenLine, OpenColumn int
	// Expected is the missing or expected closing delimiter, e.g. ")", "end", `"`.
	Expected string
}

// Error returns what Elixir prints for the error (Render without its
// final newline), so printing the error prints Elixir's text.
func (e *SyntaxError) Error() string { return strings.TrimSuffix(e.Render(), "\n") }

// Message returns the exception's message as Elixir 1.18 formats it, the
// text after "** (Kind) ".
func (e *SyntaxError) Message() string {
	loc := fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column)
	var head string
	switch e.Kind {
	case KindTokenMissing:
		head = "token missing on " + loc + ":\n"
	case KindMismatchedDelimiter:
		head = "mismatched delimiter found on " + loc + ":\n"
	default:
		head = "invalid syntax found on " + loc + ":\n"
	}
	if e.OpenLine > 0 {
		return head + e.delimiterSnippet()
	}
	return head + e.snippet()
}

// Render returns what `elixir` prints on stderr for the error, without the
// trailing stack line: "** (SyntaxError) invalid syntax found on ...".
func (e *SyntaxError) Render() string {
	return "** (" + e.Kind.String() + ") " + e.Message() + "\n"
}

func (e *SyntaxError) lines() []string { return strings.Split(e.Source, "\n") }

func (e *SyntaxError) sourceLine(n int) string {
	ls := e.lines()
	if n < 1 || n > len(ls) {
		return ""
	}
	return ls[n-1]
}

func digits(n int) int { return len(strconv.Itoa(n)) }

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}

// snippet is elixir_errors:format_snippet/6 for an error at one position.
func (e *SyntaxError) snippet() string {
	line := e.sourceLine(e.Line)
	loc := fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column)
	if strings.TrimSpace(line) == "" {
		s := "error: " + e.Description + "\n└─ " + loc
		return "   " + strings.ReplaceAll(s, "\n", "\n   ")
	}
	d := digits(e.Line)
	spacing := spaces(max(2, d) + 1)
	lnSpacing := 0
	if d == 1 {
		lnSpacing = 1
	}
	formatted, trimmed := line, 0
	if rest, n := trimLine(line); n >= 27 {
		trimmed = n - 22
		formatted = "..." + spaces(19) + rest
	}
	// Continuation lines are indented; empty ones stay empty.
	msgLines := strings.Split(e.Description, "\n")
	for i := 1; i < len(msgLines); i++ {
		if msgLines[i] != "" {
			msgLines[i] = spaces(d+2+lnSpacing) + msgLines[i]
		}
	}
	msg := strings.Join(msgLines, "\n")
	var b strings.Builder
	fmt.Fprintf(&b, " %serror: %s\n", spacing, msg)
	fmt.Fprintf(&b, " %s│\n", spacing)
	fmt.Fprintf(&b, " %s%d │ %s\n", spaces(lnSpacing), e.Line, formatted)
	fmt.Fprintf(&b, " %s│ %s^\n", spacing, spaces(e.Column-trimmed-1))
	fmt.Fprintf(&b, " %s│\n", spacing)
	fmt.Fprintf(&b, " %s└─ %s", spacing, loc)
	return b.String()
}

func trimLine(s string) (string, int) {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			n++
		case '\t':
			n += 8
		default:
			return s[i:], n
		}
	}
	return "", n
}

func linePadding(line, maxDigits int) string {
	d := digits(line)
	if d == 1 {
		return spaces(max(2, maxDigits))
	}
	return spaces(maxDigits - d + 1)
}

// delimiterSnippet is Exception.format_snippet/7: the opening delimiter
// and where the closing one was missing or mismatched.
func (e *SyntaxError) delimiterSnippet() string {
	exp := e.Expected
	if !strings.ContainsAny(exp, `"'`) {
		exp = `"` + exp + `"`
	}
	startMsg := "└ unclosed delimiter"
	endMsg := "└ missing closing delimiter (expected " + exp + ")"
	if e.Kind == KindMismatchedDelimiter {
		endMsg = "└ mismatched closing delimiter (expected " + exp + ")"
	}
	maxDigits := digits(e.Line)
	padding := spaces(max(2, maxDigits) + 1)
	desc := strings.ReplaceAll(e.Description, "\n", "\n "+padding)
	loc := fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column)
	var b strings.Builder
	fmt.Fprintf(&b, " %serror: %s\n", padding, desc)
	fmt.Fprintf(&b, " %s│\n", padding)
	if e.OpenLine == e.Line {
		fmt.Fprintf(&b, "%s%d │ %s\n", linePadding(e.Line, maxDigits), e.Line, e.sourceLine(e.Line))
		fmt.Fprintf(&b, "%s │ %s│%s%s\n", padding, spaces(e.OpenColumn-1), spaces(e.Column-e.OpenColumn-1), endMsg)
		fmt.Fprintf(&b, "%s │ %s%s\n", padding, spaces(e.OpenColumn-1), startMsg)
	} else if e.Line-e.OpenLine < 5 {
		for n := e.OpenLine; n <= e.Line; n++ {
			fmt.Fprintf(&b, "%s%d │ %s\n", linePadding(n, maxDigits), n, e.sourceLine(n))
			switch n {
			case e.OpenLine:
				fmt.Fprintf(&b, "%s │ %s%s\n", padding, spaces(e.OpenColumn-1), startMsg)
			case e.Line:
				fmt.Fprintf(&b, "%s │ %s%s\n", padding, spaces(e.Column-1), endMsg)
			}
		}
	} else {
		fmt.Fprintf(&b, "%s%d │ %s\n", linePadding(e.OpenLine, maxDigits), e.OpenLine, e.sourceLine(e.OpenLine))
		fmt.Fprintf(&b, " %s│ %s%s\n", padding, spaces(e.OpenColumn-1), startMsg)
		b.WriteString(" ...\n")
		fmt.Fprintf(&b, "%s%d │ %s\n", linePadding(e.Line, maxDigits), e.Line, e.sourceLine(e.Line))
		fmt.Fprintf(&b, " %s│ %s%s\n", padding, spaces(e.Column-1), endMsg)
	}
	fmt.Fprintf(&b, " %s│\n", padding)
	fmt.Fprintf(&b, " %s└─ %s", padding, loc)
	return b.String()
}

// closerText is how Elixir names the terminator that closes a token type.
func closerText(open *token) string {
	switch open.typ {
	case gen.ElixirLexerLPAREN, gen.ElixirLexerCALL_LPAREN:
		return ")"
	case gen.ElixirLexerLBRACKET, gen.ElixirLexerACCESS_LBRACKET:
		return "]"
	case gen.ElixirLexerLBRACE, gen.ElixirLexerSTR_INTERP:
		return "}"
	case gen.ElixirLexerLTLT:
		return ">>"
	case gen.ElixirLexerDO, gen.ElixirLexerDO_NP, gen.ElixirLexerFN:
		return "end"
	case gen.ElixirLexerHEREDOC_START:
		return `"""`
	case gen.ElixirLexerCHAR_HEREDOC_START:
		return `'''`
	case gen.ElixirLexerCHARLIST_START, gen.ElixirLexerQATOM_SQ_START:
		return "'"
	case gen.ElixirLexerSTR_START, gen.ElixirLexerQATOM_START:
		return `"`
	case gen.ElixirLexerSIGIL_HEREDOC_START:
		return `"""`
	case gen.ElixirLexerSIGIL_CHAR_HEREDOC_START:
		return `'''`
	}
	if isSigilStart(open.typ) {
		return sigilCloser(open.text[len(open.text)-1])
	}
	return open.text
}

func isSigilStart(tt int) bool {
	switch tt {
	case gen.ElixirLexerSIGIL_PAREN_START, gen.ElixirLexerSIGIL_BRACK_START,
		gen.ElixirLexerSIGIL_CURLY_START, gen.ElixirLexerSIGIL_ANGLE_START,
		gen.ElixirLexerSIGIL_SLASH_START, gen.ElixirLexerSIGIL_PIPE_START,
		gen.ElixirLexerSIGIL_DQ_START, gen.ElixirLexerSIGIL_SQ_START:
		return true
	}
	return false
}

func sigilCloser(open byte) string {
	switch open {
	case '(':
		return ")"
	case '[':
		return "]"
	case '{':
		return "}"
	case '<':
		return ">"
	}
	return string(open)
}

// endOfInput is where Elixir reports a missing terminator: the end of the
// last line that is not empty.
func endOfInput(src string) (int, int) {
	ls := strings.Split(src, "\n")
	for len(ls) > 1 && ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	return len(ls), utf8.RuneCountInString(ls[len(ls)-1]) + 1
}

func missingTerminator(file, src string, open *token, closerType int) *SyntaxError {
	l, c := open.pos()
	el, ec := endOfInput(src)
	exp := closerText(open)
	desc := "missing terminator: " + exp
	switch {
	case open.typ == gen.ElixirLexerSTR_START || open.typ == gen.ElixirLexerCHARLIST_START:
		desc += fmt.Sprintf(" (for string starting at line %d)", l)
	case open.typ == gen.ElixirLexerHEREDOC_START || open.typ == gen.ElixirLexerCHAR_HEREDOC_START:
		desc += fmt.Sprintf(" (for heredoc starting at line %d)", l)
	case open.typ == gen.ElixirLexerQATOM_START || open.typ == gen.ElixirLexerQATOM_SQ_START:
		desc += fmt.Sprintf(" (for atom starting at line %d)", l)
		c++ // elixir_tokenizer opens it at the quote, after the ':'
	case open.typ == gen.ElixirLexerSIGIL_HEREDOC_START || open.typ == gen.ElixirLexerSIGIL_CHAR_HEREDOC_START:
		// the tokenizer reports it from the heredoc, which opens at
		// the quotes after the sigil's name
		desc += fmt.Sprintf(" (for heredoc starting at line %d)", l)
		c += utf8.RuneCountInString(strings.TrimRight(open.text, " \t\n")) - 3
	case isSigilStart(open.typ):
		desc += fmt.Sprintf(" (for sigil ~%c%c starting at line %d)", open.text[1], open.text[2], l)
		c += utf8.RuneCountInString(open.text) - 1 // the delimiter, after the sigil's name
	}
	if el < l || (el == l && ec <= c) {
		el, ec = l, c+1
	}
	return &SyntaxError{Kind: KindTokenMissing, File: file, Line: el, Column: ec, Description: desc,
		Source: src, OpenLine: l, OpenColumn: c, Expected: exp}
}

func mismatched(file, src string, open, close *token) error {
	l, c := open.pos()
	el, ec := close.pos()
	desc := "unexpected token: " + close.text
	if close.typ == gen.ElixirLexerEND {
		desc = "unexpected reserved word: end"
	}
	return &SyntaxError{Kind: KindMismatchedDelimiter, File: file, Line: el, Column: ec, Description: desc,
		Source: src, OpenLine: l, OpenColumn: c, Expected: closerText(open)}
}

func unexpectedToken(file, src string, t *token) *SyntaxError {
	l, c := t.pos()
	desc := "unexpected token: " + t.text
	if t.typ == gen.ElixirLexerEND {
		desc = "unexpected reserved word: end"
	}
	return &SyntaxError{Kind: KindSyntax, File: file, Line: l, Column: c, Description: desc, Source: src}
}

func unknownChar(file, src string, t *token) error {
	l, c := t.pos()
	r, _ := utf8.DecodeRuneInString(t.text)
	desc := fmt.Sprintf("unexpected token: %q (column %d, code point U+%04X)", t.text, c, r)
	if r == '~' {
		desc = "unexpected token: ~"
	}
	return &SyntaxError{Kind: KindSyntax, File: file, Line: l, Column: c, Description: desc, Source: src}
}

// tokenForMessage writes a token the way Elixir's yecc parser names it in
// "syntax error before: ...".
func tokenForMessage(t *token) string {
	switch t.typ {
	case gen.ElixirLexerIDENT, gen.ElixirLexerCALL_IDENT, gen.ElixirLexerNP_IDENT, gen.ElixirLexerNP_DO_IDENT,
		gen.ElixirLexerOP_IDENT:
		return t.text
	case gen.ElixirLexerKW:
		return strings.TrimRight(t.text, ": \t\n")
	case gen.ElixirLexerATOM:
		return strings.TrimPrefix(t.text, ":")
	case gen.ElixirLexerALIAS:
		return "'" + t.text + "'"
	case gen.ElixirLexerINT, gen.ElixirLexerFLOAT, gen.ElixirLexerHEX, gen.ElixirLexerOCTAL, gen.ElixirLexerBINARY:
		return `"` + t.text + `"`
	case gen.ElixirLexerCHAR:
		return t.text
	case gen.ElixirLexerDO, gen.ElixirLexerDO_NP:
		return "do"
	case gen.ElixirLexerFN, gen.ElixirLexerELSE, gen.ElixirLexerRESCUE, gen.ElixirLexerTRUE,
		gen.ElixirLexerFALSE, gen.ElixirLexerNIL, gen.ElixirLexerIN:
		return t.text
	}
	return "'" + t.text + "'"
}

// rawSigilMissing reports an uppercase sigil that never closes: the lexer
// leaves its '~' as an UNKNOWN token followed by the sigil's name.
func rawSigilMissing(file, src string, tilde, name *token) error {
	l, c := tilde.pos()
	el, ec := endOfInput(src)
	rest := src[byteOffset(src, name.stop+1):]
	delim := "("
	if rest != "" {
		delim = rest[:1]
	}
	exp := sigilCloser(delim[0])
	if strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, "'''") {
		delim, exp = rest[:3], rest[:3]
	}
	desc := fmt.Sprintf("missing terminator: %s (for sigil ~%s%s starting at line %d)", exp, name.text[:1], delim, l)
	if len(delim) == 3 {
		desc = fmt.Sprintf("missing terminator: %s (for heredoc starting at line %d)", exp, l)
	}
	c += 1 + utf8.RuneCountInString(name.text) // the delimiter, after the sigil's name
	return &SyntaxError{Kind: KindTokenMissing, File: file, Line: el, Column: ec, Description: desc,
		Source: src, OpenLine: l, OpenColumn: c, Expected: exp}
}

// rawHeredocMissing reports an uppercase sigil's heredoc that never
// closes, which the lexer took for an empty sigil t (~S"") and a string:
// the tokenizer opens it at the quotes after the sigil's name.
func rawHeredocMissing(file, src string, t *token) error {
	l, c := t.pos()
	el, ec := endOfInput(src)
	c += utf8.RuneCountInString(t.text) - 2
	return &SyntaxError{Kind: KindTokenMissing, File: file, Line: el, Column: ec, Source: src,
		Description: fmt.Sprintf(`missing terminator: """ (for heredoc starting at line %d)`, l),
		OpenLine:    l, OpenColumn: c, Expected: `"""`}
}

// byteOffset turns a code point offset into a byte offset.
func byteOffset(src string, runes int) int {
	n := 0
	for i := range src {
		if n == runes {
			return i
		}
		n++
	}
	return len(src)
}

// numberFollowedBy is Elixir's error for 0x, 1.0e, 3abc.
func numberFollowedBy(file, src string, num, next *token) error {
	l, c := num.pos()
	r, _ := utf8.DecodeRuneInString(next.text)
	desc := fmt.Sprintf("invalid character \"%c\" after number %s. If you intended to write a number, "+
		"make sure to separate the number from the character (using comma, space, etc). "+
		"If you meant to write a function name or a variable, note that identifiers in "+
		"Elixir cannot start with numbers. Unexpected token: %c", r, num.text, r)
	return &SyntaxError{Kind: KindSyntax, File: file, Line: l, Column: c, Description: desc, Source: src}
}

// strayUnderscore is Elixir's error for a number with an underscore
// that no digit follows (1_000_, 1__0): elixir_tokenizer reads digits
// and single underscores between digits, then rejects the '_'.
func strayUnderscore(file, src string, num *token) error {
	text := num.text
	for i := 0; i < len(text); i++ {
		if text[i] != '_' {
			continue
		}
		if i+1 < len(text) && isHexDigit(text[i+1]) && (num.typ == gen.ElixirLexerHEX || isDigit(rune(text[i+1]))) {
			continue
		}
		l, c := num.pos()
		desc := fmt.Sprintf("invalid character \"_\" after number %s. If you intended to write a number, "+
			"make sure to separate the number from the character (using comma, space, etc). "+
			"If you meant to write a function name or a variable, note that identifiers in "+
			"Elixir cannot start with numbers. Unexpected token: _", text[:i])
		return &SyntaxError{Kind: KindSyntax, File: file, Line: l, Column: c, Description: desc, Source: src}
	}
	return nil
}

func isHexDigit(b byte) bool { return isHex(rune(b)) }

// heredocHeader is Elixir's error for text after an opening """.
func heredocHeader(file, src string, open *token) error {
	l, c := open.pos()
	delim := strings.TrimRight(open.text, " \t")
	delim = delim[len(delim)-3:]
	return &SyntaxError{Kind: KindSyntax, File: file, Line: l, Column: c + 3, Source: src,
		Description: "heredoc allows only whitespace characters followed by a new line after opening " + delim}
}

const (
	kwFollowUpCall = "unexpected expression after keyword list. Keyword lists must always come as the last argument. Therefore, this is not allowed:\n\n" +
		"    function_call(1, some: :option, 2)\n\n" +
		"Instead, wrap the keyword in brackets:\n\n" +
		"    function_call(1, [some: :option], 2)\n\n" +
		"Syntax error after: ','"
	kwFollowUpData = "unexpected expression after keyword list. Keyword lists must always come last in lists and maps. Therefore, this is not allowed:\n\n" +
		"    [some: :value, :another]\n" +
		"    %{some: :value, another => value}\n\n" +
		"Instead, reorder it to be the last entry:\n\n" +
		"    [:another, some: :value]\n" +
		"    %{another => value, some: :value}\n\n" +
		"Syntax error after: ','"
)

// keywordFollowUp recognises an expression after a keyword list,
// f(a: 1, 2) or [a: 1, 2]: toks[i] is where the parser stopped. It
// returns the comma before it and the message, or nil.
func keywordFollowUp(toks []*token, i int) (*token, string) {
	if i+1 < len(toks) && toks[i].typ == gen.ElixirLexerCOMMA {
		i++
	}
	if i < 1 || toks[i-1].typ != gen.ElixirLexerCOMMA {
		return nil, ""
	}
	if i >= 2 && (toks[i-2].typ == gen.ElixirLexerKW || toks[i-2].typ == gen.ElixirLexerSTR_KW_END) {
		// [name: , age: 3]: the keyword lacks its value, yecc stops at
		// the comma with a plain syntax error
		return nil, ""
	}
	depth := 0
	sawKW := false
	for j := i - 2; j >= 0; j-- {
		t := toks[j]
		switch t.typ {
		case gen.ElixirLexerRPAREN, gen.ElixirLexerRBRACKET, gen.ElixirLexerRBRACE, gen.ElixirLexerGTGT, gen.ElixirLexerEND:
			depth++
			continue
		case gen.ElixirLexerLPAREN, gen.ElixirLexerCALL_LPAREN, gen.ElixirLexerLBRACKET, gen.ElixirLexerACCESS_LBRACKET,
			gen.ElixirLexerLBRACE, gen.ElixirLexerLTLT, gen.ElixirLexerSTR_INTERP, gen.ElixirLexerDO, gen.ElixirLexerDO_NP,
			gen.ElixirLexerFN:
			if depth > 0 {
				depth--
				continue
			}
			if !sawKW {
				return nil, ""
			}
			switch t.typ {
			case gen.ElixirLexerLBRACKET, gen.ElixirLexerLBRACE:
				return toks[i-1], kwFollowUpData
			}
			return toks[i-1], kwFollowUpCall
		case gen.ElixirLexerEOE:
			if depth == 0 {
				if sawKW {
					return toks[i-1], kwFollowUpCall
				}
				return nil, ""
			}
		case gen.ElixirLexerKW, gen.ElixirLexerKW_STR_START:
			if depth == 0 {
				sawKW = true
			}
		case gen.ElixirLexerNP_IDENT, gen.ElixirLexerNP_DO_IDENT:
			if depth == 0 && sawKW {
				return toks[i-1], kwFollowUpCall
			}
		}
	}
	if sawKW {
		return toks[i-1], kwFollowUpCall
	}
	return nil, ""
}
