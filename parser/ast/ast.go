// Package ast is exlite's syntax tree: a typed Go form of Elixir's quoted
// form, the value Code.string_to_quoted!/1 returns.
//
// The mapping is one to one:
//   - literals (integers, floats, atoms, strings) are *Lit;
//   - lists are *List;
//   - two-element tuples are *Pair;
//   - every other form, {form, meta, args}, is a *Call, except variables,
//     {name, meta, context}, which are *Var.
//
// Unlike the quoted form, every node carries its source position, literals
// included. Quote turns a node into the quoted-form term.
package ast

import "github.com/exlite/exlite/beam/term"

// Pos is a position in a source file; lines and columns count from 1.
type Pos struct {
	Line int32
	Col  int32
}

// Node is any syntax tree node.
type Node interface {
	// Position returns where the node starts in its source.
	Position() Pos
}

// Lit is a literal: an integer, float, atom or string (term.Binary).
// Elixir's quoted form carries these bare, without metadata.
type Lit struct {
	Pos
	Value term.Term
}

// List is a list literal [a, b, c]. A tail written as [a | t] is the last
// item, a *Call to :|, exactly as in the quoted form. Keyword lists
// [a: 1] are lists of *Pair whose left side is an atom *Lit.
type List struct {
	Pos
	Items []Node
}

// Pair is a two-element tuple {a, b}, which the quoted form keeps as itself.
type Pair struct {
	Pos
	Left, Right Node
}

// Var is a variable: {name, meta, context} where context is an atom
// (nil for variables written in source).
type Var struct {
	Pos
	Name    string
	Context term.Atom // term.NilAtom for source variables
}

// Call is the form {fun, meta, args}: operators, local calls (fun is an
// atom *Lit), remote calls (fun is a *Call to :.), anonymous calls
// (fun is a *Call to :. with one argument), and special forms such as
// :__block__, :{}, :%{}, :<<>>, :fn, :->, :__aliases__.
//
// Args is never nil for a Call: a call with no arguments has an empty,
// non-nil slice (foo() is {:foo, [], []}).
type Call struct {
	Pos
	Fun  Node
	Args []Node
	Meta Meta
}

// Meta holds the quoted-form metadata that changes meaning or is needed for
// messages; exlite parse prints it emptied, like the conformance files.
type Meta struct {
	// NoParens is set for calls written without parentheses (IO.puts "x").
	NoParens bool
	// Delimiter is the sigil or heredoc delimiter, e.g. `"`, `"""`, `(`.
	Delimiter string
	// End is the position of the closing `end` of a do-block or fn, or
	// the closing parenthesis of a call, when there is one.
	End Pos
	// Format is "keyword" for a keyword-list :do form and the like.
	Format string
}

// File is a parsed source file.
type File struct {
	// Name is the file name as given on the command line.
	Name string
	// Source is the file's text (CRLF already normalised to LF).
	Source string
	// Root is the top-level expression: a single node, a *Call to
	// :__block__ for several expressions, or nil for an empty file.
	Root Node
	// CharlistQuotes are the single-quoted charlists of the file ('abc'
	// and ''' heredocs), which Elixir 1.18's tokenizer warns about.
	CharlistQuotes []CharlistQuote
	// ParserWarnings are the warnings Elixir's parser prints while it
	// reads the file (a trailing comma after keyword arguments), in
	// order: after the tokenizer's.
	ParserWarnings []ParserWarning
}

// ParserWarning is one warning of the parser, at a position.
type ParserWarning struct {
	Pos
	Message string
	// Tokenizer is true for the tokenizer's warnings (an unneeded quote
	// around an atom, ?  for a space, an outdented heredoc line): they
	// come first, in source order with the charlist warnings.
	Tokenizer bool
}

// CharlistQuote is the opening quote of a single-quoted charlist.
type CharlistQuote struct {
	Pos
	// Heredoc is true for a ''' heredoc.
	Heredoc bool
}

// Position implements Node.
func (p Pos) Position() Pos { return p }

// Atom returns a literal atom node.
func Atom(pos Pos, name string) *Lit { return &Lit{Pos: pos, Value: term.MakeAtom(name)} }

// CallName returns the atom name of a local call or special form, and
// false when c.Fun is not an atom literal (a remote or anonymous call).
func (c *Call) CallName() (string, bool) {
	if l, ok := c.Fun.(*Lit); ok {
		if a, ok := l.Value.(term.Atom); ok {
			return a.Name(), true
		}
	}
	return "", false
}

// Quote turns a node into Elixir's quoted form as a term. With meta false
// every metadata list is empty, as in the conformance .ast files;
// otherwise calls and variables carry [line: L, column: C].
func Quote(n Node, meta bool) term.Term {
	switch n := n.(type) {
	case nil:
		return term.NilAtom
	case *Lit:
		return n.Value
	case *List:
		items := make([]term.Term, len(n.Items))
		for i, it := range n.Items {
			items[i] = Quote(it, meta)
		}
		return term.List(items...)
	case *Pair:
		return term.Tuple{Quote(n.Left, meta), Quote(n.Right, meta)}
	case *Var:
		return term.Tuple{term.MakeAtom(n.Name), quoteMeta(n.Pos, meta), n.Context}
	case *Call:
		args := make([]term.Term, len(n.Args))
		for i, a := range n.Args {
			args[i] = Quote(a, meta)
		}
		return term.Tuple{Quote(n.Fun, meta), quoteMeta(n.Pos, meta), term.List(args...)}
	}
	panic("ast.Quote: unknown node type")
}

var (
	atomLine   = term.MakeAtom("line")
	atomColumn = term.MakeAtom("column")
)

func quoteMeta(p Pos, meta bool) term.Term {
	if !meta || p.Line == 0 {
		return term.Nil
	}
	return term.List(
		term.Tuple{atomLine, term.Int(p.Line)},
		term.Tuple{atomColumn, term.Int(p.Col)},
	)
}

// Inspect walks the tree at n in depth-first order: it calls f(n), and
// when f returns true, walks n's children (a call's target and arguments,
// a list's items, a pair's two sides). A nil n is not visited.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	switch x := n.(type) {
	case *Call:
		Inspect(x.Fun, f)
		for _, a := range x.Args {
			Inspect(a, f)
		}
	case *List:
		for _, it := range x.Items {
			Inspect(it, f)
		}
	case *Pair:
		Inspect(x.Left, f)
		Inspect(x.Right, f)
	}
}
