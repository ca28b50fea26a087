package parser

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
			_ = FormatQuoted(quoteRoot(file))
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
