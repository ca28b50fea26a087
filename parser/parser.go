// Package parser parses Elixir source into exlite's AST (package ast),
// Elixir's quoted form.
//
// The work goes in four steps:
//   - the lexer (lexer.go, written by hand to the specification of
//     grammar/ElixirLexer.g4, which tests hold it to) turns the text into
//     tokens, lexing strings, heredocs and sigils in modes so that
//     interpolations nest;
//   - the token filter (tokens.go) does what Elixir's tokenizer does by
//     looking around: it tells `foo(x)` from `foo (x)` and `foo [x]` from
//     `foo[x]`, marks identifiers that start calls without parentheses,
//     folds newlines and semicolons into end-of-expression tokens where
//     they end an expression, matches brackets (reporting missing and
//     mismatched delimiters as Elixir does) and gives each `do` its owner;
//   - the ANTLR parser (grammar/ElixirParser.g4) runs in SLL mode, and
//     again in full LL mode (within a time budget) only when SLL reports
//     an error; its expression rule needs no prediction at all;
//   - the builder (builder.go) turns the parse tree into AST nodes,
//     grouping each expression's operands and operators by precedence
//     (precedence.go).
//
// Errors are *SyntaxError values that render as Elixir 1.18 does.
package parser

//go:generate sh ../grammar/generate.sh

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/antlr4-go/antlr/v4"

	"github.com/exlite/exlite/parser/ast"
	"github.com/exlite/exlite/parser/gen"
)

// maxRuleDepth caps the parser's recursion, so deep nesting of operators
// fails cleanly instead of exhausting the stack.
const maxRuleDepth = 3000

// llBudget is the time the full-LL second pass may take.
const llBudget = 200 * time.Millisecond

// llFallbacks counts the parses that SLL could not finish (tests).
var llFallbacks atomic.Int64

// coldCaches makes every parse start with empty DFA caches (benchmarks).
var coldCaches bool

// Parse parses one file. src may use LF or CRLF line ends; a syntax error
// is returned as a *SyntaxError.
func Parse(filename string, src []byte) (f *ast.File, err error) {
	text := string(src)
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
	}
	defer func() {
		if r := recover(); r != nil {
			if be, ok := r.(buildError); ok {
				f, err = nil, be.err
				return
			}
			f, err = nil, &SyntaxError{Kind: KindSyntax, File: filename, Line: 1, Column: 1,
				Description: fmt.Sprintf("internal parser error: %v", r), Source: text}
		}
	}()
	toks, err := tokenize(filename, text)
	if err != nil {
		return nil, err
	}
	tree, perr := parseTokens(filename, text, toks, antlr.PredictionModeSLL, time.Time{})
	if perr != nil {
		// Full LL prediction can accept what SLL rejects. It has not yet
		// accepted anything SLL rejected here (the repository's programs
		// and 30,000 generated expressions), it may cost time quadratic in
		// the length of a broken expression, and where both fail, SLL's
		// error is the one nearer Elixir's: so it runs within a time
		// budget, and SLL's error is the one reported.
		llFallbacks.Add(1)
		tree, _ = parseTokens(filename, text, toks, antlr.PredictionModeLL, time.Now().Add(llBudget))
		if tree == nil {
			return nil, perr
		}
	}
	b := &builder{file: filename, src: text, toks: toks}
	var root ast.Node
	if r := tree.Accept(b); r != nil {
		root = r.(ast.Node)
	}
	b.strayAssoc()
	return &ast.File{Name: filename, Source: text, Root: root, CharlistQuotes: charlistQuotes(toks),
		ParserWarnings: append(tokenizerWarnings(text, toks), b.warnings...)}, nil
}

const (
	quotedAtomWarning = "found quoted atom \"%s\" but the quotes are not required. " +
		"Atoms made exclusively of ASCII letters, numbers, underscores, beginning with a letter or underscore, " +
		"and optionally ending with ! or ? do not require quotes"
	quotedKeywordWarning = "found quoted keyword \"%s\" but the quotes are not required. " +
		"Note that keywords are always atoms, even when quoted. Similar to atoms, keywords made exclusively " +
		"of ASCII letters, numbers, and underscores and not beginning with a number do not require quotes"
	outdentedHeredocWarning = "outdented heredoc line. The contents inside the heredoc should be indented " +
		"at the same level as the closing %[1]s. The following is forbidden:\n\n" +
		"    def text do\n      \"\"\"\n    contents\n      \"\"\"\n    end\n\n" +
		"Instead make sure the contents are indented as much as the heredoc closing:\n\n" +
		"    def text do\n      \"\"\"\n      contents\n      \"\"\"\n    end\n\n" +
		"The current heredoc line is indented too little"
)

// charNames are the characters elixir_tokenizer's handle_char asks to
// write escaped after '?', with their escapes and names.
var charNames = map[rune][2]string{
	0: {`\0`, "null byte"}, 7: {`\a`, "alert"}, '\b': {`\b`, "backspace"}, 127: {`\d`, "delete"},
	27: {`\e`, "escape"}, '\f': {`\f`, "form feed"}, '\n': {`\n`, "newline"}, '\r': {`\r`, "carriage return"},
	' ': {`\s`, "space"}, '\t': {`\t`, "tab"}, '\v': {`\v`, "vertical tab"},
}

// tokenizerWarnings lists the warnings elixir_tokenizer gives for a
// file (besides the charlist ones): quotes an atom or keyword does not
// need, ? followed by a blank, a heredoc line indented less than its
// closing delimiter.
func tokenizerWarnings(src string, toks []*token) []ast.ParserWarning {
	var out []ast.ParserWarning
	at := func(t *token, col int, msg string) {
		out = append(out, ast.ParserWarning{Pos: ast.Pos{Line: int32(t.line), Col: int32(col)}, Message: msg, Tokenizer: true})
	}
	var lines []string
	for i, t := range toks {
		switch t.typ {
		case gen.ElixirLexerQATOM_START, gen.ElixirLexerKW_STR_START:
			if i+2 >= len(toks) || toks[i+1].typ != gen.ElixirLexerSTR_TEXT || !plainIdentifier(toks[i+1].text) {
				continue
			}
			end := toks[i+2].typ
			switch {
			case t.typ == gen.ElixirLexerQATOM_START && end == gen.ElixirLexerSTR_END && t.text == `:"`:
				at(t, t.col+1, fmt.Sprintf(quotedAtomWarning, toks[i+1].text))
			case t.typ == gen.ElixirLexerKW_STR_START && end == gen.ElixirLexerSTR_KW_END && t.text == `"`:
				at(t, t.col+1, fmt.Sprintf(quotedKeywordWarning, toks[i+1].text))
			}
		case gen.ElixirLexerCHAR:
			r := []rune(t.text)
			if len(r) == 2 {
				if n, ok := charNames[r[1]]; ok {
					at(t, t.col+1, fmt.Sprintf("found ? followed by code point 0x%X (%s), please use ?%s instead", r[1], n[1], n[0]))
				}
			}
		case gen.ElixirLexerHEREDOC_START, gen.ElixirLexerCHAR_HEREDOC_START:
			if lines == nil {
				lines = strings.Split(src, "\n")
			}
			if line := outdentedLine(lines, toks, i); line > 0 {
				marker := strings.TrimRight(t.text, " \t\r\n")
				out = append(out, ast.ParserWarning{Pos: ast.Pos{Line: int32(line), Col: int32(t.col + 1)},
					Message: fmt.Sprintf(outdentedHeredocWarning, marker), Tokenizer: true})
			}
		}
	}
	return out
}

// plainIdentifier reports whether s is an ASCII identifier that needs
// no quotes as an atom: a lowercase letter or underscore, then letters,
// digits and underscores, and at most a final ? or !.
func plainIdentifier(s string) bool {
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] == '_') {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_':
		case (c == '?' || c == '!') && i == len(s)-1:
		default:
			return false
		}
	}
	return true
}

// outdentedLine returns the first line of the heredoc opened at toks[i]
// that is indented less than its closing delimiter, or 0.
func outdentedLine(lines []string, toks []*token, i int) int {
	var end *token
	for j := i + 1; j < len(toks); j++ {
		if toks[j].typ == gen.ElixirLexerHD_END {
			end = toks[j]
			break
		}
		if toks[j].typ == gen.ElixirLexerSTR_INTERP {
			return 0 // interpolations may span lines: not checked here
		}
	}
	if end == nil {
		return 0
	}
	indent := len([]rune(end.text)) - 4 // "\n", the blanks, then the delimiter
	closeLine := end.line + 1
	for ln := toks[i].line + 1; ln < closeLine && ln <= len(lines); ln++ {
		text := lines[ln-1]
		k := 0
		for k < len(text) && k < indent && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k < indent && k < len(text) && text[k] != '\r' {
			return ln
		}
	}
	return 0
}

// charlistQuotes lists where single-quoted charlists open.
func charlistQuotes(toks []*token) []ast.CharlistQuote {
	var out []ast.CharlistQuote
	for _, t := range toks {
		switch t.typ {
		case gen.ElixirLexerCHARLIST_START:
			out = append(out, ast.CharlistQuote{Pos: ast.Pos{Line: int32(t.line), Col: int32(t.col + 1)}})
		case gen.ElixirLexerCHAR_HEREDOC_START:
			out = append(out, ast.CharlistQuote{Pos: ast.Pos{Line: int32(t.line), Col: int32(t.col + 1)}, Heredoc: true})
		}
	}
	return out
}

// tokenize lexes and filters the whole text.
func tokenize(filename, text string) ([]*token, error) {
	return filter(filename, text, lex(text))
}

// errorListener stops the parse at the first syntax error.
type errorListener struct {
	antlr.DefaultErrorListener
	file, src string
	toks      []*token
}

// stopParse is the panic value that ends a parse at its first error.
type stopParse struct{ err *SyntaxError }

func (l *errorListener) SyntaxError(_ antlr.Recognizer, offending interface{}, line, column int, msg string, _ antlr.RecognitionException) {
	t, _ := offending.(*token)
	panic(stopParse{l.describe(t, line, column)})
}

// describe words the error at token t as Elixir's parser does.
func (l *errorListener) describe(t *token, line, column int) *SyntaxError {
	e := &SyntaxError{Kind: KindSyntax, File: l.file, Line: line, Column: column + 1, Source: l.src}
	if t == nil {
		e.Description = "syntax error before: "
		return e
	}
	// ANTLR notices an error where the enclosing rule fails, which can be
	// one token early: in `a + * 2` it stops at '+', yecc at '*'.
	if (isBinaryOp(t.typ) || t.typ == gen.ElixirLexerCOMMA) && t.index+1 < len(l.toks) &&
		!canStartExpr(l.toks[t.index+1].typ) {
		t = l.toks[t.index+1]
	}
	if comma, msg := keywordFollowUp(l.toks, t.index); comma != nil {
		e.Line, e.Column = comma.pos()
		e.Description = msg
		return e
	}
	e.Line, e.Column = t.pos()
	switch t.typ {
	case antlr.TokenEOF:
		e.Kind = KindTokenMissing
		e.Description = "syntax error: expression is incomplete"
		e.Line, e.Column = lastTokenPos(l.src)
	case gen.ElixirLexerEOE:
		if t.text == ";" {
			e.Description = "syntax error before: ';'"
		} else {
			e.Description = "unexpectedly reached end of line. The current expression is invalid or incomplete"
		}
	case gen.ElixirLexerEND, gen.ElixirLexerNOT, gen.ElixirLexerAND, gen.ElixirLexerOR,
		gen.ElixirLexerWHEN, gen.ElixirLexerWHEN_KW, gen.ElixirLexerAFTER, gen.ElixirLexerCATCH, gen.ElixirLexerFN,
		gen.ElixirLexerELSE, gen.ElixirLexerRESCUE, gen.ElixirLexerTRUE, gen.ElixirLexerFALSE,
		gen.ElixirLexerNIL, gen.ElixirLexerIN:
		kw := t.text
		e.Description = "syntax error before: " + kw + ". \"" + kw + "\" is a reserved word in Elixir and " +
			"therefore its usage is limited. For instance, it can't be used as a variable or be defined " +
			"nor invoked as a regular function"
	case gen.ElixirLexerSTR_START, gen.ElixirLexerHEREDOC_START:
		text := ""
		if t.index+1 < len(l.toks) && l.toks[t.index+1].typ == gen.ElixirLexerSTR_TEXT {
			text = unescape(l.toks[t.index+1].text, 0)
		}
		e.Description = "syntax error before: \"" + text + "\""
	case gen.ElixirLexerKW:
		e.Description = "syntax error before: " + tokenForMessage(t)
		if t.index > 0 && literalEnd(l.toks[t.index-1].typ) && strings.TrimRight(t.text, ": \t\n") != "do" {
			// a keyword right after an operand: elixir_parser.yrl's
			// error_invalid_kw_identifier names it with its colon
			e.Description = "syntax error before: '" + strings.TrimRight(t.text, ": \t\n") + ":'"
		}
	default:
		e.Description = "syntax error before: " + tokenForMessage(t)
	}
	return e
}

// literalEnd reports whether a token of type tt ends an operand that no
// call without parentheses can continue: a literal or a closing bracket.
func literalEnd(tt int) bool {
	switch tt {
	case gen.ElixirLexerIDENT, gen.ElixirLexerOP_IDENT, gen.ElixirLexerALIAS, gen.ElixirLexerEND:
		return false
	}
	return endsOperand(tt)
}

// lastTokenPos is where Elixir reports an incomplete expression at the
// end of the input: its last token, a final newline included.
func lastTokenPos(src string) (int, int) {
	trimmed := strings.TrimRight(src, " \t")
	lines := strings.Split(trimmed, "\n")
	if strings.HasSuffix(trimmed, "\n") {
		// the newline token is at the end of the line before it
		prev := lines[len(lines)-2]
		return len(lines) - 1, len([]rune(prev)) + 1
	}
	last := lines[len(lines)-1]
	// the start of the last token on the line
	i := len(last)
	for i > 0 && last[i-1] != ' ' && last[i-1] != '\t' {
		i--
	}
	return len(lines), len([]rune(last[:i])) + 1
}

// depthListener caps the parser's rule nesting.
type depthListener struct {
	antlr.BaseParseTreeListener
	depth int
	file  string
	src   string
}

func (d *depthListener) EnterEveryRule(ctx antlr.ParserRuleContext) {
	d.depth++
	if d.depth > maxRuleDepth {
		t := ctx.GetStart()
		panic(stopParse{&SyntaxError{Kind: KindSyntax, File: d.file, Line: t.GetLine(), Column: t.GetColumn() + 1,
			Description: "expression nested too deeply", Source: d.src}})
	}
}

func (d *depthListener) ExitEveryRule(antlr.ParserRuleContext) { d.depth-- }

// bailStrategy skips the default strategy's resynchronisation before
// loops and optional parts: the first error ends the parse anyway (the
// error listener panics), and the check costs a tenth of the parse time.
type bailStrategy struct{ *antlr.DefaultErrorStrategy }

// Sync implements antlr.ErrorStrategy.
func (bailStrategy) Sync(antlr.Parser) {}

// parseTokens runs the ANTLR parser in the given prediction mode, until
// deadline unless it is zero.
func parseTokens(file, src string, toks []*token, mode int, deadline time.Time) (tree gen.IFileContext, err *SyntaxError) {
	stream := &tokenStream{toks: toks, deadline: deadline}
	p := gen.NewElixirParser(stream)
	p.RemoveErrorListeners()
	p.AddErrorListener(&errorListener{file: file, src: src, toks: toks})
	p.AddParseListener(&depthListener{file: file, src: src})
	p.SetErrorHandler(&bailStrategy{antlr.NewDefaultErrorStrategy()})
	if coldCaches {
		atn := p.GetATN()
		dfas := make([]*antlr.DFA, len(atn.DecisionToState))
		for i, st := range atn.DecisionToState {
			dfas[i] = antlr.NewDFA(st, i)
		}
		p.Interpreter = antlr.NewParserATNSimulator(p, atn, dfas, antlr.NewPredictionContextCache())
	}
	p.GetInterpreter().SetPredictionMode(mode)
	defer func() {
		if r := recover(); r != nil {
			if s, ok := r.(stopParse); ok {
				tree, err = nil, s.err
				return
			}
			panic(r)
		}
	}()
	return p.File(), nil
}
