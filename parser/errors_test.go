package parser

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDiagnostics checks the syntax errors of tests/diagnostics against
// real Elixir's stderr (its last line, the stack entry, left out).
func TestDiagnostics(t *testing.T) {
	for _, name := range []string{"01_syntax_before", "02_missing_paren", "03_missing_end",
		"04_unexpected_end", "05_unterminated_string"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("..", "tests", "diagnostics")
			src, err := os.ReadFile(filepath.Join(dir, name+".exs"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(dir, name+".err"))
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimRight(string(want), "\n"), "\n")
			wantText := strings.Join(lines[:len(lines)-1], "\n") + "\n"
			_, perr := Parse(name+".exs", src)
			var se *SyntaxError
			if !errors.As(perr, &se) {
				t.Fatalf("want a *SyntaxError, got %v", perr)
			}
			if got := se.Render(); got != wantText {
				t.Errorf("--- want\n%s--- got\n%s", wantText, got)
			}
		})
	}
}

// TestErrorShapes checks messages Elixir gives for other broken inputs.
func TestErrorShapes(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = )\n", "** (SyntaxError) invalid syntax found on t.exs:1:5:\n    error: unexpected token: )\n    │\n  1 │ x = )\n    │     ^\n    │\n    └─ t.exs:1:5\n"},
		{"foo(1 2)\n", "** (SyntaxError) invalid syntax found on t.exs:1:7:\n    error: syntax error before: \"2\"\n    │\n  1 │ foo(1 2)\n    │       ^\n    │\n    └─ t.exs:1:7\n"},
		{"x = Foo Bar\n", "** (SyntaxError) invalid syntax found on t.exs:1:9:\n    error: syntax error before: 'Bar'\n    │\n  1 │ x = Foo Bar\n    │         ^\n    │\n    └─ t.exs:1:9\n"},
		{"s = \"\\u{D800}\"\n", "** (SyntaxError) invalid syntax found on t.exs:1:6:\n    error: invalid or reserved Unicode code point \\u{D800}. Syntax error after: \\u\n    │\n  1 │ s = \"\\u{D800}\"\n    │      ^\n    │\n    └─ t.exs:1:6\n"},
		{":\"a#{1}\\x{110000}\"\n", "** (SyntaxError) invalid syntax found on t.exs:1:1:\n    error: invalid or reserved Unicode code point \\u{110000}. Syntax error after: \\u\n    │\n  1 │ :\"a#{1}\\x{110000}\"\n    │ ^\n    │\n    └─ t.exs:1:1\n"},
		{"x..\n", "** (TokenMissingError) token missing on t.exs:1:4:\n    error: syntax error: expression is incomplete\n    │\n  1 │ x..\n    │    ^\n    │\n    └─ t.exs:1:4\n"},
		{"a = $\n", "** (SyntaxError) invalid syntax found on t.exs:1:5:\n    error: unexpected token: \"$\" (column 5, code point U+0024)\n    │\n  1 │ a = $\n    │     ^\n    │\n    └─ t.exs:1:5\n"},
		{"f = fn x x * 2 end\n", "** (SyntaxError) invalid syntax found on t.exs:1:5:\n    error: expected anonymous functions to be defined with -> inside: 'fn'\n    │\n  1 │ f = fn x x * 2 end\n    │     ^\n    │\n    └─ t.exs:1:5\n"},
		{"m = %{a: 1 b: 2}\n", "** (SyntaxError) invalid syntax found on t.exs:1:12:\n    error: syntax error before: 'b:'\n    │\n  1 │ m = %{a: 1 b: 2}\n    │            ^\n    │\n    └─ t.exs:1:12\n"},
		{"n = 1_000_\n", "** (SyntaxError) invalid syntax found on t.exs:1:5:\n    error: invalid character \"_\" after number 1_000. If you intended to write a number, make sure to separate the number from the character (using comma, space, etc). If you meant to write a function name or a variable, note that identifiers in Elixir cannot start with numbers. Unexpected token: _\n    │\n  1 │ n = 1_000_\n    │     ^\n    │\n    └─ t.exs:1:5\n"},
		{"n = 1__0\n", "** (SyntaxError) invalid syntax found on t.exs:1:5:\n    error: invalid character \"_\" after number 1. If you intended to write a number, make sure to separate the number from the character (using comma, space, etc). If you meant to write a function name or a variable, note that identifiers in Elixir cannot start with numbers. Unexpected token: _\n    │\n  1 │ n = 1__0\n    │     ^\n    │\n    └─ t.exs:1:5\n"},
		{"a = :1st\n", "** (SyntaxError) invalid syntax found on t.exs:1:5:\n    error: unexpected token: \":\" (column 5, code point U+003A)\n    │\n  1 │ a = :1st\n    │     ^\n    │\n    └─ t.exs:1:5\n"},
		{"k = :\"ab\n", "** (TokenMissingError) token missing on t.exs:1:9:\n    error: missing terminator: \" (for atom starting at line 1)\n    │\n  1 │ k = :\"ab\n    │      │  └ missing closing delimiter (expected \")\n    │      └ unclosed delimiter\n    │\n    └─ t.exs:1:9\n"},
	}
	for _, tc := range tests {
		_, err := Parse("t.exs", []byte(tc.src))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: want a *SyntaxError, got %v", tc.src, err)
			continue
		}
		if got := se.Render(); got != tc.want {
			t.Errorf("%q:\n--- want\n%s--- got\n%s", tc.src, tc.want, got)
		}
	}
}

// TestErrorDescriptions checks the wording and position of errors whose
// text comes from Elixir 1.18's tokenizer and parser sources.
func TestErrorDescriptions(t *testing.T) {
	tests := []struct {
		src, desc string
		kind      ErrorKind
		line, col int
	}{
		{"x = \"\"\"\nabc\n", `missing terminator: """ (for heredoc starting at line 1)`, KindTokenMissing, 2, 4},
		{"x = \"\"\"abc\n\"\"\"\n", `heredoc allows only whitespace characters followed by a new line after opening """`, KindSyntax, 1, 8},
		{"x = ~s(abc\n", "missing terminator: ) (for sigil ~s( starting at line 1)", KindTokenMissing, 1, 11},
		{"x = ~S(abc\n", "missing terminator: ) (for sigil ~S( starting at line 1)", KindTokenMissing, 1, 11},
		{"x = 'abc\n", "missing terminator: ' (for string starting at line 1)", KindTokenMissing, 1, 9},
		{"x = :\"abc\n", `missing terminator: " (for atom starting at line 1)`, KindTokenMissing, 1, 10},
		{"x = 0x\n", `invalid character "x" after number 0. If you intended to write a number, make sure to separate the number from the character (using comma, space, etc). If you meant to write a function name or a variable, note that identifiers in Elixir cannot start with numbers. Unexpected token: x`, KindSyntax, 1, 5},
		{"x = [a: 1, 2]\n", kwFollowUpData, KindSyntax, 1, 10},
		{"f(a: 1, 2)\n", kwFollowUpCall, KindSyntax, 1, 7},
		{"x = a b: 1, 2\n", kwFollowUpCall, KindSyntax, 1, 11},
		{"x = 1 +\n", "syntax error: expression is incomplete", KindTokenMissing, 1, 8},
		{"x = 1 do\n  2\nend\n", "syntax error before: do", KindSyntax, 1, 7},
		{"IO.puts(\"a\" <> )\n", "syntax error before: ')'", KindSyntax, 1, 16},
		{"\"abc\" \"def\"\n", `syntax error before: "def"`, KindSyntax, 1, 7},
		{"x = [1, 2}\n", "unexpected token: }", KindMismatchedDelimiter, 1, 10},
	}
	for _, tc := range tests {
		_, err := Parse("t.exs", []byte(tc.src))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: want a *SyntaxError, got %v", tc.src, err)
			continue
		}
		if se.Description != tc.desc || se.Kind != tc.kind || se.Line != tc.line || se.Column != tc.col {
			t.Errorf("%q: got %v %d:%d %q\nwant %v %d:%d %q", tc.src, se.Kind, se.Line, se.Column, se.Description,
				tc.kind, tc.line, tc.col, tc.desc)
		}
	}
}

// TestTokenizerWarnings checks the warnings elixir_tokenizer and the
// parser give while reading a file, with their positions.
func TestTokenizerWarnings(t *testing.T) {
	tests := []struct {
		src  string
		want []string // "line:col message-prefix"
	}{
		{"a = :\"ok\"\nb = :\"not ok\"\nc = :\"Ok\"\n", []string{"1:5 found quoted atom \"ok\""}},
		{"[\"a\": 1, \"b c\": 2]\n", []string{"1:2 found quoted keyword \"a\""}},
		{"x = ? \ny = ?a\n", []string{"1:5 found ? followed by code point 0x20 (space), please use ?\\s instead"}},
		{"s = \"\"\"\n    a\n  b\n    \"\"\"\n", []string{"3:5 outdented heredoc line"}},
		{"s = \"\"\"\n    a\n\n    \"\"\"\n", nil},
		{"not 1 in [1]\n", []string{"1:7 \"not expr1 in expr2\" is deprecated"}},
		{"(not 1) in [1]\n", nil},
	}
	for _, tc := range tests {
		f, err := Parse("t.exs", []byte(tc.src))
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		var got []string
		for _, w := range f.ParserWarnings {
			got = append(got, fmt.Sprintf("%d:%d %s", w.Line, w.Col, w.Message))
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
			continue
		}
		for i := range got {
			if !strings.HasPrefix(got[i], tc.want[i]) {
				t.Errorf("%q: got %q, want prefix %q", tc.src, got[i], tc.want[i])
			}
		}
	}
}
