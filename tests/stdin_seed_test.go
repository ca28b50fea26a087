package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRunReadsStdin: IO.gets reads the program's standard input under
// `exlite run`, as under `elixir`.
func TestRunReadsStdin(t *testing.T) {
	dir := t.TempDir()
	src := "name = IO.gets(\"name? \") |> String.trim()\nIO.puts(\"hello #{name}\")\nIO.inspect(IO.gets(\"\"))\n"
	if err := os.WriteFile(filepath.Join(dir, "g.exs"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exliteBin, "run", "g.exs")
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader("Ann\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := "name? hello Ann\n:eof\n"; string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// TestDeterministicRandom: in the deterministic mode :rand and
// Enum.random follow the seed, so a graded program repeats exactly.
func TestDeterministicRandom(t *testing.T) {
	dir := t.TempDir()
	src := "IO.inspect(Enum.random(1..1_000_000))\nIO.inspect(:rand.uniform(1_000_000))\nIO.inspect(Enum.shuffle(1..10))\n"
	if err := os.WriteFile(filepath.Join(dir, "r.exs"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{}
	for _, seed := range []string{"3", "3", "4"} {
		r := runExlite(t, dir, 30*time.Second, "run", "--deterministic", "--seed", seed, "r.exs")
		if r.code != 0 {
			t.Fatalf("seed %s: status %d: %s", seed, r.code, r.stderr)
		}
		if prev, ok := outputs[seed]; ok && prev != r.stdout {
			t.Errorf("seed %s gave two outputs:\n%s\n%s", seed, prev, r.stdout)
		}
		outputs[seed] = r.stdout
	}
	if outputs["3"] == outputs["4"] {
		t.Errorf("seeds 3 and 4 gave the same random numbers: %s", outputs["3"])
	}
}
