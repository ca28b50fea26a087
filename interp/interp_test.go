package interp

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/exlite/exlite/parser"
)

// runSource parses and runs a program, returning its output and status.
func runSource(t *testing.T, name, src string) (stdout, stderr string, code int) {
	t.Helper()
	f, err := parser.Parse(name, []byte(src))
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	var out, errb bytes.Buffer
	code = Run(f, Options{Stdout: &out, Stderr: &errb})
	return out.String(), errb.String(), code
}

// runGolden runs a golden program in the deterministic mode (one process
// at a time, virtual clock), so that its sleeps and timeouts mean the same
// on a loaded machine: the recordings follow real Elixir's order, which
// seed 0 reproduces. The real-time mode is exercised by tests/.
func runGolden(t *testing.T, name, src string) (stdout, stderr string, code int) {
	t.Helper()
	f, err := parser.Parse(name, []byte(src))
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	var out, errb bytes.Buffer
	code = Run(f, Options{Stdout: &out, Stderr: &errb, Deterministic: true})
	return out.String(), errb.String(), code
}

// elixirFrames are real Elixir's own stack lines, which exlite leaves out.
var elixirFrames = regexp.MustCompile(`(?m)^ +\(elixir [0-9.]+\) .*\n`)

// TestGolden runs every testdata/NAME.exs and compares its standard output
// with NAME.out (recorded from real Elixir), its exit status with
// NAME.code (0 when absent) and, when NAME.err exists, its standard error
// (without Elixir's own stack frames).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.exs")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden programs")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".exs")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".exs") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			wantCode := 0
			if c, err := os.ReadFile(strings.TrimSuffix(file, ".exs") + ".code"); err == nil {
				wantCode, _ = strconv.Atoi(strings.TrimSpace(string(c)))
			}
			// Run from inside testdata, as the recordings were made.
			out, errOut, code := runGolden(t, filepath.Base(file), string(src))
			if out != string(want) {
				t.Errorf("stdout differs\n--- want\n%s\n--- got\n%s\n--- stderr\n%s", want, out, errOut)
			}
			if code != wantCode {
				t.Errorf("exit status %d, want %d\nstderr: %s", code, wantCode, errOut)
			}
			if wantErr, err := os.ReadFile(strings.TrimSuffix(file, ".exs") + ".err"); err == nil {
				w := elixirFrames.ReplaceAllString(string(wantErr), "")
				if errOut != w {
					t.Errorf("stderr differs\n--- want\n%s\n--- got\n%s", w, errOut)
				}
			}
		})
	}
}
