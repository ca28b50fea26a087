package stdlib_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"testing"
	"time"
)

// TestCollectionsBehaviour runs testdata/collections/behaviour.exs through
// the CLI and compares its output with real Elixir's.
func TestCollectionsBehaviour(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the CLI; skipped with -short")
	}
	want, err := os.ReadFile("testdata/collections/behaviour.out")
	if err != nil {
		t.Fatal(err)
	}
	bin, _ := buildExlite(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "run", "testdata/collections/behaviour.exs")
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
}
