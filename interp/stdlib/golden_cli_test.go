package stdlib_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGolden runs each testdata/golden/NAME.exs through the CLI and
// compares its standard output with NAME.out, recorded from real Elixir
// (1.14 on OTP 25: the programs use only what 1.18 prints the same way).
func TestGolden(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the CLI; skipped with -short")
	}
	files, _ := filepath.Glob("testdata/golden/*.exs")
	if len(files) == 0 {
		t.Fatal("no programs in testdata/golden")
	}
	bin, _ := buildExlite(t)
	for _, f := range files {
		f := f
		t.Run(filepath.Base(f), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".exs") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "run", f)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			if err := cmd.Run(); err != nil {
				t.Fatalf("exlite run: %v\n%s", err, errb.String())
			}
			gotLines := bytes.Split(out.Bytes(), []byte("\n"))
			wantLines := bytes.Split(want, []byte("\n"))
			for i := 0; i < len(gotLines) || i < len(wantLines); i++ {
				var g, w []byte
				if i < len(gotLines) {
					g = gotLines[i]
				}
				if i < len(wantLines) {
					w = wantLines[i]
				}
				if !bytes.Equal(g, w) {
					t.Errorf("line %d: got %q, want %q", i+1, g, w)
				}
			}
		})
	}
}
