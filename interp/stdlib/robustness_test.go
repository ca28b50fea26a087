package stdlib

import (
	"fmt"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The text-side modules. Their built-ins may raise Elixir errors
// (*rt.Error) or halt (*rt.Halt), but never panic in Go, whatever
// arguments a program passes.
var textModules = []string{"String", "Integer", "Float", "Bitwise", ":math", "Regex", "IO", "IO.ANSI",
	"Exception", "System", ":timer", ":rand", ":erlang", ":lists", ":maps", ":string", ":binary",
	":unicode", ":io", ":io_lib", "Date", "Time", "NaiveDateTime", "DateTime", "Calendar.ISO",
	"Atom", "Module", "String.Chars", "URI", "Base", "Duration", "Calendar", "Calendar.UTCOnlyTimeZoneDatabase", "OptionParser"}

// skipCall lists built-ins that block or end the program by design, and
// the :erlang functions the collections side (tuple.go, kernel.go) owns.
var skipCall = map[string]bool{"System.halt": true, "System.stop": true, ":erlang.halt": true,
	":timer.sleep": true, "IO.gets": true, "IO.read": true, "IO.binread": true, ":io.get_line": true,
	":erlang.make_tuple": true,
	// these reach the host: OS commands and the test process's environment
	"System.cmd": true, "System.shell": true, "System.put_env": true, "System.delete_env": true}

func TestTextBuiltinsNeverPanic(t *testing.T) {
	fn := goFun(1, func(args []term.Term) term.Term { return term.Binary("x") })
	samples := []term.Term{
		term.Int(0), term.Int(-3), term.Int(1 << 40), term.Float(2.5), term.Float(-0.0),
		term.Binary(""), term.Binary("héllo wörld"), term.Binary("\xff\xfe"),
		term.MakeAtom("nil"), term.MakeAtom("ok"), term.Nil,
		term.List(term.Int(104), term.Int(105)), term.List(term.Binary("a"), term.Binary("")),
		term.Tuple{}, term.Tuple{term.Int(1), term.Int(2)}, term.EmptyMap, fn,
		term.List(term.Tuple{term.MakeAtom("parts"), term.Int(-1)}),
		rng(0, -1, 1), term.List(term.MakeAtom("global")),
	}
	calls := 0
	for _, mod := range textModules {
		for _, b := range rt.ModuleExports(rt.ModuleAtom(mod)) {
			name := mod + "." + b.Name.Name()
			if skipCall[name] || b.Arity > 3 {
				continue
			}
			// every combination for arity <= 2, a sample of them for 3
			n := len(samples)
			total := 1
			for k := 0; k < b.Arity; k++ {
				total *= n
			}
			step := 1
			if total > 3000 {
				step = total/3000 + 1
			}
			for c := 0; c < total; c += step {
				args := make([]term.Term, b.Arity)
				x := c
				for k := range args {
					args[k] = samples[x%n]
					x /= n
				}
				calls++
				func() {
					defer func() {
						if r := recover(); r != nil {
							switch r.(type) {
							case *rt.Error, *rt.Halt:
							default:
								t.Errorf("%s/%d%v panicked in Go: %v", name, b.Arity, showArgs(args), r)
							}
						}
					}()
					b.Fn(&textEnv{}, args)
				}()
			}
		}
	}
	if calls < 1000 {
		t.Fatalf("only %d calls made", calls)
	}
}

func showArgs(args []term.Term) string {
	s := "("
	for k, x := range args {
		if k > 0 {
			s += ", "
		}
		s += fmt.Sprint(show(x))
	}
	return s + ")"
}
