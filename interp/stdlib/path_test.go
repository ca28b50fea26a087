package stdlib

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestPathCases compares Path's string functions with what Elixir (on
// OTP 25) printed for every path over the letters "a", "." and "/" up to
// five characters (testdata/path_cases.exs wrote testdata/path_cases.txt).
func TestPathCases(t *testing.T) {
	f, err := os.Open("testdata/path_cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	unq := func(s string) string {
		u, err := strconv.Unquote(s)
		if err != nil {
			t.Fatalf("bad string %s in testdata", s)
		}
		return u
	}
	list := func(ss []string) string {
		q := make([]string, len(ss))
		for i, s := range ss {
			q[i] = strconv.Quote(s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	}
	check := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %s, want %s", what, got, want)
		}
	}
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		q := strconv.Quote
		switch fs[0] {
		case "ext":
			p, e := unq(fs[1]), unq(fs[2])
			check("basename("+fs[1]+", "+fs[2]+")", q(pathBasenameExt(p, e)), fs[3])
			check("rootname("+fs[1]+", "+fs[2]+")", q(pathRootnameExt(p, e)), fs[4])
		case "pair":
			a, b := unq(fs[1]), unq(fs[2])
			check("join("+fs[1]+", "+fs[2]+")", q(pathJoin(a, b)), fs[3])
			check("absname("+fs[1]+", "+fs[2]+")", q(pathAbsname(a, b)), fs[4])
		default:
			p := unq(fs[0])
			check("basename("+fs[0]+")", q(pathBasename(p)), fs[1])
			check("dirname("+fs[0]+")", q(pathDirname(p)), fs[2])
			check("extname("+fs[0]+")", q(pathExtname(p)), fs[3])
			check("rootname("+fs[0]+")", q(pathRootname(p)), fs[4])
			check("split("+fs[0]+")", list(pathSplit(p)), fs[5])
			typ := ":relative"
			if strings.HasPrefix(p, "/") {
				typ = ":absolute"
			}
			check("type("+fs[0]+")", typ, fs[6])
			check("relative("+fs[0]+")", q(pathRelative(p)), fs[7])
		}
		n++
	}
	if n < 4000 {
		t.Fatalf("read %d cases, want the whole file", n)
	}
}

// TestPathRelativeTo checks Path.relative_to/3 against the examples of
// Elixir 1.18's documentation (1.14's function differs: it neither
// expands ".." nor takes :force).
func TestPathRelativeTo(t *testing.T) {
	cases := []struct {
		path, cwd string
		force     bool
		want      string
	}{
		{"tmp/foo/bar", "tmp", false, "foo/bar"},
		{"tmp/foo/bar", "tmp/foo", false, "bar"},
		{"tmp/foo/bar", "tmp/bat", false, "../foo/bar"},
		{"/usr/foo/bar", "tmp/bat", false, "/usr/foo/bar"},
		{"/usr/local/foo", "/usr/local", false, "foo"},
		{"/usr/local/foo", "/", false, "usr/local/foo"},
		{"/usr/local/foo", "/etc", false, "/usr/local/foo"},
		{"/usr/local/foo", "/usr/local/foo", false, "."},
		{"/usr/local/../foo", "/usr/foo", false, "."},
		{"/usr/local/../foo/bar", "/usr/foo", false, "bar"},
		{"/usr", "/usr/local", true, ".."},
		{"/usr/foo", "/usr/local", true, "../foo"},
		{"/usr/../foo/bar", "/etc/foo", true, "../../foo/bar"},
		{".", "/usr/local", false, "."},
		{"foo", "/usr/local", false, "foo"},
		{"foo/../bar", "/usr/local", false, "bar"},
		{"foo/..", "/usr/local", false, "."},
		{"../foo", "/usr/local", false, "../foo"},
	}
	for _, c := range cases {
		if got, _ := pathRelativeTo(c.path, c.cwd, c.force); got != c.want {
			t.Errorf("relative_to(%q, %q, force: %v) = %q, want %q", c.path, c.cwd, c.force, got, c.want)
		}
	}
	// Elixir 1.18 reaches Path.join([]) here, which raises
	if _, ok := pathRelativeTo("a", "a/b", false); ok {
		t.Errorf(`relative_to("a", "a/b") succeeded, want Path.join([])'s FunctionClauseError`)
	}
}

// TestPathExpandDot checks the folding of "." and ".." that Path.expand
// does after making a path absolute (values from Elixir 1.14).
func TestPathExpandDot(t *testing.T) {
	cases := map[string]string{
		"/foo/bar/../baz":     "/foo/baz",
		"/baz/foo/bar/../bar": "/baz/foo/bar",
		"/../..":              "/",
		"/a/./b/.":            "/a/b",
		"/":                   "/",
	}
	for in, want := range cases {
		if got := pathExpandDot(pathAbsname(in, "")); got != want {
			t.Errorf("expand(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPathHost checks the Path functions that read the host (the sandbox
// refuses them) against the current directory and a HOME of the test's.
func TestPathHost(t *testing.T) {
	t.Setenv("HOME", "/home/learner")
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	runCases(t, []callCase{
		{"Path.expand/1", []term.Term{s("~/a/../b")}, strconv.Quote("/home/learner/b")},
		{"Path.expand/1", []term.Term{s("~")}, strconv.Quote("/home/learner")},
		{"Path.expand/1", []term.Term{s("~other/x")}, strconv.Quote(cwd + "/~other/x")},
		{"Path.expand/1", []term.Term{s("x/./y/..")}, strconv.Quote(cwd + "/x")},
		{"Path.expand/2", []term.Term{s("a"), s("~/p")}, strconv.Quote("/home/learner/p/a")},
		{"Path.expand/2", []term.Term{s("/x/../y"), s("/p")}, strconv.Quote("/y")},
		{"Path.absname/1", []term.Term{s("x/../y")}, strconv.Quote(cwd + "/x/../y")},
		{"Path.relative_to_cwd/1", []term.Term{s(cwd + "/q/r")}, strconv.Quote("q/r")},
	})
}
