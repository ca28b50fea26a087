package stdlib

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPathWildcard expands the patterns of testdata/path_wildcard.txt in
// a copy of the tree Elixir 1.14 (OTP 25) listed them in, without and
// with match_dot: true, and compares with what it printed.
func TestPathWildcard(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"lib/app", "lib/.hidden", "test", ".git", "b"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"lib/a.ex", "lib/b.exs", "lib/app/c.ex", "lib/app/d.txt", "lib/.hidden/e.ex",
		"lib/.f.ex", "test/t_test.exs", "test/x.ex", ".git/config", "README.md", "mix.exs",
		"b/ab.txt", "b/ac.txt", "b/b1.txt", "b/q?.txt"} {
		if err := os.WriteFile(filepath.Join(dir, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.Open("testdata/path_wildcard.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer data.Close()
	show := func(ss []string) string {
		q := make([]string, len(ss))
		for i, s := range ss {
			q[i] = strconv.Quote(s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	}
	n := 0
	sc := bufio.NewScanner(data)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 3 {
			t.Fatalf("bad line %q", sc.Text())
		}
		if got := show(pathWildcard(dir, fs[0], false)); got != fs[1] {
			t.Errorf("wildcard(%q) = %s, want %s", fs[0], got, fs[1])
		}
		if got := show(pathWildcard(dir, fs[0], true)); got != fs[2] {
			t.Errorf("wildcard(%q, match_dot: true) = %s, want %s", fs[0], got, fs[2])
		}
		n++
	}
	if n < 20 {
		t.Fatalf("read %d patterns", n)
	}
}
