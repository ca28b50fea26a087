package interp

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/elixirlib"
	"github.com/exlite/exlite/interp/lint"
	"github.com/exlite/exlite/interp/rt"
)

// The warnings `elixir FILE` prints once the file has run to its end
// (and only then: a file that raises prints none of them): the lexical
// tracker's unused aliases and imports (elixir_lexical:run), then the
// module checker's findings in the modules' functions
// (Module.ParallelChecker.verify, run by Code.require_file): calls of
// remote functions that do not exist and of deprecated ones.

// deprecation is the reason of a function Elixir 1.18 marks @deprecated
// (lib/elixir/lib/*.ex), for the modules a course uses.
var deprecations = map[string]string{
	"Atom.to_char_list/1":       "Use Atom.to_charlist/1 instead",
	"Enum.chunk/2":              "Use Enum.chunk_every/2 instead",
	"Enum.chunk/3":              "Use Enum.chunk_every/3 instead",
	"Enum.chunk/4":              "Use Enum.chunk_every/4 instead",
	"Enum.filter_map/3":         "Use Enum.filter/2 + Enum.map/2 or for comprehensions instead",
	"Enum.partition/2":          "Use Enum.split_with/2 instead",
	"Enum.uniq/2":               "Use Enum.uniq_by/2 instead",
	"Float.to_char_list/1":      "Use Float.to_charlist/1 instead",
	"Float.to_char_list/2":      "Use :erlang.float_to_list/2 instead",
	"Float.to_string/2":         "Use :erlang.float_to_binary/2 instead",
	"Integer.to_char_list/1":    "Use Integer.to_charlist/1 instead",
	"Integer.to_char_list/2":    "Use Integer.to_charlist/2 instead",
	"Keyword.delete/3":          "Use Keyword.fetch/2 + Keyword.delete/2 instead",
	"Keyword.size/1":            "Use Kernel.length/1 instead",
	"Keyword.map/2":             "Use Keyword.new/2 instead",
	"List.zip/1":                "Use Enum.zip/1 instead",
	"Map.size/1":                "Use Kernel.map_size/1 instead",
	"Map.map/2":                 "Use Map.new/2 instead (invoke Map.from_struct/1 before if you have a struct)",
	"Range.range?/1":            "Pattern match on first..last//step instead",
	"Regex.regex?/1":            "Use Kernel.is_struct(term, Regex) or pattern match on %Regex{} instead",
	"Stream.chunk/2":            "Use Stream.chunk_every/2 instead",
	"Stream.chunk/3":            "Use Stream.chunk_every/3 instead",
	"Stream.chunk/4":            "Use Stream.chunk_every/4 instead",
	"Stream.filter_map/3":       "Use Stream.filter/2 + Stream.map/2 instead",
	"Stream.uniq/2":             "Use Stream.uniq_by/2 instead",
	"String.rstrip/1":           "Use String.trim_trailing/1 instead",
	"String.rstrip/2":           "Use String.trim_trailing/2 with a binary as second argument instead",
	"String.lstrip/1":           "Use String.trim_leading/1 instead",
	"String.lstrip/2":           "Use String.trim_leading/2 with a binary as second argument instead",
	"String.strip/1":            "Use String.trim/1 instead",
	"String.strip/2":            "Use String.trim/2 with a binary second argument instead",
	"String.rjust/2":            "Use String.pad_leading/2 instead",
	"String.rjust/3":            "Use String.pad_leading/3 with a binary padding instead",
	"String.ljust/2":            "Use String.pad_trailing/2 instead",
	"String.ljust/3":            "Use String.pad_trailing/3 with a binary padding instead",
	"String.valid_character?/1": "Use String.valid?/1 instead",
	"String.to_char_list/1":     "Use String.to_charlist/1 instead",
	"System.cwd/0":              "Use File.cwd/0 instead",
	"System.cwd!/0":             "Use File.cwd!/0 instead",
	"System.get_pid/0":          "Use System.pid/0 instead",
	"System.stacktrace/0":       "Use __STACKTRACE__ instead",
	"Task.find/2":               "Pattern match directly on the message instead",
	"Tuple.append/2":            "Use insert_at instead",
}

// topDeprecations adds to the file's top-level diagnostics the
// deprecated remote calls of its top level, which Elixir warns of while
// it expands the file, before the unused variables' warnings.
func (in *Interp) topDeprecations() {
	r := in.diags
	var ds []lint.Diagnostic
	for _, rc := range r.TopRemotes {
		mfa := mfaString(rt.ModuleAtom(rc.Module), term.MakeAtom(rc.Fun), rc.Arity)
		if reason, ok := deprecations[mfa]; ok {
			ds = append(ds, lint.Diagnostic{Severity: lint.Warning, Line: rc.Line, Col: rc.Col, Message: mfa + " is deprecated. " + reason})
		}
	}
	if len(ds) == 0 {
		return
	}
	r.Top = slices.Insert(r.Top, r.TopLexed, ds...)
	r.TopLexed += len(ds)
}

// fileEndWarnings prints what Elixir prints once the main file has run.
func (p *proc) fileEndWarnings() {
	in := p.in
	r := in.diags
	if r == nil {
		return
	}
	var b strings.Builder
	for _, d := range r.UnusedAliases {
		b.WriteString(d.Render(in.file, in.src))
	}
	for _, imp := range r.Imports {
		for _, d := range p.unusedImport(imp) {
			b.WriteString(d.Render(in.file, in.src))
		}
	}
	for _, mc := range r.Checked {
		b.WriteString(p.checkRemotes(mc, r.Checked))
	}
	if b.Len() > 0 {
		in.flush()
		fmt.Fprint(errWriter{in}, b.String())
	}
}

// exported reports whether mod (which exists) exports name/arity, as a
// function or a macro.
func (p *proc) exported(mod, name term.Atom, arity int) bool {
	if m, fn := p.in.lookupFunction(mod, name, arity); fn != nil && fn.public {
		return true
	} else if m != nil {
		if _, ok := m.macros[fnKey{name, arity}]; ok {
			return true
		}
	}
	_, ok := rt.Lookup(mod, name, arity)
	return ok
}

// knownModule reports whether mod exists here (loading exlite's own
// library module of that name if needed).
func (p *proc) knownModule(mod term.Atom) bool {
	p.ensureLib(mod)
	return p.in.moduleExists(mod)
}

// unusedImport is the lexical tracker's verdict on one import: the
// whole module when none of its functions is called, or the functions
// of only: that are not.
func (p *proc) unusedImport(imp lint.Import) []lint.Diagnostic {
	mod := rt.ModuleAtom(imp.Module)
	if !p.knownModule(mod) {
		return nil
	}
	d := lint.Diagnostic{Severity: lint.Warning, Line: imp.Line, Col: imp.Col}
	if imp.Only == nil {
		for fa := range imp.Calls {
			if p.exported(mod, term.MakeAtom(fa.Name), fa.Arity) {
				return nil
			}
		}
		d.Message = "unused import " + imp.Module
		return []lint.Diagnostic{d}
	}
	var unused []lint.FunArity
	for _, fa := range imp.Only {
		if !imp.Calls[fa] {
			unused = append(unused, fa)
		}
	}
	if len(unused) == len(imp.Only) {
		d.Message = "unused import " + imp.Module
		return []lint.Diagnostic{d}
	}
	sort.Slice(unused, func(i, j int) bool {
		if unused[i].Name != unused[j].Name {
			return unused[i].Name < unused[j].Name
		}
		return unused[i].Arity < unused[j].Arity
	})
	var out []lint.Diagnostic
	for _, fa := range unused {
		e := d
		e.Message = fmt.Sprintf("unused import %s.%s/%d", imp.Module, funName(term.MakeAtom(fa.Name)), fa.Arity)
		out = append(out, e)
	}
	return out
}

// checkRemotes renders the checker's warnings about the remote calls of
// one module: by location, one warning for every location of the same
// message.
func (p *proc) checkRemotes(mc lint.ModuleCalls, all []lint.ModuleCalls) string {
	type group struct {
		msg  string
		locs []lint.Remote
	}
	var groups []*group
	for _, d := range p.behaviourWarnings(mc, all) {
		groups = append(groups, &group{msg: d.Message, locs: []lint.Remote{{Line: d.Line, Where: d.Where}}})
	}
	byMsg := map[string]*group{}
	for _, rc := range mc.Remotes {
		mod, name := rt.ModuleAtom(rc.Module), term.MakeAtom(rc.Fun)
		mfa := mfaString(mod, name, rc.Arity)
		var msg string
		if reason, ok := deprecations[mfa]; ok {
			msg = mfa + " is deprecated. " + reason
		} else if p.knownModule(mod) && !p.exported(mod, name, rc.Arity) {
			msg = mfa + " is undefined or private" + p.in.functionHint(mod, name, rc.Arity)
		} else if !p.knownModule(mod) && strings.HasPrefix(mod.Name(), "Elixir.") {
			// Module.Types' undefined module: exlite knows the Elixir
			// modules a course calls, so an unknown one is a typo
			hint := p.in.moduleCandidates(mod, name, rc.Arity)
			if hint == "" {
				hint = missingAliasHint(mod)
			}
			msg = mfa + " is undefined (module " + rt.ModuleName(mod) + " is not available or is yet to be defined)" + hint
		} else {
			continue
		}
		g := byMsg[msg]
		if g == nil {
			g = &group{msg: msg}
			byMsg[msg] = g
			groups = append(groups, g)
		}
		g.locs = append(g.locs, rc)
	}
	less := func(a, b lint.Remote) bool {
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	}
	for _, g := range groups {
		sort.SliceStable(g.locs, func(i, j int) bool { return less(g.locs[i], g.locs[j]) })
	}
	// Module.ParallelChecker sorts by location (a line alone before the
	// same line with a column), then by message
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i].locs[0], groups[j].locs[0]
		if a.Line != b.Line || a.Col != b.Col {
			return less(a, b)
		}
		return groups[i].msg < groups[j].msg
	})
	in := p.in
	var b strings.Builder
	for _, g := range groups {
		first := g.locs[0]
		d := lint.Diagnostic{Severity: lint.Warning, Line: first.Line, Col: first.Col, Message: g.msg, Where: first.Where}
		if first.Col == 0 {
			// a line alone: Module.Behaviour's warnings
			d.Where = mc.Name + " (module)"
		}
		text := d.Render(in.file, in.src)
		if len(g.locs) > 1 {
			// elixir_errors:print_diagnostics: the other locations
			// follow the first one's snippet
			pad := strings.Repeat(" ", max(4, len(fmt.Sprint(first.Line))+2))
			text = strings.TrimSuffix(text, "\n\n")
			for _, l := range g.locs[1:] {
				text += fmt.Sprintf("\n%s└─ %s:%d:%d: %s", pad, in.file, l.Line, l.Col, l.Where)
			}
			text += "\n\n"
		}
		b.WriteString(text)
	}
	return b.String()
}

// callbackInfo is one callback a module must implement.
type callbackInfo struct {
	behaviour string
	optional  bool
}

// behaviourWarnings are Module.Behaviour's warnings about one module: a
// @behaviour that does not exist or is no behaviour, an @impl with no
// behaviour or no such callback, a callback left unimplemented, a
// callback defined without @impl in a module that uses @impl. The
// behaviours are the file's own and the embedded library's (GenServer,
// Supervisor...); `use` of a library module declaring callbacks declares
// its behaviour, as those modules' __using__ do.
func (p *proc) behaviourWarnings(mc lint.ModuleCalls, all []lint.ModuleCalls) []lint.Diagnostic {
	var out []lint.Diagnostic
	warn := func(line int, msg string) {
		out = append(out, lint.Diagnostic{Severity: lint.Warning, Line: line, Message: msg})
	}
	behaviours := append([]string(nil), mc.Behaviours...)
	defs := map[lint.FunArity]string{}
	for k, v := range mc.Defs {
		defs[k] = v
	}
	for _, u := range mc.Uses {
		if _, lib := elixirlib.Lookup(u); !lib {
			// a module of the file: what its __using__ quotes declare
			for i := range all {
				if all[i].Name == u {
					behaviours = append(behaviours, all[i].UsingBehaviours...)
					for _, d := range all[i].UsingDefs {
						if _, ok := defs[d]; !ok {
							defs[d] = "def"
						}
					}
				}
			}
			continue
		}
		if cbs, _, ok := p.libCallbacks(u); ok && len(cbs) > 0 {
			behaviours = append(behaviours, u)
			if u == "GenServer" {
				// GenServer's __before_compile__ injects init/1
				if _, ok := defs[lint.FunArity{Name: "init", Arity: 1}]; !ok {
					defs[lint.FunArity{Name: "init", Arity: 1}] = "def"
				}
			}
		}
	}
	callbacks := map[lint.FunArity][]callbackInfo{}
	add := func(b string, cbs, optional []lint.FunArity) {
		isOpt := map[lint.FunArity]bool{}
		for _, o := range optional {
			isOpt[o] = true
		}
		for _, cb := range cbs {
			callbacks[cb] = append(callbacks[cb], callbackInfo{b, isOpt[cb]})
		}
	}
	opaque := false // a behaviour whose callbacks are not known here
	for _, b := range behaviours {
		var user *lint.ModuleCalls
		for i := range all {
			if all[i].Name == b {
				user = &all[i]
			}
		}
		switch {
		case !p.knownModule(rt.ModuleAtom(b)):
			warn(mc.Line, fmt.Sprintf("@behaviour %s does not exist (in module %s)", b, mc.Name))
		case user == nil && b == "Exception":
			// Exception is built in: exception/1 and message/1, and the
			// optional blame/2
			blame := lint.FunArity{Name: "blame", Arity: 2}
			add(b, []lint.FunArity{{Name: "exception", Arity: 1}, {Name: "message", Arity: 1}, blame}, []lint.FunArity{blame})
		case user == nil:
			cbs, optional, ok := p.libCallbacks(b)
			switch {
			case !ok:
				opaque = true
			case len(cbs) == 0:
				warn(mc.Line, fmt.Sprintf("module %s is not a behaviour (in module %s)", b, mc.Name))
			default:
				add(b, cbs, optional)
			}
		case len(user.Callbacks) == 0:
			warn(mc.Line, fmt.Sprintf("module %s is not a behaviour (in module %s)", b, mc.Name))
		default:
			add(b, user.Callbacks, user.Optional)
		}
	}
	// the @impl checks look at every callback, the ones an earlier @impl
	// matched included (check_impls' all_callbacks)
	allCallbacks := make(map[lint.FunArity][]callbackInfo, len(callbacks))
	for k, v := range callbacks {
		allCallbacks[k] = v
	}
	// defexception's own definitions carry its @impl true: they are
	// implemented, and they do not make the module's other callbacks
	// need an @impl (their @impl is in Kernel's context)
	for _, g := range mc.Generated {
		delete(callbacks, g)
		if _, ok := defs[g]; !ok {
			defs[g] = "def"
		}
	}
	for _, im := range mc.Impls {
		fa := fmt.Sprintf("function %s/%d", funName(term.MakeAtom(im.Name)), im.Arity)
		if strings.HasPrefix(im.Kind, "defmacro") {
			fa = fmt.Sprintf("macro %s/%d", funName(term.MakeAtom(im.Name)), im.Arity)
		}
		value := im.Value
		switch {
		case im.Kind == "defp" || im.Kind == "defmacrop":
			warn(im.Line, fa+" is private, @impl attribute is always discarded for private functions/macros")
		case len(behaviours) == 0:
			warn(im.Line, fmt.Sprintf("got \"@impl %s\" for %s but no behaviour was declared", value, fa))
		case opaque:
		case value == "true":
			if _, ok := allCallbacks[im.FunArity]; ok {
				delete(callbacks, im.FunArity)
			} else {
				warn(im.Line, fmt.Sprintf("got \"@impl true\" for %s but no behaviour specifies such callback%s", fa, knownCallbacks(allCallbacks)))
			}
		case value == "false":
			if cbs, ok := allCallbacks[im.FunArity]; ok {
				warn(im.Line, fmt.Sprintf("got \"@impl false\" for %s but it is a callback specified in %s", fa, cbs[0].behaviour))
			}
		default:
			found := false
			for _, cb := range allCallbacks[im.FunArity] {
				found = found || cb.behaviour == value
			}
			switch {
			case found:
				delete(callbacks, im.FunArity)
			case !slices.Contains(behaviours, value):
				warn(im.Line, fmt.Sprintf("got \"@impl %s\" for %s but this behaviour was not declared with @behaviour", value, fa))
			default:
				warn(im.Line, fmt.Sprintf("got \"@impl %s\" for %s but this behaviour does not specify such callback%s", value, fa, knownCallbacks(allCallbacks)))
			}
		}
	}
	if opaque {
		return out
	}
	keys := make([]lint.FunArity, 0, len(callbacks))
	for k := range callbacks {
		keys = append(keys, k)
	}
	sortFunArities(keys)
	if len(mc.Impls) > 0 {
		// Module.Behaviour's missing_impl: once the module uses @impl,
		// every callback it defines without one
		for _, k := range keys {
			kind := mc.Defs[k]
			if (kind == "def" || kind == "defmacro") && len(callbacks[k]) > 0 {
				what := "function"
				if kind == "defmacro" {
					what = "macro"
				}
				cbs := callbacks[k]
				warn(mc.DefLines[k], fmt.Sprintf("module attribute @impl was not set for %s %s/%d callback (specified in %s). "+
					"This either means you forgot to add the \"@impl true\" annotation before the definition or that you are accidentally overriding this callback",
					what, funName(term.MakeAtom(k.Name)), k.Arity, cbs[len(cbs)-1].behaviour))
			}
		}
	}
	for _, k := range keys {
		for _, cb := range callbacks[k] {
			if _, ok := defs[k]; !ok && !cb.optional {
				warn(mc.Line, fmt.Sprintf("function %s/%d required by behaviour %s is not implemented (in module %s)",
					funName(term.MakeAtom(k.Name)), k.Arity, cb.behaviour, mc.Name))
			}
		}
	}
	return out
}

// libCallbacks are the callbacks and optional callbacks a module outside
// the file declares (a library module such as GenServer, loaded on
// demand); ok is false when its callbacks are not known.
func (p *proc) libCallbacks(name string) (cbs, optional []lint.FunArity, ok bool) {
	mod := rt.ModuleAtom(name)
	p.ensureLib(mod)
	m := p.in.getModule(mod)
	if m == nil {
		return nil, nil, false
	}
	for _, k := range m.info.callbacks {
		cbs = append(cbs, lint.FunArity{Name: k.name.Name(), Arity: k.arity})
	}
	for l := m.info.optional; ; {
		c, isCons := l.(*term.Cons)
		if !isCons {
			break
		}
		if t, isTup := c.Head.(term.Tuple); isTup && len(t) == 2 {
			a, okA := t[0].(term.Atom)
			n, okN := t[1].(term.Int)
			if okA && okN {
				optional = append(optional, lint.FunArity{Name: a.Name(), Arity: int(n)})
			}
		}
		l = c.Tail
	}
	return cbs, optional, true
}

// knownCallbacks lists the callbacks of Module.Behaviour's @impl warning.
func knownCallbacks(callbacks map[lint.FunArity][]callbackInfo) string {
	if len(callbacks) == 0 {
		return ". There are no known callbacks, please specify the proper @behaviour and make sure it defines callbacks"
	}
	keys := make([]lint.FunArity, 0, len(callbacks))
	for k := range callbacks {
		keys = append(keys, k)
	}
	sortFunArities(keys)
	var b strings.Builder
	b.WriteString(". The known callbacks are:\n")
	for _, k := range keys {
		for _, cb := range callbacks[k] {
			fmt.Fprintf(&b, "\n  * %s (function)", mfaString(rt.ModuleAtom(cb.behaviour), term.MakeAtom(k.Name), k.Arity))
		}
	}
	return b.String() + "\n"
}

// sortFunArities orders name/arity pairs as Erlang orders {name, arity}.
func sortFunArities(l []lint.FunArity) {
	sort.Slice(l, func(i, j int) bool {
		if l[i].Name != l[j].Name {
			return l[i].Name < l[j].Name
		}
		return l[i].Arity < l[j].Arity
	})
}
