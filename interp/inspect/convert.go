package inspect

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Conversions between Go documents and options and the terms Elixir code
// sees: Inspect.Algebra's documents (binaries, :doc_nil, :doc_line and
// tuples such as {:doc_cons, left, right}) and the %Inspect.Opts{}
// struct. The standard library uses them to implement Inspect.Algebra
// and to call a program's defimpl Inspect (Program.InspectStruct).

var (
	atomDocNil      = term.MakeAtom("doc_nil")
	atomDocLine     = term.MakeAtom("doc_line")
	atomDocString   = term.MakeAtom("doc_string")
	atomDocCons     = term.MakeAtom("doc_cons")
	atomDocNest     = term.MakeAtom("doc_nest")
	atomDocBreak    = term.MakeAtom("doc_break")
	atomDocGroup    = term.MakeAtom("doc_group")
	atomDocFits     = term.MakeAtom("doc_fits")
	atomDocForce    = term.MakeAtom("doc_force")
	atomDocCollapse = term.MakeAtom("doc_collapse")
	atomDocColor    = term.MakeAtom("doc_color")
	atomDocLimit    = term.MakeAtom("doc_limit")
	atomCursor      = term.MakeAtom("cursor")
	atomReset       = term.MakeAtom("reset")
	atomAlways      = term.MakeAtom("always")
	atomBreak       = term.MakeAtom("break")
	atomFlex        = term.MakeAtom("flex")
	atomStrict      = term.MakeAtom("strict")
	atomSelf        = term.MakeAtom("self")
	atomInherit     = term.MakeAtom("inherit")
	atomEnabled     = term.MakeAtom("enabled")
	atomDisabled    = term.MakeAtom("disabled")
	atomInfinity    = term.MakeAtom("infinity")
)

// DocToTerm returns the Elixir term of a document.
func DocToTerm(d Doc) term.Term {
	switch v := d.(type) {
	case docNil:
		return atomDocNil
	case docLine:
		return atomDocLine
	case docText:
		return term.Binary(v)
	case docString:
		return term.Tuple{atomDocString, term.Binary(v.s), term.Int(v.n)}
	case docCons:
		return term.Tuple{atomDocCons, DocToTerm(v.left), DocToTerm(v.right)}
	case docNest:
		var indent term.Term = term.Int(v.indent)
		switch v.indent {
		case nestCursor:
			indent = atomCursor
		case nestReset:
			indent = atomReset
		}
		m := atomAlways
		if v.onBreak {
			m = atomBreak
		}
		return term.Tuple{atomDocNest, DocToTerm(v.doc), indent, m}
	case docBreak:
		m := atomStrict
		if v.flex {
			m = atomFlex
		}
		return term.Tuple{atomDocBreak, term.Binary(v.s), m}
	case docGroup:
		m := atomSelf
		if v.inherit {
			m = atomInherit
		}
		return term.Tuple{atomDocGroup, DocToTerm(v.doc), m}
	case docFits:
		m := atomDisabled
		if v.enabled {
			m = atomEnabled
		}
		return term.Tuple{atomDocFits, DocToTerm(v.doc), m}
	case docForce:
		return term.Tuple{atomDocForce, DocToTerm(v.doc)}
	case docCollapse:
		return term.Tuple{atomDocCollapse, term.Int(v.max)}
	case docColor:
		return term.Tuple{atomDocColor, DocToTerm(v.doc), term.Binary(v.color)}
	case docLimit:
		var w term.Term = term.Int(v.width)
		if v.width == Infinity {
			w = atomInfinity
		}
		return term.Tuple{atomDocLimit, DocToTerm(v.doc), w}
	}
	return atomDocNil
}

// DocFromTerm reads an Elixir document term; ok is false when t is not
// a document (Elixir's is_doc/1 is false, or a part is malformed).
func DocFromTerm(t term.Term) (d Doc, ok bool) {
	switch v := t.(type) {
	case term.Binary:
		return docText(v), true
	case term.Atom:
		switch v {
		case atomDocNil:
			return docNil{}, true
		case atomDocLine:
			return docLine{}, true
		}
		return nil, false
	case term.Tuple:
		if len(v) < 2 {
			return nil, false
		}
		tag, _ := v[0].(term.Atom)
		switch {
		case tag == atomDocString && len(v) == 3:
			s, ok1 := v[1].(term.Binary)
			n, ok2 := v[2].(term.Int)
			return docString{string(s), int(n)}, ok1 && ok2
		case tag == atomDocCons && len(v) == 3:
			l, ok1 := DocFromTerm(v[1])
			r, ok2 := DocFromTerm(v[2])
			return docCons{l, r}, ok1 && ok2
		case tag == atomDocNest && len(v) == 4:
			inner, ok := DocFromTerm(v[1])
			if !ok {
				return nil, false
			}
			n := docNest{doc: inner, onBreak: v[3] == term.Term(atomBreak)}
			switch x := v[2].(type) {
			case term.Int:
				n.indent = int(x)
			case term.Atom:
				switch x {
				case atomCursor:
					n.indent = nestCursor
				case atomReset:
					n.indent = nestReset
				default:
					return nil, false
				}
			default:
				return nil, false
			}
			return n, true
		case tag == atomDocBreak && len(v) == 3:
			s, ok := v[1].(term.Binary)
			return docBreak{s: string(s), flex: v[2] == term.Term(atomFlex)}, ok
		case tag == atomDocGroup && len(v) == 3:
			inner, ok := DocFromTerm(v[1])
			return docGroup{doc: inner, inherit: v[2] == term.Term(atomInherit)}, ok
		case tag == atomDocFits && len(v) == 3:
			inner, ok := DocFromTerm(v[1])
			return docFits{doc: inner, enabled: v[2] == term.Term(atomEnabled)}, ok
		case tag == atomDocForce && len(v) == 2:
			inner, ok := DocFromTerm(v[1])
			return docForce{doc: inner}, ok
		case tag == atomDocCollapse && len(v) == 2:
			n, ok := v[1].(term.Int)
			return docCollapse{max: int(n)}, ok
		case tag == atomDocColor && len(v) == 3:
			inner, ok := DocFromTerm(v[1])
			c, ok2 := v[2].(term.Binary)
			return docColor{doc: inner, color: string(c)}, ok && ok2
		case tag == atomDocLimit && len(v) == 3:
			inner, ok := DocFromTerm(v[1])
			w := Infinity
			if n, isInt := v[2].(term.Int); isInt {
				w = int(n)
			}
			return docLimit{doc: inner, width: w}, ok
		}
	}
	return nil, false
}

var (
	atomInspectOpts    = term.MakeAtom("Elixir.Inspect.Opts")
	atomBase           = term.MakeAtom("base")
	atomBinaries       = term.MakeAtom("binaries")
	atomCharLists      = term.MakeAtom("char_lists")
	atomCharlists      = term.MakeAtom("charlists")
	atomCustomOptions  = term.MakeAtom("custom_options")
	atomInspectFun     = term.MakeAtom("inspect_fun")
	atomLimit          = term.MakeAtom("limit")
	atomPretty         = term.MakeAtom("pretty")
	atomPrintableLimit = term.MakeAtom("printable_limit")
	atomSafe           = term.MakeAtom("safe")
	atomStructs        = term.MakeAtom("structs")
	atomSyntaxColors   = term.MakeAtom("syntax_colors")
	atomWidth          = term.MakeAtom("width")
)

var (
	baseNames      = []string{BaseDecimal: "decimal", BaseHex: "hex", BaseBinary: "binary", BaseOctal: "octal"}
	binariesNames  = []string{BinariesInfer: "infer", BinariesAsBinaries: "as_binaries", BinariesAsStrings: "as_strings"}
	charlistsNames = []string{CharlistsInfer: "infer", CharlistsAsLists: "as_lists", CharlistsAsCharlists: "as_charlists"}
)

func limitTerm(n int) term.Term {
	if n == Infinity {
		return atomInfinity
	}
	return term.Int(n)
}

// OptionsStructFields are Inspect.Opts' fields in definition order.
var OptionsStructFields = []term.Atom{atomBase, atomBinaries, atomCharLists, atomCharlists,
	atomCustomOptions, atomInspectFun, atomLimit, atomPretty, atomPrintableLimit, atomSafe,
	atomStructs, atomSyntaxColors, atomWidth}

// OptionsToTerm returns opts as the %Inspect.Opts{} struct Elixir code
// receives in Inspect.inspect/2.
func OptionsToTerm(opts Options) *term.Map {
	custom := opts.CustomOptions
	if custom == nil {
		custom = term.Nil
	}
	return term.EmptyMap.
		Put(atomStruct, atomInspectOpts).
		Put(atomBase, term.MakeAtom(baseNames[opts.Base])).
		Put(atomBinaries, term.MakeAtom(binariesNames[opts.Binaries])).
		Put(atomCharLists, term.MakeAtom("infer")).
		Put(atomCharlists, term.MakeAtom(charlistsNames[opts.Charlists])).
		Put(atomCustomOptions, custom).
		Put(atomInspectFun, &term.Fun{Module: term.MakeAtom("Elixir.Inspect"), Name: term.MakeAtom("inspect"), Arity: 2, External: true}).
		Put(atomLimit, limitTerm(opts.Limit)).
		Put(atomPretty, term.Bool(opts.Pretty)).
		Put(atomPrintableLimit, limitTerm(opts.PrintableLimit)).
		Put(atomSafe, term.True).
		Put(atomStructs, term.Bool(opts.Structs)).
		Put(atomSyntaxColors, term.Nil).
		Put(atomWidth, limitTerm(opts.Width))
}

// OptionsFromTerm reads an %Inspect.Opts{} struct back, in the program
// of env (For). Fields it cannot read keep their defaults.
func OptionsFromTerm(env rt.Env, t term.Term) Options {
	opts := For(env)
	m, ok := t.(*term.Map)
	if !ok {
		return opts
	}
	readLimit := func(k term.Atom, dst *int) {
		if v, ok := m.Get(k); ok {
			switch x := v.(type) {
			case term.Int:
				*dst = int(x)
			case term.Atom:
				if x == atomInfinity {
					*dst = Infinity
				}
			}
		}
	}
	readLimit(atomLimit, &opts.Limit)
	readLimit(atomPrintableLimit, &opts.PrintableLimit)
	readLimit(atomWidth, &opts.Width)
	if v, ok := m.Get(atomPretty); ok {
		opts.Pretty = v == term.Term(term.True)
	}
	if v, ok := m.Get(atomStructs); ok {
		opts.Structs = v != term.Term(term.False)
	}
	readEnum := func(k term.Atom, names []string, set func(int)) {
		if v, ok := m.Get(k); ok {
			if a, ok := v.(term.Atom); ok {
				for i, n := range names {
					if a.Name() == n {
						set(i)
					}
				}
			}
		}
	}
	readEnum(atomBase, baseNames, func(i int) { opts.Base = Base(i) })
	readEnum(atomBinaries, binariesNames, func(i int) { opts.Binaries = Binaries(i) })
	readEnum(atomCharlists, charlistsNames, func(i int) { opts.Charlists = Charlists(i) })
	if v, ok := m.Get(atomCustomOptions); ok {
		opts.CustomOptions = v
	}
	return opts
}
