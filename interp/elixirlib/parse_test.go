package elixirlib

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/exlite/exlite/parser"
)

// TestSourcesParse checks that exlite's own parser accepts every embedded
// source (real Elixir's Code.string_to_quoted! gives the same AST; see
// README.md), so a library edit cannot break programs at load time.
func TestSourcesParse(t *testing.T) {
	for _, f := range Files() {
		file, err := parser.Parse(f.Name, []byte(f.Source))
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		if file == nil {
			t.Errorf("%s: parser returned no file", f.Name)
		}
	}
}

// TestProgramsParse checks the same for the test programs in testdata.
func TestProgramsParse(t *testing.T) {
	progs, err := filepath.Glob(filepath.Join("testdata", "*.exs"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range progs {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := parser.Parse(p, src); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}
