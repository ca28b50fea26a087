package interp

import (
	"bytes"
	"strings"
	"testing"

	"github.com/exlite/exlite/parser"
)

// TestSandboxGaps checks what the sandbox lets through of Path, Version,
// Registry.select, :binary, :crypto and the protocols' impl_for: the pure
// functions run, those that read the host (the current directory, the
// user's home, directory listings) are refused.
func TestSandboxGaps(t *testing.T) {
	cases := []struct {
		src, out, err string
	}{
		{`IO.puts Path.join(["a", "b", "c.ex"]) <> " " <> Path.basename("/x/y.ex", ".ex") <> " " <> Path.relative_to("/a/b", "/a")`, "a/b/c.ex y b\n", ""},
		{`IO.inspect {Path.split("/a/b"), Path.type("a"), Path.dirname("a/b"), Path.extname("a.ex"), Path.rootname("a.ex"), Path.relative("/a")}`,
			"{[\"/\", \"a\", \"b\"], :relative, \"a\", \".ex\", \"a\", \"a\"}\n", ""},
		{`IO.inspect {Inspect.impl_for(1), List.Chars.impl_for(:a), Enumerable.impl_for!([]), String.Chars.impl_for(%{}), Collectable.impl_for("")}`,
			"{Inspect.Integer, List.Chars.Atom, Enumerable.List, nil, Collectable.BitString}\n", ""},
		{`IO.puts Base.encode16(:crypto.hash(:md5, "abc"), case: :lower) <> " #{byte_size(:crypto.strong_rand_bytes(3))}"`,
			"900150983cd24fb0d6963f7d28e17f72 3\n", ""},
		{`IO.inspect {Version.match?("1.2.3", "~> 1.2"), Version.compare("1.0.0", "1.0.0-rc.1"), to_string(Version.parse!("2.0.0-dev"))}`,
			"{true, :gt, \"2.0.0-dev\"}\n", ""},
		{`Registry.start_link(keys: :unique, name: R); Registry.register(R, :k, 1); IO.inspect Registry.select(R, [{{:"$1", :_, :"$2"}, [], [{{:"$1", :"$2"}}]}])`,
			"[k: 1]\n", ""},
		{`IO.inspect {:binary.encode_hex("hi"), :binary.longest_common_suffix(["ab", "b"])}`, "{\"6869\", 1}\n", ""},
		{`Path.expand("x")`, "", "Path.expand/1 is not allowed here"},
		{`Path.expand("~/x", "/tmp")`, "", "Path.expand/2 is not allowed here"},
		{`Path.absname("x")`, "", "Path.absname/1 is not allowed here"},
		{`Path.relative_to_cwd("x")`, "", "Path.relative_to_cwd/1 is not allowed here"},
		{`Path.wildcard("*")`, "", "Path.wildcard/1 is not allowed here"},
	}
	for _, c := range cases {
		f, err := parser.Parse("sandbox.exs", []byte(c.src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		code := Run(f, Options{Stdout: &out, Stderr: &errb, Sandbox: true, NoWarnings: true})
		if out.String() != c.out {
			t.Errorf("%s: stdout %q, want %q (stderr %q)", c.src, out.String(), c.out, errb.String())
		}
		if c.err == "" && code != 0 {
			t.Errorf("%s: exit status %d, stderr %q", c.src, code, errb.String())
		}
		if c.err != "" && (code != 1 || !strings.Contains(errb.String(), c.err)) {
			t.Errorf("%s: exit status %d, stderr %q, want it to hold %q", c.src, code, errb.String(), c.err)
		}
	}
}

// TestStrongRandBytesDeterministic checks that :crypto.strong_rand_bytes/1
// draws from the program's seeded source, as :rand does: the same seed
// gives the same bytes in deterministic mode, another seed others.
func TestStrongRandBytesDeterministic(t *testing.T) {
	run := func(seed int64) string {
		f, err := parser.Parse("rand.exs", []byte("IO.puts Base.encode16(:crypto.strong_rand_bytes(12))\n"))
		if err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		if code := Run(f, Options{Stdout: &out, Stderr: &errb, Deterministic: true, Seed: seed, Sandbox: true}); code != 0 {
			t.Fatalf("exit status %d: %s", code, errb.String())
		}
		return out.String()
	}
	a, b, c := run(3), run(3), run(4)
	if a != b {
		t.Errorf("seed 3 gave %q then %q", a, b)
	}
	if a == c {
		t.Errorf("seeds 3 and 4 both gave %q", a)
	}
}
