package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/antlr4-go/antlr/v4"

	"github.com/exlite/exlite/parser/gen"
)

// The lexer ANTLR generates from grammar/ElixirLexer.g4 is the
// specification of the hand-written one (lexer.go): tests compare the two.

// antlrLex runs the generated lexer over src.
func antlrLex(src string) ([]*token, error) {
	return lexAll("t.exs", src, gen.NewElixirLexer(antlr.NewInputStream(src)))
}

// lexErrors records the lexer's errors (there are few: UNKNOWN catches
// stray characters).
type lexErrors struct {
	antlr.DefaultErrorListener
	first *SyntaxError
	file  string
}

func (l *lexErrors) SyntaxError(_ antlr.Recognizer, _ interface{}, line, column int, msg string, _ antlr.RecognitionException) {
	if l.first == nil {
		l.first = &SyntaxError{Kind: KindSyntax, File: l.file, Line: line, Column: column + 1, Description: msg}
	}
}

// lexAll runs the lexer over the whole source.
func lexAll(file string, src string, lexer *gen.ElixirLexer) ([]*token, error) {
	errs := &lexErrors{file: file}
	lexer.RemoveErrorListeners()
	lexer.AddErrorListener(errs)
	// The mode stack never runs empty: a stray '}' pops this sentinel and
	// the loop below puts it back.
	lexer.PushMode(antlr.LexerDefaultMode)
	braces := 0
	// Token texts are cut from the source: byte offsets are rune offsets
	// when the source is ASCII; otherwise a table maps one to the other.
	var byteAt []int32
	for i := 0; i < len(src); i++ {
		if src[i] >= 0x80 {
			byteAt = make([]int32, 0, len(src)+1)
			for j := range src {
				byteAt = append(byteAt, int32(j))
			}
			byteAt = append(byteAt, int32(len(src)))
			break
		}
	}
	text := func(start, stop int) string {
		if stop < start {
			return ""
		}
		if byteAt == nil {
			return src[start : stop+1]
		}
		return src[byteAt[start]:byteAt[stop+1]]
	}
	toks := make([]*token, 0, len(src)/3+1)
	var slab []token
	for {
		t := lexer.NextToken()
		tt := t.GetTokenType()
		switch tt {
		case gen.ElixirLexerLBRACE, gen.ElixirLexerSTR_INTERP:
			braces++
		case gen.ElixirLexerRBRACE:
			if braces == 0 {
				lexer.PushMode(antlr.LexerDefaultMode)
			} else {
				braces--
			}
		}
		if len(slab) == cap(slab) {
			slab = make([]token, 0, 512)
		}
		slab = append(slab, token{
			typ: tt, text: text(t.GetStart(), t.GetStop()), line: t.GetLine(), col: t.GetColumn(),
			start: t.GetStart(), stop: t.GetStop(),
		})
		toks = append(toks, &slab[len(slab)-1])
		if tt == antlr.TokenEOF {
			break
		}
	}
	if errs.first != nil {
		return nil, errs.first
	}
	return toks, nil
}

// sameTokens compares the hand-written lexer with the generated one on
// src and describes the first difference.
func sameTokens(src string) string {
	want, err := antlrLex(src)
	if err != nil {
		return "generated lexer: " + err.Error()
	}
	got := lex(src)
	for i := 0; i < len(want) || i < len(got); i++ {
		if i >= len(want) || i >= len(got) {
			return fmt.Sprintf("token %d: %d tokens, want %d", i, len(got), len(want))
		}
		w, g := *want[i], *got[i]
		if w != g {
			return fmt.Sprintf("token %d: got %+v, want %+v", i, g, w)
		}
	}
	return ""
}

// TestLexerMatchesGrammar holds the hand-written lexer to the grammar on
// every Elixir file of the repository and on odd inputs.
func TestLexerMatchesGrammar(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../tests/*/*.exs", "testdata/*.exs", "../examples/*.exs", "../examples/*/*.exs",
		"../lessons/*/*.exs", "../lessons/*/*/*.exs", "../interp/*/*.ex", "../bench/*.exs"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) < 50 {
		t.Fatalf("found only %d files", len(files))
	}
	srcs := []string{"", "?", "?\\", "?\\x{41}", "?\\x4g", "?\\u{1F600}", "?\\u12", "?\\u1234", "?\n", "~S\"\"\"\nx\n\"\"\"mod",
		"~S\"\"\"\nno end", "~S(a\\)b)x ~A[ ~B", "~s\"\"\"\n  a #{b}\n  \"\"\"x", "~c'''\n'''", "\"a#b\\\"#{c}\"", "'a\\'':  x",
		"\"k\": 1", "\"\"\"\n\\\n#x\"\"\"", "1.0e 1.0e+5 1.e3 0x 0xfg_ 0b12 0o78 1_000", "x?: 1 x!:\n y@z: 2 Foo: 3 ++: 4",
		":+ :+++ :... :..// :%{} :{} :<<>> :\"a\" :'b' :a@b? ::", "& &1 && &&& || ||| |> <|> <~> ~>> <<~ ... .. //",
		"\\ \\\\ \\\n x", "\r\n\r x\r", "é ü Ω ĳ ǅ ʰ 名 _x\u00a0y", "\xff\xfe \"\xff\"", "a #{ } } } b", "\"#{\"#{x}\"}\""}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	for i, src := range srcs {
		if d := sameTokens(src); d != "" {
			name := fmt.Sprintf("input %d", i)
			if i >= len(srcs)-len(files) {
				name = files[i-(len(srcs)-len(files))]
			}
			t.Errorf("%s: %s", name, d)
		}
	}
}
