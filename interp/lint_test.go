package interp

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestCompileDiagnostics runs every testdata/compile/NAME.exs and compares
// its standard output, standard error and exit status with NAME.out,
// NAME.err and NAME.code: the compile-time errors and warnings as Elixir
// 1.18 prints them (texts from its sources: elixir_map, elixir_def,
// Kernel's assert_module_scope, elixir_errors' framing), and when.
func TestCompileDiagnostics(t *testing.T) {
	files, err := filepath.Glob("testdata/compile/*.exs")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	for _, file := range files {
		base := strings.TrimSuffix(file, ".exs")
		t.Run(filepath.Base(base), func(t *testing.T) {
			read := func(ext string) string {
				b, err := os.ReadFile(base + ext)
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			wantCode, err := strconv.Atoi(strings.TrimSpace(read(".code")))
			if err != nil {
				t.Fatal(err)
			}
			out, errOut, code := runSource(t, filepath.Base(file), read(".exs"))
			if want := read(".out"); out != want {
				t.Errorf("stdout differs\n--- want\n%s\n--- got\n%s", want, out)
			}
			if want := read(".err"); errOut != want {
				t.Errorf("stderr differs\n--- want\n%s\n--- got\n%s", want, errOut)
			}
			if code != wantCode {
				t.Errorf("exit status %d, want %d", code, wantCode)
			}
		})
	}
}
