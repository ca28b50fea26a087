package interp

import "testing"

// TestRegexUnescape checks what ~r does to its literal parts before PCRE
// sees them (Elixir 1.18's Kernel.sigil_r/2: only a backslash before a
// newline goes, every other escape is kept, escaped backslashes pairwise).
func TestRegexUnescape(t *testing.T) {
	cases := []struct{ in, want string }{
		{`a\tb`, `a\tb`},
		{`\v\f\a\r\n`, `\v\f\a\r\n`},
		{"a\\\nb", "ab"},
		{"a\\\r\nb", "ab"},
		{"a\\\\\nb", "a\\\\\nb"},
		{`\\`, `\\`},
		{`a\`, `a\`},
		{"plain", "plain"},
	}
	for _, c := range cases {
		if got := regexUnescape(c.in); got != c.want {
			t.Errorf("regexUnescape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
