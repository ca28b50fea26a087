// Command genast writes, for each library source NAME.ex of the current
// directory, NAME.ex.ast: its syntax tree, parsed now so that programs do
// not parse the library at run time (see elixirlib's astcodec.go). Run it
// with `go generate ./interp/elixirlib` after editing a source.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/exlite/exlite/interp/elixirlib"
	"github.com/exlite/exlite/parser"
)

func main() {
	names, err := filepath.Glob("*.ex")
	if err != nil {
		fail(err)
	}
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			fail(err)
		}
		file, err := parser.Parse(name, src)
		if err != nil {
			fail(err)
		}
		data, err := elixirlib.EncodeAST(file.Root, elixirlib.SourceHash(string(src)))
		if err != nil {
			fail(fmt.Errorf("%s: %v", name, err))
		}
		if err := os.WriteFile(name+".ast", data, 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "genast:", err)
	os.Exit(1)
}
