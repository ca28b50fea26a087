package stdlib

import (
	"fmt"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// OptionParser: parse/2, parse!/2, parse_head/2, parse_head!/2, next/2,
// to_argv/2 and split/1, with Elixir's rules for switches and strict
// mode, aliases, negated booleans (--no-x), counts, :keep, values given
// with "=" or as the next argument, and "--".

type optConfig struct {
	switches  []term.Term // the keyword list
	strict    bool
	aliases   term.Term
	allowNew  bool
	returnSep bool
}

func optKinds(sw []term.Term, key term.Term) []term.Atom {
	v, ok := kwFind(sw, key)
	if !ok {
		return nil
	}
	if at, ok := v.(term.Atom); ok {
		return []term.Atom{at}
	}
	items, _ := properList(v)
	out := make([]term.Atom, 0, len(items))
	for _, x := range items {
		if at, ok := x.(term.Atom); ok {
			out = append(out, at)
		}
	}
	return out
}

func hasKind(kinds []term.Atom, k string) bool {
	for _, x := range kinds {
		if x.Name() == k {
			return true
		}
	}
	return false
}

func readOptConfig(env rt.Env, mfa string, a []term.Term, i int) optConfig {
	var c optConfig
	opts := term.Term(term.Nil)
	if i < len(a) {
		opts = a[i]
	}
	sw, hasSw := kwGet(opts, "switches")
	st, hasSt := kwGet(opts, "strict")
	hasSw, hasSt = hasSw && sw != term.NilAtom, hasSt && st != term.NilAtom
	switch {
	case hasSw && hasSt:
		rt.ArgumentError(":switches and :strict cannot be given together")
	case hasSw:
		c.switches = validateSwitches(env, mfa, a, sw)
	case hasSt:
		c.switches, c.strict = validateSwitches(env, mfa, a, st), true
	}
	c.aliases = term.Nil
	if v, ok := kwGet(opts, "aliases"); ok && v != term.NilAtom {
		c.aliases = v
	}
	if v, ok := kwGet(opts, "allow_nonexistent_atoms"); ok {
		c.allowNew = term.IsTruthy(v)
	}
	if v, ok := kwGet(opts, "return_separator"); ok {
		c.returnSep = term.IsTruthy(v)
	}
	return c
}

func validateSwitches(env rt.Env, mfa string, a []term.Term, sw term.Term) []term.Term {
	items, ok := properList(sw)
	if !ok {
		fnClauseError(mfa, a)
	}
	valid := map[string]bool{"boolean": true, "count": true, "integer": true, "float": true, "string": true, "keep": true}
	for _, it := range items {
		_, v, ok := pair(it)
		if !ok {
			fnClauseError(mfa, a)
		}
		kinds := []term.Term{v}
		if l, isList := properList(v); isList {
			kinds = l
		}
		var bad []string
		for _, k := range kinds {
			if at, ok := k.(term.Atom); !ok || !valid[at.Name()] {
				bad = append(bad, rt.Inspect(env, k))
			}
		}
		if len(bad) > 0 {
			rt.ArgumentError("invalid switch types/modifiers: " + strings.Join(bad, ", "))
		}
	}
	return items
}

// optKey is get_option_key: the atom for an option name, if it exists.
func (c optConfig) optKey(name string) (term.Atom, bool) {
	name = strings.ReplaceAll(name, "-", "_")
	if c.allowNew {
		return term.MakeAtom(name), true
	}
	return term.LookupAtom(name)
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func valueInTail(rest []term.Term) bool {
	if len(rest) == 0 {
		return false
	}
	s, ok := rest[0].(term.Binary)
	if !ok {
		return true
	}
	switch {
	case s == "-" || strings.HasPrefix(string(s), "- "):
		return true
	case strings.HasPrefix(string(s), "-"):
		return startsWithDigit(string(s[1:]))
	}
	return true
}

// optNext is OptionParser.next/2's result.
type optNext struct {
	tag    string // ok, invalid, undefined, error
	key    term.Atom
	name   string
	value  term.Term // nil when there is none
	rest   []term.Term
	kinds  []term.Atom
	remain []term.Term // for error: the remaining argv
}

func (c optConfig) next(argv []term.Term) optNext {
	if len(argv) == 0 {
		return optNext{tag: "error"}
	}
	s, ok := argv[0].(term.Binary)
	arg := string(s)
	if !ok || arg == "--" || arg == "-" || strings.HasPrefix(arg, "- ") || !strings.HasPrefix(arg, "-") {
		return optNext{tag: "error", remain: argv}
	}
	rest := argv[1:]
	if strings.HasPrefix(arg, "--") {
		option := arg[2:]
		name, val := splitOpt(option)
		if strings.Contains(name, "_") {
			return optNext{tag: "undefined", name: "--" + name, value: val, rest: rest}
		}
		tag, key := c.tagOption(name)
		return c.tagged(tag, key, val, "--"+name, rest)
	}
	option := arg[1:]
	name, val := splitOpt(option)
	original := "-" + name
	switch {
	case val == nil && startsWithDigit(name):
		return optNext{tag: "error", remain: argv}
	case strings.ContainsAny(name, "-_"):
		return optNext{tag: "undefined", name: original, value: val, rest: rest}
	case len([]rune(name)) == 1:
		tag := "unknown"
		var key term.Atom
		if at, ok := c.optKey(name); ok {
			if v, found := kwFind(kwItems(c.aliases), at); found {
				if k, isAtom := v.(term.Atom); isAtom {
					tag, key = "default", k
				}
			}
		}
		return c.tagged(tag, key, val, original, rest)
	}
	// -abc is -a -b -c; digits and a value go to the last one
	letters := name
	digits := ""
	if k := strings.IndexAny(name, "0123456789"); k >= 0 {
		letters, digits = name[:k], name[k:]
	}
	var expanded []term.Term
	rs := []rune(letters)
	for i, r := range rs {
		e := "-" + string(r)
		if i == len(rs)-1 {
			if digits != "" {
				e += "=" + digits
			}
			if v, ok := val.(term.Binary); ok {
				e += "=" + string(v)
			}
		}
		expanded = append(expanded, term.Binary(e))
	}
	return c.next(append(expanded, rest...))
}

func kwItems(t term.Term) []term.Term {
	items, _ := properList(t)
	return items
}

func splitOpt(option string) (string, term.Term) {
	if k := strings.IndexByte(option, '='); k >= 0 {
		return option[:k], term.Binary(option[k+1:])
	}
	return option, nil
}

func (c optConfig) tagOption(name string) (string, term.Atom) {
	if strings.HasPrefix(name, "no-") {
		if neg, ok := c.optKey(name[3:]); ok && hasKind(optKinds(c.switches, neg), "boolean") {
			return "negated", neg
		}
	}
	if k, ok := c.optKey(name); ok {
		return "default", k
	}
	return "unknown", term.Atom{}
}

func (c optConfig) tagged(tag string, key term.Atom, val term.Term, original string, rest []term.Term) optNext {
	if tag == "unknown" {
		val, _, rest = normalizeOptValue(val, nil, rest)
		return optNext{tag: "undefined", name: original, value: val, rest: rest}
	}
	if _, found := kwFind(c.switches, key); c.strict && !found {
		return optNext{tag: "undefined", name: original, value: val, rest: rest}
	}
	kinds := optKinds(c.switches, key)
	if tag == "negated" {
		if val != nil {
			kinds = []term.Atom{atom("invalid")}
		} else {
			val = term.False
		}
	}
	val, kinds, rest = normalizeOptValue(val, kinds, rest)
	if v, ok := validateOpt(val, kinds); ok {
		return optNext{tag: "ok", key: key, value: v, rest: rest, kinds: kinds}
	}
	return optNext{tag: "invalid", name: original, value: val, rest: rest}
}

func normalizeOptValue(val term.Term, kinds []term.Atom, rest []term.Term) (term.Term, []term.Atom, []term.Term) {
	if val != nil {
		return val, kinds, rest
	}
	switch {
	case hasKind(kinds, "boolean"):
		return term.True, kinds, rest
	case hasKind(kinds, "count"):
		return nil, kinds, rest
	case valueInTail(rest):
		return rest[0], kinds, rest[1:]
	case len(kinds) == 0:
		return term.True, kinds, rest
	}
	return nil, []term.Atom{atom("invalid")}, rest
}

func validateOpt(val term.Term, kinds []term.Atom) (term.Term, bool) {
	s, isBin := val.(term.Binary)
	switch {
	case hasKind(kinds, "invalid"):
		return nil, false
	case hasKind(kinds, "boolean"):
		switch {
		case val == term.True || s == "true" && isBin:
			return term.True, true
		case val == term.False || s == "false" && isBin:
			return term.False, true
		}
		return nil, false
	case hasKind(kinds, "count"):
		if val == nil {
			return term.Int(1), true
		}
		return nil, false
	case hasKind(kinds, "integer"):
		if isBin {
			if n, used := parseIntegerPrefix(string(s), 10); used > 0 && used == len(s) {
				return n, true
			}
		}
		return nil, false
	case hasKind(kinds, "float"):
		if isBin {
			if f, used, ok := parseFloatPrefix(string(s)); ok && used == len(s) {
				return term.Float(f), true
			}
		}
		return nil, false
	}
	if val == nil {
		return term.True, true
	}
	return val, true
}

func optParse(env rt.Env, mfa string, a []term.Term, all bool) (term.Term, term.Term, []term.Term) {
	argv, ok := properList(a[0])
	if !ok {
		fnClauseError(mfa, a)
	}
	if len(a) > 1 && !term.IsList(a[1]) {
		fnClauseError(mfa, a)
	}
	c := readOptConfig(env, mfa, a, 1)
	var opts, args, invalid []term.Term
	for {
		n := c.next(argv)
		switch n.tag {
		case "ok":
			switch {
			case hasKind(optKinds(c.switches, n.key), "count"):
				found := false
				for i, o := range opts {
					if k, v, _ := pair(o); k == n.key {
						opts[i] = term.Tuple{k, rt.Add(v, term.Int(1))}
						found = true
						break
					}
				}
				if !found {
					opts = append(opts, term.Tuple{n.key, n.value})
				}
			case hasKind(optKinds(c.switches, n.key), "keep"):
				opts = append(opts, term.Tuple{n.key, n.value})
			default:
				kept := opts[:0:0]
				for _, o := range opts {
					if k, _, _ := pair(o); k != n.key {
						kept = append(kept, o)
					}
				}
				opts = append(kept, term.Tuple{n.key, n.value})
			}
			argv = n.rest
		case "invalid":
			v := n.value
			if v == nil {
				v = term.NilAtom
			}
			invalid = append(invalid, term.Tuple{term.Binary(n.name), v})
			argv = n.rest
		case "undefined":
			if c.strict {
				invalid = append(invalid, term.Tuple{term.Binary(n.name), term.NilAtom})
			}
			argv = n.rest
		default:
			if len(n.remain) == 0 {
				return list(opts), list(args), invalid
			}
			if s, _ := n.remain[0].(term.Binary); s == "--" {
				rest := n.remain[1:]
				if c.returnSep {
					rest = n.remain
				}
				return list(opts), list(append(args, rest...)), invalid
			}
			if !all {
				return list(opts), list(append(args, n.remain...)), invalid
			}
			args = append(args, n.remain[0])
			argv = n.remain[1:]
		}
	}
}

// optErrors is format_errors/2: OptionParser.ParseError's message.
func optErrors(env rt.Env, errors []term.Term, a []term.Term) string {
	opts := term.Term(term.Nil)
	if len(a) > 1 {
		opts = a[1]
	}
	types, ok := kwGet(opts, "switches")
	if !ok || types == term.NilAtom {
		types, _ = kwGet(opts, "strict")
	}
	typeItems := kwItems(types)
	c := readOptConfig(env, "OptionParser.parse!/2", a, 1)
	typeOf := func(option string) (term.Term, bool) {
		key, ok := c.optKey(strings.TrimLeft(option, "-"))
		if !ok {
			return nil, false
		}
		if v, found := kwFind(kwItems(c.aliases), key); found {
			return kwFind(typeItems, v)
		}
		return kwFind(typeItems, key)
	}
	word := "errors"
	if len(errors) == 1 {
		word = "error"
	}
	lines := make([]string, len(errors))
	for i, e := range errors {
		t := e.(term.Tuple)
		option := string(t[0].(term.Binary))
		if t[1] != term.NilAtom {
			ty, _ := typeOf(option)
			lines[i] = fmt.Sprintf("%s : Expected type %s, got %s", option, kernelToStringPlain(env, ty), rt.Inspect(env, t[1]))
			continue
		}
		if ty, ok := typeOf(option); ok && ty != term.NilAtom {
			if strings.Contains(option, "_") {
				lines[i] = option + " : Unknown option. Did you mean " + strings.ReplaceAll(option, "_", "-") + "?"
			} else {
				lines[i] = option + " : Missing argument of type " + kernelToStringPlain(env, ty)
			}
			continue
		}
		msg := option + " : Unknown option"
		key := strings.ReplaceAll(strings.TrimLeft(option, "-"), "-", "_")
		best, score := "", 0.0
		for _, it := range typeItems {
			k, _, _ := pair(it)
			at, _ := k.(term.Atom)
			sc := jaroSimilarity(at.Name(), key)
			if sc >= score {
				best, score = strings.ReplaceAll(at.Name(), "_", "-"), sc
			}
		}
		if score > 0.8 {
			msg += ". Did you mean --" + best + "?"
		}
		lines[i] = msg
	}
	return fmt.Sprintf("%d %s found!\n", len(errors), word) + strings.Join(lines, "\n")
}

func kernelToStringPlain(env rt.Env, t term.Term) string {
	switch v := t.(type) {
	case term.Atom:
		return v.Name()
	case nil:
		return ""
	}
	return rt.Inspect(env, t)
}

func init() { rt.RegisterLazy(registerOptionParser) }

// registerOptionParser registers the built-ins of this file (see rt.RegisterLazy).
func registerOptionParser() {
	parse := func(name string, all, bang bool) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			mfa := fmt.Sprintf("OptionParser.%s/%d", name, len(a))
			opts, args, invalid := optParse(env, mfa, a, all)
			if bang {
				if len(invalid) > 0 {
					rt.RaiseMessage("OptionParser.ParseError", optErrors(env, invalid, a))
				}
				return term.Tuple{opts, args}
			}
			return term.Tuple{opts, args, list(invalid)}
		}
	}
	toArgv := func(env rt.Env, a []term.Term) term.Term {
		opts := term.Term(term.Nil)
		if len(a) > 1 {
			opts = a[1]
		}
		sw, _ := kwGet(opts, "switches")
		swItems := kwItems(sw)
		toSwitch := func(k term.Term, prefix string) term.Term {
			at, ok := k.(term.Atom)
			if !ok {
				functionClause("OptionParser", "to_switch", 2, k, term.Binary(prefix))
			}
			return term.Binary(prefix + strings.ReplaceAll(at.Name(), "_", "-"))
		}
		var out []term.Term
		iterate(env, a[0], func(x term.Term) bool {
			k, v, ok := pair(x)
			if !ok {
				functionClause("OptionParser", "-to_argv/2-fun-0-", 1, x)
			}
			switch v {
			case term.NilAtom:
			case term.True:
				out = append(out, toSwitch(k, "--"))
			case term.False:
				out = append(out, toSwitch(k, "--no-"))
			default:
				if ty, _ := kwFind(swItems, k); ty == atom("count") {
					n, _ := v.(term.Int)
					for i := term.Int(0); i < n; i++ {
						out = append(out, toSwitch(k, "--"))
					}
				} else {
					out = append(out, toSwitch(k, "--"), kernelToString(env, []term.Term{v}))
				}
			}
			return true
		})
		return list(out)
	}
	rt.Register("OptionParser", map[string]rt.BuiltinFunc{
		"parse/1":       parse("parse", true, false),
		"parse/2":       parse("parse", true, false),
		"parse!/1":      parse("parse!", true, true),
		"parse!/2":      parse("parse!", true, true),
		"parse_head/1":  parse("parse_head", false, false),
		"parse_head/2":  parse("parse_head", false, false),
		"parse_head!/1": parse("parse_head!", false, true),
		"parse_head!/2": parse("parse_head!", false, true),
		"to_argv/1":     toArgv,
		"to_argv/2":     toArgv,
		"split/1": func(env rt.Env, a []term.Term) term.Term {
			return optSplit(binArg("OptionParser.split/1", a, 0))
		},
	})
}

// optSplit is OptionParser.split/1: shell-like splitting with quotes and
// backslash escapes.
func optSplit(s string) term.Term {
	s = strings.TrimLeft(s, " ")
	var out []term.Term
	var buf []byte
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == '\\' && i+1 < len(s) && s[i+1] == quote:
			buf = append(buf, quote)
			i++
		case quote == 0 && (c == '"' || c == '\''):
			quote = c
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && c == '\\' && i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\'' || s[i+1] == '"'):
			buf = append(buf, s[i+1])
			i++
		case quote == 0 && c == ' ':
			out = append(out, term.Binary(buf))
			buf = nil
			for i+1 < len(s) && s[i+1] == ' ' {
				i++
			}
		default:
			buf = append(buf, c)
		}
	}
	if quote != 0 {
		rt.RaiseMessage("RuntimeError", "argv string did not terminate properly, a "+string(quote)+" was opened but never closed")
	}
	if len(buf) > 0 {
		out = append(out, term.Binary(buf))
	}
	return list(out)
}
