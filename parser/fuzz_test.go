package parser

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/antlr4-go/antlr/v4"
)

// FuzzParse checks that no input makes the parser panic or hang: every
// input either parses or gives a *SyntaxError. It is seeded with the
// conformance programs and the golden files.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"../tests/conformance/*.exs", "testdata/*.exs", "../tests/diagnostics/*.exs"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := Parse("fuzz.exs", src)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error is not a *SyntaxError: %v", err)
			}
			if strings.HasPrefix(se.Description, "internal parser error") {
				t.Fatalf("%s", se.Description)
			}
			_ = se.Render()
			return
		}
		if file == nil {
			t.Fatal("nil file without error")
		}
		if file.Root != nil {
			_ = printQuoted(quoteRoot(file), false)
		}
	})
}

// TestOddInputs keeps inputs that once broke the parser.
func TestOddInputs(t *testing.T) {
	for _, src := range []string{"?\\\n", "?\\", "\"#{", "~s(#{)", "\"\"\"\n#{x", "end end", "x.", "&", "%{a => }"} {
		if _, err := Parse("odd.exs", []byte(src)); err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || strings.HasPrefix(se.Description, "internal") {
				t.Errorf("%q: %v", src, err)
			}
		}
	}
}

// FuzzLex checks the lexer and the newline filter on their own: the
// lexer gives the tokens of the generated one (grammar/ElixirLexer.g4);
// no input makes them panic or hang; every input gives tokens or a
// *SyntaxError, and tokens lie inside the input, in order.
func FuzzLex(f *testing.F) {
	for _, pattern := range []string{"../tests/conformance/*.exs", "testdata/*.exs", "../tests/diagnostics/*.exs"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if d := sameTokens(string(src)); d != "" {
			t.Fatalf("the lexer differs from grammar/ElixirLexer.g4: %s", d)
		}
		toks, err := tokenize("fuzz.exs", string(src))
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error is not a *SyntaxError: %v", err)
			}
			_ = se.Render()
			return
		}
		line, col := 0, 0
		for _, tok := range toks {
			if tok.line < line || tok.line == line && tok.col < col && tok.typ != antlr.TokenEOF {
				t.Fatalf("token %q at %d:%d comes before the previous one at %d:%d", tok.text, tok.line, tok.col, line, col)
			}
			line, col = tok.line, tok.col
		}
	})
}
