package stdlib

import (
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// A megabyte of text: words, punctuation and some non-ASCII.
var megabyte = func() term.Term {
	var sb strings.Builder
	words := []string{"alpha", "beta,", "gamma;", "délta", "epsilon\n", "zeta", "ñu"}
	for i := 0; sb.Len() < 1<<20; i++ {
		sb.WriteString(words[i%len(words)])
		sb.WriteByte(' ')
	}
	return term.Binary(sb.String())
}()

func benchCall(b *testing.B, mfa string, args ...term.Term) {
	env := &textEnv{}
	mod, fun, _ := splitMFA(mfa)
	bi, ok := lookupBuiltin(mod, fun, len(args))
	if !ok {
		b.Fatalf("no built-in %s", mfa)
	}
	b.SetBytes(int64(len(megabyte.(term.Binary))))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		bi(env, args)
	}
}

func BenchmarkStringSplitMB(b *testing.B) { benchCall(b, "String.split/2", megabyte, s(" ")) }

func BenchmarkStringSplitManyPatternsMB(b *testing.B) {
	benchCall(b, "String.split/2", megabyte, l(s(","), s(";"), s("\n")))
}

func BenchmarkStringSplitWhitespaceMB(b *testing.B) { benchCall(b, "String.split/1", megabyte) }

func BenchmarkStringReplaceMB(b *testing.B) {
	benchCall(b, "String.replace/3", megabyte, s("a"), s("A"))
}

func BenchmarkStringReplaceRegexMB(b *testing.B) {
	r := call(&testing.T{}, &textEnv{}, "Kernel.sigil_r/2", s(`[aeiou]+`), l())
	benchCall(b, "String.replace/3", megabyte, r, s("_"))
}

func BenchmarkStringLengthMB(b *testing.B)    { benchCall(b, "String.length/1", megabyte) }
func BenchmarkStringUpcaseMB(b *testing.B)    { benchCall(b, "String.upcase/1", megabyte) }
func BenchmarkStringReverseMB(b *testing.B)   { benchCall(b, "String.reverse/1", megabyte) }
func BenchmarkStringGraphemesMB(b *testing.B) { benchCall(b, "String.graphemes/1", megabyte) }

// BenchmarkStringBuildLoop builds a 10,000-piece string as a loop of
// acc <> to_string(i) <> "," does, through the built-ins a program calls.
func BenchmarkStringBuildLoop(b *testing.B) {
	env := &textEnv{}
	toString, _ := lookupBuiltin(term.MakeAtom("Elixir.Kernel"), "to_string", 1)
	for n := 0; n < b.N; n++ {
		acc := ""
		for i := 0; i < 10_000; i++ {
			acc += string(toString(env, []term.Term{term.Int(i)}).(term.Binary)) + ","
		}
		if len(acc) == 0 {
			b.Fatal("empty")
		}
	}
}

// BenchmarkIODataBuild builds the same text as iodata and flattens it
// once with IO.iodata_to_binary/1.
func BenchmarkIODataBuild(b *testing.B) {
	env := &textEnv{}
	toString, _ := lookupBuiltin(term.MakeAtom("Elixir.Kernel"), "to_string", 1)
	flatten, _ := lookupBuiltin(term.MakeAtom("Elixir.IO"), "iodata_to_binary", 1)
	for n := 0; n < b.N; n++ {
		var acc term.Term = term.Nil
		for i := 0; i < 10_000; i++ {
			acc = term.List(acc, toString(env, []term.Term{term.Int(i)}), term.Binary(","))
		}
		flatten(env, []term.Term{acc})
	}
}
