package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// An IO device given as a pid (StringIO's, or any process speaking
// Erlang's I/O protocol) is written and read by requests of that
// protocol, sent by :exlite_io.request/2 (interp/elixirlib/string_io.ex)
// as :io.request/2 sends them.

// deviceRequest sends one I/O request to the device and returns its
// reply.
func deviceRequest(env rt.Env, dev term.Pid, req term.Term) term.Term {
	return env.Apply(atom("exlite_io"), atom("request"), []term.Term{dev, req})
}

// devicePut writes text to the device: IO.write/puts/binwrite/inspect.
func devicePut(env rt.Env, dev term.Pid, text string) term.Term {
	return deviceRequest(env, dev, term.Tuple{atom("put_chars"), atom("unicode"), term.Binary(text)})
}

// deviceRead is IO.read/2 and IO.binread/2 on a device: a line, the
// rest of the input (:eof, or :all, which gives "" at the end), or n
// characters.
func deviceRead(env rt.Env, dev term.Pid, what term.Term) (term.Term, bool) {
	switch v := what.(type) {
	case term.Atom:
		switch v.Name() {
		case "line":
			return deviceRequest(env, dev, term.Tuple{atom("get_line"), atom("unicode"), term.Binary("")}), true
		case "eof", "all":
			r := deviceRequest(env, dev, term.Tuple{atom("get_until"), atom("unicode"), term.Binary(""), atom("exlite_io"), atom("eof"), term.Nil})
			if r == atom("eof") && v.Name() == "all" {
				return term.Binary(""), true
			}
			return r, true
		}
	case term.Int:
		if v >= 0 {
			return deviceGetn(env, dev, term.Binary(""), v), true
		}
	}
	return nil, false
}

// deviceGetn is IO.getn/3 on a device: count characters after a prompt.
func deviceGetn(env rt.Env, dev term.Pid, prompt term.Term, count term.Int) term.Term {
	return deviceRequest(env, dev, term.Tuple{atom("get_chars"), atom("unicode"), term.Binary(toChardata(env, prompt)), count})
}

// ioGetn is IO.getn/1,2,3: count characters (1 by default) after a
// prompt, from standard input or a device.
func ioGetn(env rt.Env, a []term.Term) term.Term {
	dev, prompt, count := term.Term(atom("stdio")), a[0], term.Term(term.Int(1))
	switch len(a) {
	case 2:
		if _, isCount := a[1].(term.Int); isCount {
			prompt, count = a[0], a[1]
		} else {
			dev, prompt = a[0], a[1]
		}
	case 3:
		dev, prompt, count = a[0], a[1], a[2]
	}
	n, ok := count.(term.Int)
	if !ok || n < 0 {
		fnClauseError("IO.getn/3", []term.Term{dev, prompt, count})
	}
	if pid, ok := dev.(term.Pid); ok {
		return deviceGetn(env, pid, prompt, n)
	}
	ioPuts(env, dev, prompt, false)
	return ioRead(env, dev, n)
}
