package interp

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/exlite/exlite/parser"
)

// FuzzRun runs arbitrary programs (seeded with the conformance programs
// and the golden ones) with a time limit: whatever the program does, the
// interpreter must return an exit status, never crash or hang.
func FuzzRun(f *testing.F) {
	for _, pattern := range []string{"../tests/conformance/*.exs", "testdata/*.exs"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(string(src))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		file, err := parser.Parse("fuzz.exs", []byte(src))
		if err != nil {
			return
		}
		var out, errb bytes.Buffer
		done := make(chan int, 1)
		go func() {
			done <- Run(file, Options{Stdout: &out, Stderr: &errb, Timeout: 2 * time.Second, MaxDepth: 10_000})
		}()
		select {
		case code := <-done:
			if code < 0 {
				t.Fatalf("negative exit status %d", code)
			}
			if bytes.Contains(errb.Bytes(), []byte("exlite internal error")) {
				t.Fatalf("internal error:\n%s", errb.String())
			}
		case <-time.After(20 * time.Second):
			t.Fatal("the interpreter did not stop within 20s of a 2s limit")
		}
	})
}
