package pcre

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// flagsOf maps Elixir's regex modifiers to Flags as Regex.compile does.
func flagsOf(mods string) Flags {
	var f Flags
	for _, c := range mods {
		switch c {
		case 'i':
			f.Caseless = true
		case 'm':
			f.Multiline = true
		case 's':
			f.Dotall, f.AnyCRLF = true, true
		case 'x':
			f.Extended = true
		case 'u':
			f.UTF, f.UCP = true, true
		case 'U':
			f.Ungreedy = true
		case 'f':
			f.Firstline = true
		}
	}
	return f
}

// formatCaps writes one match as :re's index list: trailing groups that
// did not take part are left out, others are -1,0.
func formatCaps(caps []int) string {
	last := len(caps)/2 - 1
	for last > 0 && caps[2*last] < 0 {
		last--
	}
	var parts []string
	for g := 0; g <= last; g++ {
		if caps[2*g] < 0 {
			parts = append(parts, "-1,0")
			continue
		}
		parts = append(parts, fmt.Sprintf("%d,%d", caps[2*g], caps[2*g+1]-caps[2*g]))
	}
	return strings.Join(parts, " ")
}

type golden struct {
	line                int
	pattern, mods, subj string
	offset              int
	run, scan           string
}

func readGolden(t *testing.T) []golden {
	f, err := os.Open("testdata/cases.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []golden
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 6 {
			t.Fatalf("line %d: %d columns", n, len(cols))
		}
		p, _ := hex.DecodeString(cols[0])
		s, _ := hex.DecodeString(cols[2])
		off, _ := strconv.Atoi(cols[3])
		out = append(out, golden{n, string(p), cols[1], string(s), off, cols[4], cols[5]})
	}
	return out
}

// TestGolden compares Regex.run and Regex.scan (with return: :index) as
// recorded from Elixir on OTP 25 (PCRE 8.44) with this package.
func TestGolden(t *testing.T) {
	cases := readGolden(t)
	if len(cases) < 200 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		name := fmt.Sprintf("%d %q/%s on %q", c.line, c.pattern, c.mods, c.subj)
		re, cerr := Compile(c.pattern, flagsOf(c.mods))
		if strings.HasPrefix(c.run, "error:") {
			want := strings.TrimPrefix(c.run, "error:")
			if cerr == nil {
				t.Errorf("%s: compiled, want error %s", name, want)
			} else if got := fmt.Sprintf("%s:%d", cerr.Msg, cerr.Offset); got != want {
				t.Errorf("%s: error %s, want %s", name, got, want)
			}
			continue
		}
		if cerr != nil {
			t.Errorf("%s: %v", name, cerr)
			continue
		}
		caps, res := re.Exec(c.subj, c.offset, Options{}, nil)
		got := "nil"
		if res == Matched {
			got = formatCaps(caps)
		}
		if got != c.run {
			t.Errorf("%s: run %s, want %s", name, got, c.run)
		}
		if res == LimitHit {
			// the match limit: :re reports no match, and scan stops
			if c.scan != "" {
				t.Errorf("%s: hit the match limit, scan wants %s", name, c.scan)
			}
			continue
		}
		all, res := re.FindAll(c.subj, c.offset, -1, nil)
		var parts []string
		if res == Matched {
			for _, m := range all {
				parts = append(parts, formatCaps(m))
			}
		}
		if got := strings.Join(parts, "|"); got != c.scan {
			t.Errorf("%s: scan %s, want %s", name, got, c.scan)
		}
	}
}

func benchText() string {
	var sb strings.Builder
	words := []string{"alpha", "beta,", "gamma;", "délta", "epsilon\n", "zeta", "ñu"}
	for i := 0; sb.Len() < 1<<20; i++ {
		sb.WriteString(words[i%len(words)])
		sb.WriteByte(' ')
	}
	return sb.String()
}

func benchFindAll(b *testing.B, pattern string) {
	re, err := Compile(pattern, Flags{})
	if err != nil {
		b.Fatal(err)
	}
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		re.FindAll(text, 0, -1, nil)
	}
}

func BenchmarkFindAllSpacesMB(b *testing.B)  { benchFindAll(b, `\s+`) }
func BenchmarkFindAllWordsMB(b *testing.B)   { benchFindAll(b, `\w+`) }
func BenchmarkFindAllPairsMB(b *testing.B)   { benchFindAll(b, `(\w+) (\w+)`) }
func BenchmarkFindAllLiteralMB(b *testing.B) { benchFindAll(b, `epsilon`) }

type countBudget struct {
	steps, grown int64
	stopAt       int64
}

type stopped struct{}

func (b *countBudget) Steps(n int) {
	b.steps += int64(n)
	if b.stopAt > 0 && b.steps > b.stopAt {
		panic(stopped{})
	}
}

func (b *countBudget) Grow(bytes int64) { b.grown = bytes }

// A runaway pattern reports its work as it goes, so that a budget can
// stop it long before the match limit.
func TestBudgetStopsRunawayMatch(t *testing.T) {
	re, err := Compile(`(a|aa)+$`, Flags{})
	if err != nil {
		t.Fatal(err)
	}
	subject := strings.Repeat("a", 60) + "b"
	b := &countBudget{stopAt: 100_000}
	func() {
		defer func() {
			if _, ok := recover().(stopped); !ok {
				t.Fatal("the budget did not stop the match")
			}
		}()
		re.Exec(subject, 0, Options{}, b)
	}()
	// without a stop, the match limit ends it as no match
	b = &countBudget{}
	if _, res := re.Exec(subject, 0, Options{}, b); res != LimitHit {
		t.Fatalf("got %v, want LimitHit", res)
	}
	if b.steps < MatchLimit || b.grown == 0 {
		t.Fatalf("reported %d steps, stack grown to %d bytes", b.steps, b.grown)
	}
	// the pool's machine still works after a stopped match
	if caps, res := re.Exec("aa", 0, Options{}, nil); res != Matched || caps[0] != 0 || caps[1] != 2 {
		t.Fatalf("got %v %v", caps, res)
	}
}

// Deeply nested groups are refused as PCRE does, so that no input makes
// the parser or matcher recurse without bound.
func TestNestingLimit(t *testing.T) {
	deep := strings.Repeat("(", 800) + "a" + strings.Repeat(")", 800)
	if _, err := Compile(deep, Flags{}); err == nil || err.Error() != "regular expression is too complicated at position 799" {
		t.Fatalf("got %v", err)
	}
	ok := strings.Repeat("(?=", 700) + "a" + strings.Repeat(")", 700)
	re, err := Compile(ok, Flags{})
	if err != nil {
		t.Fatal(err)
	}
	if _, res := re.Exec("a", 0, Options{}, nil); res != Matched {
		t.Fatal("no match")
	}
}
