package elixirlib

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
)

// The library's sources are parsed when exlite is built, not when a
// program runs: parsing them at run time (ANTLR warming up on constructs
// the program did not use) took 0.1 to 0.9 s, which a program's first
// Task.start or GenServer.start_link paid. `go generate` writes, next to
// each NAME.ex, NAME.ex.ast: the syntax tree in the compact form below,
// stamped with the SHA-256 of the source it came from. A stale or missing
// file is ignored (the source is parsed instead), and a test checks that
// every one is fresh.
//
// The form: the magic astMagic, the 32-byte hash, then the root node.
// A node is a tag byte and its fields; integers are varints, strings a
// length and their bytes, positions two varints.

//go:generate go run ./internal/genast

const astMagic = "exlite-ast-1\n"

// Node tags.
const (
	tagNil byte = iota
	tagLit
	tagList
	tagPair
	tagVar
	tagCall
)

// Literal value tags.
const (
	valInt byte = iota
	valBig
	valFloat
	valAtom
	valBinary
)

// SourceHash returns the SHA-256 of a library source, as stamped in its
// syntax tree file.
func SourceHash(src string) [32]byte { return sha256.Sum256([]byte(src)) }

// EncodeAST writes root, parsed from a source with hash sum, in the
// syntax tree file form. It fails on a literal it cannot represent.
func EncodeAST(root ast.Node, sum [32]byte) ([]byte, error) {
	e := &encoder{buf: append([]byte(astMagic), sum[:]...)}
	if err := e.node(root); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// DecodeAST reads a syntax tree file and returns its root, provided its
// hash is sum (the source it was made from is the current one).
func DecodeAST(data []byte, sum [32]byte) (root ast.Node, err error) {
	n := len(astMagic)
	if len(data) < n+32 || string(data[:n]) != astMagic {
		return nil, errors.New("not a syntax tree file")
	}
	if [32]byte(data[n:n+32]) != sum {
		return nil, errors.New("syntax tree file is stale")
	}
	defer func() {
		if r := recover(); r != nil {
			root, err = nil, fmt.Errorf("corrupt syntax tree file: %v", r)
		}
	}()
	d := &decoder{buf: data[n+32:]}
	root = d.node()
	if len(d.buf) != 0 {
		return nil, errors.New("corrupt syntax tree file: trailing bytes")
	}
	return root, nil
}

type encoder struct{ buf []byte }

func (e *encoder) uint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }
func (e *encoder) int(v int64)   { e.buf = binary.AppendVarint(e.buf, v) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.buf = append(e.buf, s...) }
func (e *encoder) pos(p ast.Pos) { e.int(int64(p.Line)); e.int(int64(p.Col)) }

func (e *encoder) nodes(ns []ast.Node) error {
	e.uint(uint64(len(ns)))
	for _, n := range ns {
		if err := e.node(n); err != nil {
			return err
		}
	}
	return nil
}

func (e *encoder) node(n ast.Node) error {
	switch n := n.(type) {
	case nil:
		e.buf = append(e.buf, tagNil)
	case *ast.Lit:
		e.buf = append(e.buf, tagLit)
		e.pos(n.Pos)
		switch v := n.Value.(type) {
		case term.Int:
			e.buf = append(e.buf, valInt)
			e.int(int64(v))
		case *term.BigInt:
			e.buf = append(e.buf, valBig)
			e.str(v.V.String())
		case term.Float:
			e.buf = append(e.buf, valFloat)
			e.uint(math.Float64bits(float64(v)))
		case term.Atom:
			e.buf = append(e.buf, valAtom)
			e.str(v.Name())
		case term.Binary:
			e.buf = append(e.buf, valBinary)
			e.str(string(v))
		default:
			return fmt.Errorf("line %d: literal %T has no syntax tree form", n.Line, n.Value)
		}
	case *ast.List:
		e.buf = append(e.buf, tagList)
		e.pos(n.Pos)
		return e.nodes(n.Items)
	case *ast.Pair:
		e.buf = append(e.buf, tagPair)
		e.pos(n.Pos)
		if err := e.node(n.Left); err != nil {
			return err
		}
		return e.node(n.Right)
	case *ast.Var:
		e.buf = append(e.buf, tagVar)
		e.pos(n.Pos)
		e.str(n.Name)
		if n.Context.IsZero() {
			e.uint(0)
		} else {
			e.uint(1)
			e.str(n.Context.Name())
		}
	case *ast.Call:
		e.buf = append(e.buf, tagCall)
		e.pos(n.Pos)
		if err := e.node(n.Fun); err != nil {
			return err
		}
		if err := e.nodes(n.Args); err != nil {
			return err
		}
		var flags uint64
		if n.Meta.NoParens {
			flags = 1
		}
		e.uint(flags)
		e.str(n.Meta.Delimiter)
		e.pos(n.Meta.End)
		e.str(n.Meta.Format)
	default:
		return fmt.Errorf("node %T has no syntax tree form", n)
	}
	return nil
}

// decoder reads what encoder wrote; it panics on malformed input
// (DecodeAST recovers).
type decoder struct{ buf []byte }

func (d *decoder) byte() byte {
	b := d.buf[0]
	d.buf = d.buf[1:]
	return b
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		panic("bad varint")
	}
	d.buf = d.buf[n:]
	return v
}

func (d *decoder) int() int64 {
	v, n := binary.Varint(d.buf)
	if n <= 0 {
		panic("bad varint")
	}
	d.buf = d.buf[n:]
	return v
}

func (d *decoder) str() string {
	n := d.uint()
	s := string(d.buf[:n])
	d.buf = d.buf[n:]
	return s
}

func (d *decoder) pos() ast.Pos {
	l := d.int()
	return ast.Pos{Line: int32(l), Col: int32(d.int())}
}

func (d *decoder) nodes() []ast.Node {
	n := d.uint()
	if n > uint64(len(d.buf)) {
		panic("bad length")
	}
	ns := make([]ast.Node, n)
	for i := range ns {
		ns[i] = d.node()
	}
	return ns
}

func (d *decoder) node() ast.Node {
	switch tag := d.byte(); tag {
	case tagNil:
		return nil
	case tagLit:
		p := d.pos()
		var v term.Term
		switch vt := d.byte(); vt {
		case valInt:
			v = term.Int(d.int())
		case valBig:
			b, ok := new(big.Int).SetString(d.str(), 10)
			if !ok {
				panic("bad integer")
			}
			v = term.MakeInt(b)
		case valFloat:
			v = term.Float(math.Float64frombits(d.uint()))
		case valAtom:
			v = term.MakeAtom(d.str())
		case valBinary:
			v = term.Binary(d.str())
		default:
			panic(fmt.Sprintf("bad literal tag %d", vt))
		}
		return &ast.Lit{Pos: p, Value: v}
	case tagList:
		p := d.pos()
		return &ast.List{Pos: p, Items: d.nodes()}
	case tagPair:
		p := d.pos()
		l := d.node()
		return &ast.Pair{Pos: p, Left: l, Right: d.node()}
	case tagVar:
		p := d.pos()
		v := &ast.Var{Pos: p, Name: d.str()}
		if d.uint() != 0 {
			v.Context = term.MakeAtom(d.str())
		}
		return v
	case tagCall:
		c := &ast.Call{Pos: d.pos()}
		c.Fun = d.node()
		c.Args = d.nodes()
		c.Meta.NoParens = d.uint()&1 != 0
		c.Meta.Delimiter = d.str()
		c.Meta.End = d.pos()
		c.Meta.Format = d.str()
		return c
	default:
		panic(fmt.Sprintf("bad node tag %d", tag))
	}
}
