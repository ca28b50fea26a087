package stdlib

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Base module: base 16, 32 (and its hex alphabet) and 64 (and its URL
// alphabet) encodings with the case:, padding: and ignore: options.

const (
	alpha16    = "0123456789ABCDEF"
	alpha32    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	alpha32hex = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
	alpha64    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	alpha64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// baseOpts are Base's options.
type baseOpts struct {
	lower, mixed bool // case: :lower / :mixed (else :upper)
	padding      bool
	whitespace   bool // ignore: :whitespace
}

func readBaseOpts(mfa string, a []term.Term) baseOpts {
	o := baseOpts{padding: true}
	if len(a) < 2 {
		return o
	}
	if !term.IsList(a[1]) {
		fnClauseError(mfa, a)
	}
	if v, ok := kwGet(a[1], "case"); ok {
		switch v {
		case atom("lower"):
			o.lower = true
		case atom("mixed"):
			o.mixed = true
		case atom("upper"):
		default:
			fnClauseError(mfa, a)
		}
	}
	if v, ok := kwGet(a[1], "padding"); ok {
		o.padding = v != term.False
	}
	if v, ok := kwGet(a[1], "ignore"); ok && v == atom("whitespace") {
		o.whitespace = true
	}
	return o
}

// basePads and baseRems are, by group size (2, 4 or 8 characters), the
// counts of "=" a padded input may end with and the lengths modulo the
// group an unpadded body may have.
var (
	basePads = map[int]map[int]bool{4: {0: true, 1: true, 2: true}, 8: {0: true, 1: true, 3: true, 4: true, 6: true},
		2: {0: true}}
	baseRems = map[int]map[int]bool{4: {0: true, 2: true, 3: true}, 8: {0: true, 2: true, 4: true, 5: true, 7: true},
		2: {0: true}}
)

type baseErr struct{ msg string }

func nonAlphabet(env rt.Env, c byte) *baseErr {
	return &baseErr{fmt.Sprintf("non-alphabet character found: %s (byte %d)", rt.Inspect(env, term.Binary([]byte{c})), c)}
}

// baseDecode checks s against alphabet (letters in the case the options
// ask for) and decodes it with dec; group is 4 (base 64) or 8 (base 32).
func baseDecode(env rt.Env, s string, alphabet string, caseful bool, o baseOpts, group int, dec func(string) ([]byte, error)) ([]byte, *baseErr) {
	if o.whitespace {
		s = strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
				return -1
			}
			return r
		}, s)
	}
	body := strings.TrimRight(s, "=")
	pads := len(s) - len(body)
	var sb strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		d := c
		if caseful {
			switch {
			case o.mixed && c >= 'a' && c <= 'z':
				d = c - 32
			case o.lower && c >= 'a' && c <= 'z':
				d = c - 32
			case o.lower && c >= 'A' && c <= 'Z':
				return nil, nonAlphabet(env, c)
			}
		}
		if strings.IndexByte(alphabet, d) < 0 {
			return nil, nonAlphabet(env, c)
		}
		sb.WriteByte(d)
	}
	validPads, validRem := basePads[group], baseRems[group]
	switch {
	case o.padding && len(s)%group != 0:
		return nil, &baseErr{"incorrect padding"}
	case o.padding && !validPads[pads]:
		return nil, nonAlphabet(env, '=')
	case !validRem[len(body)%group]:
		return nil, &baseErr{"incorrect padding"}
	}
	out, err := dec(sb.String())
	if err != nil {
		return nil, &baseErr{"incorrect padding"}
	}
	return out, nil
}

func init() { rt.RegisterLazy(registerBase) }

// registerBase registers the built-ins of this file (see rt.RegisterLazy).
func registerBase() {
	enc64 := func(name string, e *base64.Encoding) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			mfa := baseMFA(name)
			s := binArg(mfa, a, 0)
			o := readBaseOpts(mfa, a)
			enc := e
			if !o.padding {
				enc = e.WithPadding(base64.NoPadding)
			}
			return term.Binary(enc.EncodeToString([]byte(s)))
		}
	}
	dec64 := func(name string, alphabet string, e *base64.Encoding, bang bool) rt.BuiltinFunc {
		raw := e.WithPadding(base64.NoPadding)
		return func(env rt.Env, a []term.Term) term.Term {
			mfa := baseMFA(name)
			s := binArg(mfa, a, 0)
			o := readBaseOpts(mfa, a)
			out, err := baseDecode(env, s, alphabet, false, o, 4, raw.DecodeString)
			return baseResult(out, err, bang)
		}
	}
	enc32 := func(name string, e *base32.Encoding) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			mfa := baseMFA(name)
			s := binArg(mfa, a, 0)
			o := readBaseOpts(mfa, a)
			enc := e
			if !o.padding {
				enc = e.WithPadding(base32.NoPadding)
			}
			out := enc.EncodeToString([]byte(s))
			if o.lower {
				out = strings.ToLower(out)
			}
			return term.Binary(out)
		}
	}
	dec32 := func(name string, e *base32.Encoding, alphabet string, bang bool) rt.BuiltinFunc {
		raw := e.WithPadding(base32.NoPadding)
		return func(env rt.Env, a []term.Term) term.Term {
			mfa := baseMFA(name)
			s := binArg(mfa, a, 0)
			o := readBaseOpts(mfa, a)
			out, err := baseDecode(env, s, alphabet, true, o, 8, raw.DecodeString)
			return baseResult(out, err, bang)
		}
	}
	dec16 := func(bang bool) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			mfa := "Base.decode16!/2" // decode16/2 calls decode16!/2
			s := binArg(mfa, a, 0)
			o := readBaseOpts(mfa, a)
			if len(s)%2 != 0 {
				if bang {
					rt.ArgumentError(fmt.Sprintf("string given to decode has wrong length. An even number of bytes was expected, got: %d. "+
						"Double check your string for unwanted characters or pad it accordingly", len(s)))
				}
				return term.ErrorAtom
			}
			o.padding = false
			out, err := baseDecode(env, s, alpha16, true, o, 2, hex.DecodeString)
			return baseResult(out, err, bang)
		}
	}
	fns := map[string]rt.BuiltinFunc{
		"encode16/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(encode16(binArg("Base.encode16/2", a, 0), false))
		},
		"encode16/2": func(env rt.Env, a []term.Term) term.Term {
			s := binArg("Base.encode16/2", a, 0)
			return term.Binary(encode16(s, readBaseOpts("Base.encode16/2", a).lower))
		},
	}
	for _, n := range []int{1, 2} {
		k := func(name string) string { return fmt.Sprintf("%s/%d", name, n) }
		fns[k("decode16")] = dec16(false)
		fns[k("decode16!")] = dec16(true)
		fns[k("encode64")] = enc64("encode64", base64.StdEncoding)
		fns[k("url_encode64")] = enc64("url_encode64", base64.URLEncoding)
		fns[k("decode64")] = dec64("decode64", alpha64, base64.StdEncoding, false)
		fns[k("decode64!")] = dec64("decode64!", alpha64, base64.StdEncoding, true)
		fns[k("url_decode64")] = dec64("url_decode64", alpha64url, base64.URLEncoding, false)
		fns[k("url_decode64!")] = dec64("url_decode64!", alpha64url, base64.URLEncoding, true)
		fns[k("encode32")] = enc32("encode32", base32.StdEncoding)
		fns[k("hex_encode32")] = enc32("hex_encode32", base32.HexEncoding)
		fns[k("decode32")] = dec32("decode32", base32.StdEncoding, alpha32, false)
		fns[k("decode32!")] = dec32("decode32!", base32.StdEncoding, alpha32, true)
		fns[k("hex_decode32")] = dec32("hex_decode32", base32.HexEncoding, alpha32hex, false)
		fns[k("hex_decode32!")] = dec32("hex_decode32!", base32.HexEncoding, alpha32hex, true)
	}
	rt.Register("Base", fns)
}

// encode16 is s in hexadecimal, two digits a byte, in upper case unless
// lower (Base.encode16, :binary.encode_hex).
func encode16(s string, lower bool) string {
	out := hex.EncodeToString([]byte(s))
	if !lower {
		out = strings.ToUpper(out)
	}
	return out
}

// baseMFA names the function a FunctionClauseError of Base reports: the
// arity with its default options (Base.encode64/2 whether called with one
// argument or two), and decode32 and hex_decode32 through the bang
// versions they call.
func baseMFA(name string) string {
	switch name {
	case "decode32", "hex_decode32":
		name += "!"
	}
	return "Base." + name + "/2"
}

func baseResult(out []byte, err *baseErr, bang bool) term.Term {
	if err != nil {
		if bang {
			rt.ArgumentError(err.msg)
		}
		return term.ErrorAtom
	}
	if bang {
		return term.Binary(out)
	}
	return okTuple(term.Binary(out))
}
