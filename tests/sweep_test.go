package tests

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestSweep runs the programs of tests/sweep: course-style programs
// whose expectations were derived from Elixir 1.14 runs adjusted to 1.18
// (see tests/sweep/README.md). stdout and the exit status must match;
// stderr too where a NAME.err is recorded.
func TestSweep(t *testing.T) {
	dir := "sweep"
	xfail := readList(t, filepath.Join(dir, "xfail.txt"))
	for _, name := range programs(t, dir) {
		name := name
		t.Run(name, func(t *testing.T) {
			r := runExlite(t, dir, 30*time.Second, "run", name+".exs")
			var problems []string
			if r.timedOut {
				problems = append(problems, "timed out")
			}
			wantOut := readFile(t, filepath.Join(dir, name+".out"))
			if mask(r.stdout) != mask(wantOut) {
				problems = append(problems, fmt.Sprintf("stdout differs:\n--- want\n%s\n--- got\n%s\n--- stderr\n%s", wantOut, r.stdout, r.stderr))
			}
			if wantErr, err := os.ReadFile(filepath.Join(dir, name+".err")); err == nil {
				if normStderr(r.stderr) != normStderr(string(wantErr)) {
					problems = append(problems, fmt.Sprintf("stderr differs:\n--- want\n%s\n--- got\n%s", normStderr(string(wantErr)), normStderr(r.stderr)))
				}
			}
			wantCode, err := strconv.Atoi(strings.TrimSpace(readFile(t, filepath.Join(dir, name+".code"))))
			if err != nil {
				t.Fatal(err)
			}
			if r.code != wantCode {
				problems = append(problems, fmt.Sprintf("exit status %d, want %d (stderr: %s)", r.code, wantCode, r.stderr))
			}
			switch {
			case len(problems) == 0 && xfail[name]:
				t.Errorf("%s passes now: remove it from xfail.txt", name)
			case len(problems) == 0:
			case xfail[name]:
				t.Skipf("known failure (xfail.txt): %.200s", problems[0])
			default:
				t.Error(strings.Join(problems, "\n"))
			}
		})
	}
}
