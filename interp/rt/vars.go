package rt

import (
	"os"
	"sort"
	"strings"
	"sync"
)

// VarsEnv gives the program's OS environment variables
// (System.get_env, put_env, delete_env, and the environment of the OS
// commands it runs). Without it, built-ins read and change the Go
// process's own.
type VarsEnv interface {
	Vars() *Vars
}

// Vars are one program's environment variables: the Go process's, as
// they are when read, overlaid with the program's own System.put_env and
// System.delete_env, which neither the Go process nor any other program
// sees. The zero value is the Go process's variables unchanged; a Vars
// is safe for concurrent use.
type Vars struct {
	mu sync.Mutex
	// changed holds the program's changes: a value, or nil for a
	// deleted variable.
	changed map[string]*string
}

// Lookup returns the variable name and whether it is set.
func (v *Vars) Lookup(name string) (string, bool) {
	v.mu.Lock()
	val, ok := v.changed[name]
	v.mu.Unlock()
	if ok {
		if val == nil {
			return "", false
		}
		return *val, true
	}
	return os.LookupEnv(name)
}

// Set sets the variable name to val.
func (v *Vars) Set(name, val string) {
	v.mu.Lock()
	if v.changed == nil {
		v.changed = map[string]*string{}
	}
	v.changed[name] = &val
	v.mu.Unlock()
}

// Unset removes the variable name.
func (v *Vars) Unset(name string) {
	v.mu.Lock()
	if v.changed == nil {
		v.changed = map[string]*string{}
	}
	v.changed[name] = nil
	v.mu.Unlock()
}

// Changed reports whether the program changed any variable.
func (v *Vars) Changed() bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.changed) != 0
}

// Environ returns the variables as os.Environ does ("NAME=value"),
// sorted by name.
func (v *Vars) Environ() []string {
	vars := map[string]string{}
	for _, kv := range os.Environ() {
		if k, val, ok := strings.Cut(kv, "="); ok {
			vars[k] = val
		}
	}
	v.mu.Lock()
	for k, val := range v.changed {
		if val == nil {
			delete(vars, k)
		} else {
			vars[k] = *val
		}
	}
	v.mu.Unlock()
	out := make([]string, 0, len(vars))
	for k, val := range vars {
		out = append(out, k+"="+val)
	}
	sort.Strings(out)
	return out
}
