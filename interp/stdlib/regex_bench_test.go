package stdlib

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Regex over the megabyte of text_bench_test.go, and the sigil and =~
// on a short line as a loop in a program runs them.

func BenchmarkRegexSplitSpacesMB(b *testing.B) {
	benchCall(b, "String.split/2", megabyte, re(nil, `\s+`, ""))
}

func BenchmarkRegexScanWordsMB(b *testing.B) {
	benchCall(b, "Regex.scan/2", re(nil, `\w+`, ""), megabyte)
}

func BenchmarkRegexReplaceGroupsMB(b *testing.B) {
	benchCall(b, "Regex.replace/3", re(nil, `(\w+) (\w+)`, ""), megabyte, s(`\2 \1`))
}

func BenchmarkRegexSigilMatchLine(b *testing.B) {
	env := &textEnv{}
	sigil, _ := lookupBuiltin(rt.ModuleAtom("Kernel"), "sigil_r", 2)
	match, _ := lookupBuiltin(rt.ModuleAtom("Kernel"), "=~", 2)
	line := s("  sit amet, consectetur adipiscing")
	for n := 0; n < b.N; n++ {
		r := sigil(env, []term.Term{s(`^\s*sit\b`), term.Nil})
		match(env, []term.Term{line, r})
	}
}
