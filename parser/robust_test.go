package parser

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestNestingIsCheap parses deeply nested inputs of every bracket and
// block kind: each must finish fast (no exponential lookahead) and either
// parse or fail with a *SyntaxError, never panic.
func TestNestingIsCheap(t *testing.T) {
	nest := func(open, mid, close string, n int) string {
		return strings.Repeat(open, n) + mid + strings.Repeat(close, n)
	}
	inputs := map[string]string{
		"parens":      nest("(", "x", ")", 60),
		"lists":       nest("[", "x", "]", 60),
		"tuples":      nest("{", "x", "}", 60),
		"maps":        nest("%{", "a: 1", "}", 60),
		"map keys":    nest("%{", "1 => 2", " => 1}", 60),
		"calls":       nest("f(", "x", ")", 60),
		"np calls":    nest("f ", "x", "", 60),
		"strings":     nest(`f("#{`, "x", `}")`, 40),
		"kw strings":  nest(`f("a": "#{`, "x", `}")`, 40),
		"fns":         nest("fn -> ", "x", " end", 60),
		"do blocks":   nest("if x do ", "y", " end", 60),
		"paren heads": nest("fn (", "x", ") -> 1 end", 60),
		"unary":       strings.Repeat("-", 2000) + "x",
		"not":         strings.Repeat("not ", 2000) + "x",
		"binary":      strings.Repeat("x + ", 5000) + "x",
		"match":       strings.Repeat("x = ", 2000) + "x",
		"too deep":    nest("(", "x", ")", 5000),
		"unclosed":    strings.Repeat("(", 5000),
		"closers":     strings.Repeat(")", 5000),
		"pipes":       strings.Repeat("x |> f(", 300) + strings.Repeat(")", 300),
		"long match":  strings.Repeat("x = ", 20000) + "x",
		"long unary":  strings.Repeat("-", 20000) + "x",
		"long sum":    strings.Repeat("x + ", 20000) + "x",
		"np chain":    strings.Repeat("f ", 20000) + "x",
		"at chain":    strings.Repeat("@", 20000) + "x",
		"when chain":  "(a) when " + strings.Repeat("x when ", 20000) + "y -> 1",
	}
	for name, src := range inputs {
		start := time.Now()
		_, err := Parse("t.exs", []byte(src))
		if el := time.Since(start); el > 3*time.Second {
			t.Errorf("%s: took %v", name, el)
		}
		var se *SyntaxError
		if err != nil && !errors.As(err, &se) {
			t.Errorf("%s: error is not a *SyntaxError: %v", name, err)
		}
		if se != nil && strings.HasPrefix(se.Description, "internal") {
			t.Errorf("%s: %s", name, se.Description)
		}
	}
}
