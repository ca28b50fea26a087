package parser

import (
	"fmt"

	"github.com/exlite/exlite/parser/gen"
)

// Characters Elixir's tokenizer rejects where the lexer lets them pass:
// bidirectional formatting characters in strings and comments (the
// "Trojan Source" characters) and a no-break space between tokens.

// isBidi reports whether r is one of the bidirectional formatting
// characters elixir_tokenizer.hrl lists.
func isBidi(r rune) bool {
	switch r {
	case 0x202A, 0x202B, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x202C, 0x2069:
		return true
	}
	return false
}

// runeView gives the code points of a source that is not ASCII (nil for
// ASCII sources, which hold none of the characters checked here).
func runeView(src string) []rune {
	for i := 0; i < len(src); i++ {
		if src[i] >= 0x80 {
			return []rune(src)
		}
	}
	return nil
}

// gapError checks the text between two tokens, code points [from, to) of
// rs starting at line and column col (from 0): only blanks and comments
// are there. A no-break space is an unexpected token; a comment may not
// hold a bidirectional character.
func gapError(file, src string, rs []rune, from, to, line, col int) error {
	for i := from; i < to && i < len(rs); i++ {
		switch r := rs[i]; {
		case r == '\n':
			line, col = line+1, 0
			continue
		case r == '\u00a0':
			c := col + 1
			return &SyntaxError{Kind: KindSyntax, File: file, Line: line, Column: c, Source: src,
				Description: fmt.Sprintf("unexpected token: \"%c\" (column %d, code point U+%04X)", r, c, r)}
		case r == '#':
			start := col + 1
			for j := i + 1; j < to && j < len(rs) && rs[j] != '\n'; j++ {
				if isBidi(rs[j]) {
					return &SyntaxError{Kind: KindSyntax, File: file, Line: line, Column: start, Source: src,
						Description: fmt.Sprintf("invalid bidirectional formatting character in comment: \\u%04X", rs[j])}
				}
				i, col = j, col+1
			}
		}
		col++
	}
	return nil
}

// bidiInText rejects a bidirectional character in the text t of a
// string, charlist, heredoc or sigil, where Elixir's tokenizer stops at
// the character itself.
func bidiInText(file, src string, t *token) error {
	line, col := t.line, t.col
	for _, r := range t.text {
		if r == '\n' {
			line, col = line+1, 0
			continue
		}
		if isBidi(r) {
			esc := fmt.Sprintf("\\u%04X", r)
			return &SyntaxError{Kind: KindSyntax, File: file, Line: line, Column: col + 1, Source: src,
				Description: "invalid bidirectional formatting character in string: " + esc +
					". If you want to use such character, use it in its escaped " + esc + " form instead"}
		}
		col++
	}
	return nil
}

// keywordNoSpace is Elixir's error for `name:value`: an identifier glued
// to a following ':' that does not start `::`.
func keywordNoSpace(file, src string, t, n *token) error {
	if !adjacent(t, n) || len(n.text) == 0 || n.text[0] != ':' || len(n.text) > 1 && n.text[1] == ':' {
		return nil
	}
	l, c := t.pos()
	return &SyntaxError{Kind: KindSyntax, File: file, Line: l, Column: c, Source: src,
		Description: "keyword argument must be followed by space after: " + t.text + ":"}
}

// invalidDo is the tokenizer's early error for a `do` where no do-block
// can start: after a comma, `;`, an operator word or a clause keyword
// (`def f(x), do x`), or right after fn.
func invalidDo(file, src string, prev, do *token) error {
	l, c := do.pos()
	e := &SyntaxError{Kind: KindSyntax, File: file, Line: l, Column: c, Source: src}
	switch prev.typ {
	case gen.ElixirLexerFN:
		e.Description = "unexpected reserved word: do. Anonymous functions are written as:\n\n" +
			"    fn pattern -> expression end\n\nPlease remove the \"do\" keyword"
		return e
	case gen.ElixirLexerCOMMA, gen.ElixirLexerSEMI, gen.ElixirLexerNOT, gen.ElixirLexerAND, gen.ElixirLexerOR,
		gen.ElixirLexerWHEN, gen.ElixirLexerIN, gen.ElixirLexerAFTER, gen.ElixirLexerELSE, gen.ElixirLexerCATCH,
		gen.ElixirLexerRESCUE:
		e.Description = "unexpected reserved word: do. In case you wanted to write a \"do\" expression, " +
			"you must either use do-blocks or separate the keyword argument with comma. " +
			"For example, you should either write:\n\n" +
			"    if some_condition? do\n" +
			"      :this\n" +
			"    else\n" +
			"      :that\n" +
			"    end\n\n" +
			"or the equivalent construct:\n\n" +
			"    if(some_condition?, do: :this, else: :that)\n\n" +
			"where \"some_condition?\" is the first argument and the second argument is a keyword list.\n\n" +
			"You may see this error if you forget a trailing comma before the \"do\" in a \"do\" block"
		return e
	}
	return nil
}
