package stdlib

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// :binary's functions added in binary_extra.go, as OTP 25 answers
// (recorded through Elixir 1.14).
func TestBinaryExtra(t *testing.T) {
	scope := func(start, n int) term.Term { return l(term.Tuple{a("scope"), term.Tuple{i(start), i(n)}}) }
	runCases(t, []callCase{
		{":binary.longest_common_suffix/1", []term.Term{l(s("abc"), s("xbc"), s("bc"))}, "2"},
		{":binary.longest_common_suffix/1", []term.Term{l(s("abc"))}, "3"},
		{":binary.longest_common_suffix/1", []term.Term{l()}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: not a flat list of binaries"},
		{":binary.longest_common_prefix/1", []term.Term{l(s("a"), i(1))}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: not a flat list of binaries"},
		{":binary.encode_hex/1", []term.Term{s("hello\xff")}, `"68656C6C6FFF"`},
		{":binary.decode_hex/1", []term.Term{s("68656C6c6f")}, `"hello"`},
		{":binary.decode_hex/1", []term.Term{s("abc")}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: must contain an even number of bytes"},
		{":binary.decode_hex/1", []term.Term{s("zz")}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: zz is not a valid hex"},
		{":binary.encode_unsigned/2", []term.Term{i(258), a("little")}, "<<2, 1>>"},
		{":binary.encode_unsigned/2", []term.Term{i(258), a("foo")}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 2nd argument: must be 'big' or 'little'"},
		{":binary.decode_unsigned/2", []term.Term{s("\x02\x01"), a("little")}, "258"},
		{":binary.match/3", []term.Term{s("abcabc"), s("c"), scope(3, 3)}, "{5, 1}"},
		{":binary.match/3", []term.Term{s("abc"), s("c"), scope(2, -2)}, ":nomatch"},
		{":binary.match/3", []term.Term{s("abc"), s("c"), scope(4, 1)}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 3rd argument: specified part is not wholly inside binary"},
		{":binary.match/3", []term.Term{s("abc"), s("c"), l(term.Tuple{a("foo"), i(1)})}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 3rd argument: invalid options"},
		{":binary.matches/3", []term.Term{s("abcabc"), l(s("a"), s("c")), scope(1, 4)}, "[{2, 1}, {3, 1}]"},
		{":binary.split/3", []term.Term{s("abcabc"), s("b"), scope(2, 4)}, `["abca", "c"]`},
		{":binary.at/2", []term.Term{s("abc"), i(5)}, "** (ArgumentError) argument error"},
		{":binary.referenced_byte_size/1", []term.Term{s("abc")}, "3"},
	})
}
