package interp

import (
	"fmt"
	"strings"

	"github.com/exlite/exlite/interp/lint"
	"github.com/exlite/exlite/parser/ast"
)

// checkFile finds the file's compile-time warnings (package lint) and
// prints those of its top level, as Elixir does before running a file.
func (in *Interp) checkFile(file *ast.File) {
	in.diags = lint.Check(file)
	in.printDiagnostics(in.diags.Top)
}

// moduleWarnings prints the warnings of the module whose body is body:
// those of its definitions once the body has been evaluated, the others
// (compiled set) once the module is compiled. exlite's own library
// (lib) has none.
func (in *Interp) moduleWarnings(body ast.Node, lib, compiled bool) {
	if lib {
		return
	}
	m := in.diags.Module(body)
	if m == nil {
		return
	}
	if compiled {
		in.printDiagnostics(m.Compiled)
	} else {
		in.printDiagnostics(m.Body)
	}
}

// printDiagnostics writes diagnostics to standard error, after what the
// program has written to standard output.
func (in *Interp) printDiagnostics(ds []lint.Diagnostic) {
	if len(ds) == 0 {
		return
	}
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.Render(in.file, in.src))
	}
	fmt.Fprint(errWriter{in}, b.String())
}
