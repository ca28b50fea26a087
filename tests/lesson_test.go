package tests

import (
	"strings"
	"testing"
	"time"
)

// TestLesson runs the programs made from the course's Processes lesson
// (tests/lesson) against real Elixir's recorded output.
func TestLesson(t *testing.T) { checkCorpus(t, "lesson") }

// TestLessonsCommand checks `exlite lessons`: the list, one exercise's
// statement, starter and solution, and --lessons DIR.
func TestLessonsCommand(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want []string // substrings of stdout (or of stderr when code != 0)
	}{
		{[]string{"lessons"}, 0, []string{"Processes (processes)\n", "processes/ping_pong ", "Ping-Pong Processes (6 scenarios, 2 bonus)"}},
		{[]string{"lessons", "ping_pong"}, 0, []string{"# Ping-Pong Processes\n", "## Bonus"}},
		{[]string{"lessons", "--starter", "processes/ping_pong"}, 0, []string{"# Implement pong_loop/1"}},
		{[]string{"lessons", "--solution", "counter"}, 0, []string{"{:decrement, amount} ->"}},
		{[]string{"lessons", "--lessons", "../lessons/testdata/course"}, 0, []string{"Basics (basics)\n  basics/hello  Hello (1 scenario)\n"}},
		{[]string{"lessons", "nope"}, 2, []string{`no exercise named "nope"`}},
		{[]string{"lessons", "--starter", "--solution", "counter"}, 2, []string{"not both"}},
		{[]string{"lessons", "--lessons", "no/such/dir"}, 2, []string{"no/such/dir"}},
	} {
		r := runExlite(t, ".", 30*time.Second, tc.args...)
		got := r.stdout
		if tc.code != 0 {
			got = r.stderr
		}
		if r.code != tc.code {
			t.Errorf("exlite %s: status %d, want %d (stderr %q)", strings.Join(tc.args, " "), r.code, tc.code, r.stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("exlite %s: output lacks %q:\n%s", strings.Join(tc.args, " "), w, got)
			}
		}
	}
}
