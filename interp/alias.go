package interp

import (
	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Process aliases (beam/alias.go): alias/0,1, unalias/1 and monitors
// that are aliases (Process.monitor/2, :erlang.monitor/3 with
// alias: :demonitor | :reply_demonitor | :explicit_unalias), as OTP 25
// has them.

func init() {
	aliasFns := map[string]rt.BuiltinFunc{
		"alias/0": func(env rt.Env, a []term.Term) term.Term {
			return bproc(env).Alias(term.Ref{}, beam.AliasExplicit)
		},
		"alias/1": func(env rt.Env, a []term.Term) term.Term {
			mode := beam.AliasExplicit
			items, ok := term.ListToSlice(a[0])
			if !ok {
				argError("1st", "not a list")
			}
			for _, it := range items {
				switch it {
				case term.MakeAtom("explicit_unalias"):
					mode = beam.AliasExplicit
				case term.MakeAtom("reply"):
					mode = beam.AliasReplyDemonitor
				default:
					argError("1st", "invalid option")
				}
			}
			return bproc(env).Alias(term.Ref{}, mode)
		},
		"unalias/1": func(env rt.Env, a []term.Term) term.Term {
			ref, ok := a[0].(term.Ref)
			if !ok {
				argError("1st", "not a reference")
			}
			return term.Bool(bproc(env).Unalias(ref))
		},
	}
	rt.Register(":erlang", aliasFns)
	rt.Register("Process", aliasFns)
	rt.Register("Process", map[string]rt.BuiltinFunc{
		"monitor/2": func(env rt.Env, a []term.Term) term.Term { return monitorWith(env, a[0], a[1]) },
	})
	rt.Register(":erlang", map[string]rt.BuiltinFunc{
		"monitor/2": func(env rt.Env, a []term.Term) term.Term {
			if a[0] != term.MakeAtom("process") {
				argError("1st", "invalid monitor type")
			}
			return bproc(env).Monitor(monitorTarget(a[1]))
		},
		"monitor/3": func(env rt.Env, a []term.Term) term.Term {
			if a[0] != term.MakeAtom("process") {
				argError("1st", "invalid monitor type")
			}
			return monitorWith(env, a[1], a[2])
		},
	})
}

// monitorWith monitors target with monitor/3's options: {alias, Mode}
// makes the monitor's reference an alias of the caller too.
func monitorWith(env rt.Env, target, opts term.Term) term.Term {
	items, ok := term.ListToSlice(opts)
	if !ok {
		argError("3rd", "not a list")
	}
	mode, alias := beam.AliasExplicit, false
	for _, it := range items {
		t, ok := it.(term.Tuple)
		if !ok || len(t) != 2 || t[0] != term.MakeAtom("alias") {
			if ok && len(t) == 2 && t[0] == term.MakeAtom("tag") {
				continue
			}
			argError("3rd", "invalid option")
		}
		alias = true
		switch t[1] {
		case term.MakeAtom("explicit_unalias"):
			mode = beam.AliasExplicit
		case term.MakeAtom("demonitor"):
			mode = beam.AliasDemonitor
		case term.MakeAtom("reply_demonitor"):
			mode = beam.AliasReplyDemonitor
		default:
			argError("3rd", "invalid option")
		}
	}
	p := bproc(env)
	ref := p.Monitor(monitorTarget(target))
	if alias {
		p.Alias(ref, mode)
	}
	return ref
}
