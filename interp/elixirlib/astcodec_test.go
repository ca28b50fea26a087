package elixirlib

import (
	"reflect"
	"testing"

	"github.com/exlite/exlite/parser"
)

// TestTreesFresh checks that every library source has its syntax tree
// file and that the file holds exactly what parsing the source gives
// now: after editing a NAME.ex, run `go generate ./interp/elixirlib`.
func TestTreesFresh(t *testing.T) {
	for _, f := range Files() {
		file, err := parser.Parse(f.Name, []byte(f.Source))
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		got, ok := f.Parsed()
		if !ok {
			t.Errorf("%s.ast is missing or stale: run `go generate ./interp/elixirlib`", f.Name)
			continue
		}
		if !reflect.DeepEqual(got, file.Root) {
			t.Errorf("%s.ast decodes to another tree than the parser's: run `go generate ./interp/elixirlib`", f.Name)
		}
	}
}

// TestTreeStale checks that a tree is refused for another source and
// that corrupt data is an error, never a panic.
func TestTreeStale(t *testing.T) {
	f, ok := Lookup("Agent")
	if !ok {
		t.Fatal("no Agent")
	}
	if _, err := DecodeAST(f.tree, SourceHash(f.Source+" ")); err == nil {
		t.Error("a tree was accepted for an edited source")
	}
	sum := SourceHash(f.Source)
	for _, n := range []int{0, len(astMagic), len(astMagic) + 32, len(astMagic) + 40, len(f.tree) - 1} {
		if _, err := DecodeAST(f.tree[:n], sum); err == nil {
			t.Errorf("a tree cut at %d bytes was accepted", n)
		}
	}
}
