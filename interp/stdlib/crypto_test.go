package stdlib

import (
	"encoding/hex"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// Digests as Elixir 1.14 on OTP 25 printed them (Base.encode16, lower
// case), and crypto's errors with 1.18's charlists.
func TestCrypto(t *testing.T) {
	digests := []struct {
		mfa  string
		args []term.Term
		want string
	}{
		{":crypto.hash/2", []term.Term{a("md5"), s("abc")}, "900150983cd24fb0d6963f7d28e17f72"},
		{":crypto.hash/2", []term.Term{a("sha"), s("abc")}, "a9993e364706816aba3e25717850c26c9cd0d89d"},
		{":crypto.hash/2", []term.Term{a("sha256"), l(s("a"), i('b'), l(s("c")))}, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{":crypto.mac/4", []term.Term{a("hmac"), a("sha256"), s("key"), s("msg")}, "2d93cbc1be167bcb1637a4a23cbff01a7878f0c50ee833954ea5221bb1b8c628"},
	}
	for _, d := range digests {
		got, ok := call(t, &textEnv{}, d.mfa, d.args...).(term.Binary)
		if !ok || hex.EncodeToString([]byte(got)) != d.want {
			t.Errorf("%s%v = %x, want %s", d.mfa, d.args, got, d.want)
		}
	}
	sizes := map[string]int{"sha512": 64, "sha224": 28, "sha384": 48}
	for alg, n := range sizes {
		if got := call(t, &textEnv{}, ":crypto.hash/2", a(alg), s("abc")).(term.Binary); len(got) != n {
			t.Errorf(":crypto.hash(:%s, \"abc\") has %d bytes, want %d", alg, len(got), n)
		}
	}
	if got := call(t, &textEnv{}, ":crypto.strong_rand_bytes/1", i(16)).(term.Binary); len(got) != 16 {
		t.Errorf(":crypto.strong_rand_bytes(16) gave %d bytes", len(got))
	}
	runCases(t, []callCase{
		{":crypto.strong_rand_bytes/1", []term.Term{i(0)}, `""`},
		{":crypto.strong_rand_bytes/1", []term.Term{i(-1)}, "** (ArgumentError) argument error"},
		{":crypto.hash/2", []term.Term{a("foo"), s("a")}, `** (ErlangError) Erlang error: {:badarg, {~c"hash.c", 108}, ~c"Bad digest type"}`},
		{":crypto.hash/2", []term.Term{a("md5"), i(1)}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: not an iodata term"},
		{":crypto.mac/4", []term.Term{a("hmac"), a("foo"), s("k"), s("m")}, `** (ErlangError) Erlang error: {:badarg, {~c"mac.c", 263}, ~c"Bad digest algorithm for HMAC"}`},
	})
}
