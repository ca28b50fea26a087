package inspect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// atomClass is Macro's classification of an atom (inner_classify).
type atomClass uint8

const (
	classIdentifier atomClass = iota
	classAlias
	classUnquotedOp
	classQuotedOp
	classNotCallable
	classOther
)

var notCallableAtoms = map[string]bool{
	"%": true, "%{}": true, "{}": true, "<<>>": true, "...": true, "..": true, ".": true, "..//": true, "->": true,
}

var quotedOperators = map[string]bool{"::": true, "^^^": true, "~~~": true, "<|>": true}

// operators are the unary and binary operators of Code.Identifier (less
// "//", which is not one).
var operators = map[string]bool{}

func init() {
	for _, op := range strings.Fields(`& ... ! ^ not + - ~~~ @ <- \\ when :: | = || ||| or && &&& and == != =~ === !== < <= >= > |> <<< >>> <~ ~> <<~ ~>> <~> <|> in ^^^ ++ -- .. <> +++ --- * / ** .`) {
		operators[op] = true
	}
}

func classify(name string) atomClass {
	switch {
	case notCallableAtoms[name]:
		return classNotCallable
	case quotedOperators[name]:
		return classQuotedOp
	case operators[name]:
		return classUnquotedOp
	case validAlias(name):
		return classAlias
	}
	kind, ok, at := tokenizeIdentifier(name)
	if !ok {
		return classOther
	}
	if kind != classIdentifier || at {
		return classNotCallable
	}
	return classIdentifier
}

// validAlias reports whether name is Elixir.Foo or Elixir.Foo.Bar...
func validAlias(name string) bool {
	rest, ok := strings.CutPrefix(name, "Elixir")
	if !ok {
		return false
	}
	for rest != "" {
		if len(rest) < 2 || rest[0] != '.' || rest[1] < 'A' || rest[1] > 'Z' {
			return false
		}
		rest = rest[2:]
		for rest != "" && isASCIIIdentCont(rest[0]) {
			rest = rest[1:]
		}
	}
	return true
}

func isASCIIIdentCont(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// tokenizeIdentifier checks that all of name is one identifier token as
// Elixir's tokenizer reads it. kind is classIdentifier for identifiers
// and classAlias for ones starting in upper case; at is true when it
// contains @.
func tokenizeIdentifier(name string) (kind atomClass, ok, at bool) {
	if name == "" {
		return 0, false, false
	}
	r, size := utf8.DecodeRuneInString(name)
	switch {
	case r >= 'A' && r <= 'Z':
		kind = classAlias
	case r >= 'a' && r <= 'z', r == '_':
		kind = classIdentifier
	case r >= 0x80 && unicode.IsUpper(r):
		kind = classAlias
	case r >= 0x80 && (unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)):
		kind = classIdentifier
	default:
		return 0, false, false
	}
	rest := name[size:]
	for rest != "" {
		r, size := utf8.DecodeRuneInString(rest)
		rest = rest[size:]
		switch {
		case r == '!' || r == '?':
			return kind, rest == "", at
		case r == '@':
			at = true
		case r < 0x80 && isASCIIIdentCont(byte(r)):
		case r < 0x80:
			return kind, false, at
		case r == utf8.RuneError && size == 1:
			return kind, false, at
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
			unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Pc, r):
		default:
			return kind, false, at
		}
	}
	return kind, true, at
}

// AtomLiteral prints an atom as inspect/1 does: :foo, :"with space",
// Foo (for Elixir.Foo), :+, nil, true.
func AtomLiteral(name string) string {
	switch name {
	case "nil", "true", "false":
		return name
	}
	switch classify(name) {
	case classAlias:
		if name == "Elixir" || name == "Elixir.Elixir" || strings.HasPrefix(name, "Elixir.Elixir.") {
			return name
		}
		return name[len("Elixir."):]
	case classQuotedOp, classOther:
		return `:"` + escapeAll(name, '"') + `"`
	}
	return ":" + name
}

// AtomKey prints an atom as a keyword key: foo:, "with space":.
func AtomKey(name string) string {
	switch classify(name) {
	case classAlias:
		return `"` + name + `":`
	case classQuotedOp, classOther:
		return `"` + escapeAll(name, '"') + `":`
	}
	return name + ":"
}

// AtomRemoteCall prints an atom as the function name in a remote call
// (Mod.name): plain when callable, quoted otherwise.
func AtomRemoteCall(name string) string {
	switch c := classify(name); c {
	case classIdentifier, classUnquotedOp, classQuotedOp:
		return name
	case classNotCallable, classAlias:
		return `"` + name + `"`
	}
	return `"` + escapeAll(name, '"') + `"`
}

// ModuleName prints a module atom as Elixir code writes it: Enum for
// Elixir.Enum, :lists for lists.
func ModuleName(name string) string { return AtomLiteral(name) }
