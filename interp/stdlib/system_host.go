package stdlib

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The System functions that reach the host: the OS environment and OS
// commands (System.cmd/2,3, System.shell/1,2), and IO.stream/0,2. A
// served or checked program never gets here: the sandbox's allow-list
// (interp/sandbox.go) refuses them before the call; a program run with
// plain `exlite run` sees its host as an Elixir script does, except that
// its changes to environment variables are its own (rt.Vars): the OS
// commands it runs see them, other programs of the Go process do not.

var modIOStream = rt.ModuleAtom("IO.Stream")

// varsOf is the program's environment variables (rt.VarsEnv), nil for
// an Env without its own, which reads and changes the Go process's.
func varsOf(env rt.Env) *rt.Vars {
	if ve, ok := env.(rt.VarsEnv); ok {
		return ve.Vars()
	}
	return nil
}

func envGet(env rt.Env, mfa string, a []term.Term) (string, bool) {
	name := binArg(mfa, a, 0)
	if v := varsOf(env); v != nil {
		return v.Lookup(name)
	}
	return os.LookupEnv(name)
}

// environ is the program's environment variables as os.Environ gives
// them.
func environ(env rt.Env) []string {
	if v := varsOf(env); v != nil {
		return v.Environ()
	}
	return os.Environ()
}

// cmdOpts are System.cmd's options.
type cmdOpts struct {
	into           term.Term
	lines          bool
	env            []string
	dir            string
	stderrToStdout bool
}

func readCmdOpts(env rt.Env, mfa string, a []term.Term, i int) cmdOpts {
	o := cmdOpts{into: term.Binary("")}
	if i >= len(a) {
		return o
	}
	items, ok := properList(a[i])
	if !ok {
		fnClauseError(mfa, a)
	}
	for _, it := range items {
		k, v, ok := pair(it)
		if !ok {
			rt.ArgumentError("invalid option " + rt.Inspect(env, it) + " with value nil")
		}
		switch k {
		case atom("into"):
			o.into = v
		case atom("lines"):
			o.lines = true
		case atom("cd"):
			s, ok := v.(term.Binary)
			if !ok {
				fnClauseError(mfa, a)
			}
			o.dir = string(s)
		case atom("stderr_to_stdout"):
			o.stderrToStdout = v == term.True
		case atom("env"):
			pairs, ok := properList(v)
			if !ok {
				fnClauseError(mfa, a)
			}
			for _, p := range pairs {
				ek, ev, ok := pair(p)
				name, ok2 := ek.(term.Binary)
				if !ok || !ok2 {
					rt.ArgumentError("invalid environment key-value " + rt.Inspect(env, p))
				}
				if ev == term.NilAtom {
					o.env = append(o.env, "-"+string(name))
					continue
				}
				val, ok3 := ev.(term.Binary)
				if !ok3 {
					rt.ArgumentError("invalid environment key-value " + rt.Inspect(env, p))
				}
				o.env = append(o.env, string(name)+"="+string(val))
			}
		case atom("arg0"), atom("parallelism"), atom("use_stdio"):
		default:
			rt.ArgumentError("invalid option " + rt.Inspect(env, k) + " with value " + rt.Inspect(env, v))
		}
	}
	return o
}

// environ is the environment of an OS command: the program's variables
// with o's changes; nil (the Go process's own) when neither changes any.
func (o cmdOpts) environ(env rt.Env) []string {
	if v := varsOf(env); len(o.env) == 0 && (v == nil || !v.Changed()) {
		return nil
	}
	vars := map[string]string{}
	for _, kv := range environ(env) {
		if k, v, ok := strings.Cut(kv, "="); ok {
			vars[k] = v
		}
	}
	for _, e := range o.env {
		if strings.HasPrefix(e, "-") {
			delete(vars, e[1:])
			continue
		}
		k, v, _ := strings.Cut(e, "=")
		vars[k] = v
	}
	out := make([]string, 0, len(vars))
	for k, v := range vars {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

// runCmd runs c and collects its output into o.into as System.cmd does.
func runCmd(env rt.Env, c *exec.Cmd, o cmdOpts) term.Term {
	var out bytes.Buffer
	c.Stdout = &out
	if o.stderrToStdout {
		c.Stderr = &out
	} else {
		c.Stderr = env.Stderr()
	}
	c.Dir = o.dir
	c.Env = o.environ(env)
	status := 0
	if err := c.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			rt.Raise(rt.NewException("ErlangError", atom("original"), atom("enoent"), atom("reason"), term.NilAtom))
		}
		status = ee.ExitCode()
		if status < 0 {
			status = 128 + 9
		}
	}
	var chunks []term.Term
	if o.lines {
		text := strings.TrimSuffix(out.String(), "\n")
		if text != "" || out.Len() > 0 {
			for _, l := range strings.Split(text, "\n") {
				chunks = append(chunks, term.Binary(l))
			}
		}
	} else if out.Len() > 0 {
		chunks = append(chunks, term.Binary(out.String()))
	}
	return term.Tuple{into(env, list(chunks), o.into, nil), term.Int(status)}
}

func systemCmd(env rt.Env, mfa string, a []term.Term) term.Term {
	name := binArg(mfa, a, 0)
	args, ok := properList(a[1])
	if !ok {
		fnClauseError(mfa, a)
	}
	strs := make([]string, len(args))
	for i, x := range args {
		s, ok := x.(term.Binary)
		if !ok {
			fnClauseError(mfa, a)
		}
		strs[i] = string(s)
	}
	o := readCmdOpts(env, mfa, a, 2)
	path := name
	if !strings.Contains(name, "/") {
		p, err := exec.LookPath(name)
		if err != nil {
			rt.Raise(rt.NewException("ErlangError", atom("original"), atom("enoent"), atom("reason"), term.NilAtom))
		}
		path = p
	}
	c := exec.Command(path, strs...)
	c.Args[0] = name
	return runCmd(env, c, o)
}

func systemShell(env rt.Env, mfa string, a []term.Term) term.Term {
	cmd := binArg(mfa, a, 0)
	o := readCmdOpts(env, mfa, a, 1)
	return runCmd(env, exec.Command("/bin/sh", "-c", cmd), o)
}

// ioStream is IO.stream/2's %IO.Stream{}.
func ioStream(dev, mode term.Term) term.Term {
	if dev == atom("stdio") {
		dev = atom("standard_io")
	}
	return term.EmptyMap.Put(atom("__struct__"), modIOStream).Put(atom("device"), dev).
		Put(atom("raw"), term.False).Put(atom("line_or_bytes"), mode)
}

// ioStreamCollect is Collectable.into/1 for an IO.Stream: each element is
// written to the device.
func ioStreamCollect(v *term.Map) term.Term {
	dev := mapField(v, atom("device"))
	fn := rt.MakeFun("Collectable.IO.Stream", "into", 2, func(env rt.Env, a []term.Term) term.Term {
		if cmd, ok := a[1].(term.Tuple); ok && len(cmd) == 2 {
			if pid, ok := dev.(term.Pid); ok {
				devicePut(env, pid, toChardata(env, cmd[1]))
			} else {
				io.WriteString(device(env, dev), toChardata(env, cmd[1]))
			}
		}
		return a[0]
	}, nil)
	return term.Tuple{v, fn}
}

// iterateIOStream walks the lines (or chunks of n characters) read from
// standard input or a device.
func iterateIOStream(env rt.Env, v *term.Map, f func(term.Term) bool) {
	mode := mapField(v, atom("line_or_bytes"))
	dev := mapField(v, atom("device"))
	for {
		var x term.Term
		if pid, ok := dev.(term.Pid); ok {
			x, _ = deviceRead(env, pid, mode)
		} else if n, ok := mode.(term.Int); ok {
			x = ioRead(env, atom("stdio"), n)
		} else {
			x = readLine(env)
		}
		if _, isBin := x.(term.Binary); !isBin || !f(x) {
			return
		}
	}
}

func init() { rt.RegisterLazy(registerSystemHost) }

// registerSystemHost registers the built-ins of this file (see rt.RegisterLazy).
func registerSystemHost() {
	rt.Register("System", map[string]rt.BuiltinFunc{
		"get_env/0": func(env rt.Env, a []term.Term) term.Term {
			var keys, vals []term.Term
			for _, kv := range environ(env) {
				if k, v, ok := strings.Cut(kv, "="); ok {
					keys = append(keys, term.Binary(k))
					vals = append(vals, term.Binary(v))
				}
			}
			return term.NewMap(keys, vals)
		},
		"get_env/1": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := envGet(env, "System.get_env/1", a); ok {
				return term.Binary(v)
			}
			return term.NilAtom
		},
		"get_env/2": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := envGet(env, "System.get_env/2", a); ok {
				return term.Binary(v)
			}
			return a[1]
		},
		"fetch_env/1": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := envGet(env, "System.fetch_env/1", a); ok {
				return okTuple(term.Binary(v))
			}
			return term.ErrorAtom
		},
		"fetch_env!/1": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := envGet(env, "System.fetch_env!/1", a); ok {
				return term.Binary(v)
			}
			rt.RaiseMessage("System.EnvError", "could not fetch environment variable "+rt.Inspect(env, a[0])+" because it is not set")
			return nil
		},
		"put_env/2": func(env rt.Env, a []term.Term) term.Term {
			k, v := binArg("System.put_env/2", a, 0), binArg("System.put_env/2", a, 1)
			if k == "" || strings.Contains(k, "=") {
				rt.ArgumentError("cannot execute System.put_env/2 for key with \"=\", got: " + rt.Inspect(env, a[0]))
			}
			if vars := varsOf(env); vars != nil {
				vars.Set(k, v)
			} else {
				os.Setenv(k, v)
			}
			return term.OK
		},
		"delete_env/1": func(env rt.Env, a []term.Term) term.Term {
			name := binArg("System.delete_env/1", a, 0)
			if vars := varsOf(env); vars != nil {
				vars.Unset(name)
			} else {
				os.Unsetenv(name)
			}
			return term.OK
		},
		"pid/0": func(env rt.Env, a []term.Term) term.Term { return term.Binary(strconv.Itoa(os.Getpid())) },
		"tmp_dir/0": func(env rt.Env, a []term.Term) term.Term {
			if d := os.TempDir(); d != "" {
				return term.Binary(d)
			}
			return term.NilAtom
		},
		"tmp_dir!/0": func(env rt.Env, a []term.Term) term.Term { return term.Binary(os.TempDir()) },
		"user_home/0": func(env rt.Env, a []term.Term) term.Term {
			if d, err := os.UserHomeDir(); err == nil {
				return term.Binary(d)
			}
			return term.NilAtom
		},
		"user_home!/0": func(env rt.Env, a []term.Term) term.Term {
			d, err := os.UserHomeDir()
			if err != nil {
				rt.RaiseMessage("RuntimeError", "could not find the user home, please set the HOME environment variable")
			}
			return term.Binary(d)
		},
		"cwd/0": func(env rt.Env, a []term.Term) term.Term {
			if d, err := os.Getwd(); err == nil {
				return term.Binary(d)
			}
			return term.NilAtom
		},
		"cwd!/0": func(env rt.Env, a []term.Term) term.Term {
			d, err := os.Getwd()
			if err != nil {
				rt.RaiseMessage("RuntimeError", "could not get a current working directory, the current location is not accessible")
			}
			return term.Binary(d)
		},
		"find_executable/1": func(env rt.Env, a []term.Term) term.Term {
			if p, err := exec.LookPath(binArg("System.find_executable/1", a, 0)); err == nil {
				return term.Binary(p)
			}
			return term.NilAtom
		},
		"cmd/2":   func(env rt.Env, a []term.Term) term.Term { return systemCmd(env, "System.cmd/2", a) },
		"cmd/3":   func(env rt.Env, a []term.Term) term.Term { return systemCmd(env, "System.cmd/3", a) },
		"shell/1": func(env rt.Env, a []term.Term) term.Term { return systemShell(env, "System.shell/1", a) },
		"shell/2": func(env rt.Env, a []term.Term) term.Term { return systemShell(env, "System.shell/2", a) },
	})
	rt.Register("IO", map[string]rt.BuiltinFunc{
		"stream/0": func(env rt.Env, a []term.Term) term.Term { return ioStream(atom("standard_io"), atom("line")) },
		"stream/2": func(env rt.Env, a []term.Term) term.Term {
			if a[1] != atom("line") {
				if n, ok := a[1].(term.Int); !ok || n <= 0 {
					fnClauseError("IO.stream/2", a)
				}
			}
			return ioStream(a[0], a[1])
		},
	})
}
