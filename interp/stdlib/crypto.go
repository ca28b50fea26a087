package stdlib

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"math/rand"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The part of Erlang's :crypto that courses use: hash/2 (md5, sha and the
// sha2 family), mac/4 with :hmac, and strong_rand_bytes/1. The random
// bytes come from the program's random source, as :rand's numbers do
// (rt.RandEnv): a run with --deterministic and a seed gets the same bytes
// every time. They are not meant to be secret.

// digests are the hash types :crypto.hash/2 knows here.
var digests = map[string]func() hash.Hash{
	"md5":    md5.New,
	"sha":    sha1.New,
	"sha224": sha256.New224,
	"sha256": sha256.New,
	"sha384": sha512.New384,
	"sha512": sha512.New,
}

// cryptoNIFError raises the ErlangError that crypto's C code raises:
// {:badarg, {file, line}, message} (OTP 25's file and line).
func cryptoNIFError(file string, line int, msg string) {
	rt.Raise(rt.NewException("ErlangError",
		atom("original"), term.Tuple{atom("badarg"), term.Tuple{stringToCharlist(file), term.Int(line)}, stringToCharlist(msg)},
		atom("reason"), term.NilAtom))
}

// cryptoData flattens iodata; crypto's NIFs name the argument the 1st
// whichever it is.
func cryptoData(t term.Term) []byte {
	s, ok := iodataToString(t)
	if !ok {
		erlArgError(1, "not an iodata term")
	}
	return []byte(s)
}

func init() { rt.RegisterLazy(registerCrypto) }

// registerCrypto registers the built-ins of this file (see rt.RegisterLazy).
func registerCrypto() {
	rt.Register(":crypto", map[string]rt.BuiltinFunc{
		"hash/2": func(env rt.Env, a []term.Term) term.Term {
			name, _ := a[0].(term.Atom)
			newHash, ok := digests[name.Name()]
			if !ok {
				cryptoNIFError("hash.c", 108, "Bad digest type")
			}
			h := newHash()
			h.Write(cryptoData(a[1]))
			return term.Binary(h.Sum(nil))
		},
		"mac/4": func(env rt.Env, a []term.Term) term.Term {
			if a[0] != atom("hmac") {
				cryptoNIFError("mac.c", 233, "Unknown mac algorithm")
			}
			name, _ := a[1].(term.Atom)
			newHash, ok := digests[name.Name()]
			if !ok {
				cryptoNIFError("mac.c", 263, "Bad digest algorithm for HMAC")
			}
			m := hmac.New(newHash, cryptoData(a[2]))
			m.Write(cryptoData(a[3]))
			return term.Binary(m.Sum(nil))
		},
		"strong_rand_bytes/1": func(env rt.Env, a []term.Term) term.Term {
			n, ok := a[0].(term.Int)
			if !ok || n < 0 {
				rt.ArgumentError("argument error")
			}
			rt.CheckAlloc(env, int64(n))
			checkBuild(int64(n), 1)
			out := make([]byte, n)
			if re, ok := env.(rt.RandEnv); ok {
				re.Rand().Read(out)
			} else {
				rand.Read(out)
			}
			return term.Binary(out)
		},
	})
}
