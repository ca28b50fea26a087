package exunit

// The templates the expansion instantiates (expander.tmpl): Elixir source
// whose exu_* variables are replaced by nodes. Their syntax trees are
// parsed at build time into templates.ast (go test -run TestTemplatesAST
// -update rewrites it; the test fails while it is stale), so that a run
// does not parse them: a stale or missing file makes tmpl parse them
// instead, slower but the same.
const (
	tmplAssertReceive = `(exu_msg_received = receive do
  exu_p = exu_m -> _ = exu_vars
    exu_m
after
  exu_t -> ExUnit.Assertions.__receive_fail__(exu_pc, exu_t, exu_c, exu_line, exu_msg, exu_pins)
end
exu_p = exu_msg_received)`
	tmplAssertReceiveGuard = `(exu_msg_received = receive do
  exu_p = exu_m when exu_g -> _ = exu_vars
    exu_m
after
  exu_t -> ExUnit.Assertions.__receive_fail__(exu_pc, exu_t, exu_c, exu_line, exu_msg, exu_pins)
end
exu_p = exu_msg_received
_ = exu_gvars
exu_msg_received)`
	tmplCall  = `ExUnit.Assertions.__call__(exu_f, exu_a, exu_c, exu_line)`
	tmplCatch = `ExUnit.Assertions.__caught__(exu_k, (try do
  _ = exu_e
  :ex_unit_nothing_caught
catch
  exu_k, exu_caught -> {:ex_unit_caught, exu_caught}
end), exu_c, exu_line)`
	tmplCmp         = `ExUnit.Assertions.__cmp__(exu_k, exu_op, exu_l, exu_r, exu_c, exu_line)`
	tmplDocError    = `raise ExUnit.DocTest.Error, message: exu_msg`
	tmplEntry       = `%{name: exu_n, fun: exu_f, line: exu_l, tags: exu_tags, describe: exu_d, describe_line: exu_dl, file: exu_file, type: exu_type, doc_file: exu_docfile}`
	tmplDocRaises   = `ExUnit.DocTest.__error__(fn -> exu_e end, exu_msg, exu_exc, exu_doctest, exu_mod, exu_file, exu_line)`
	tmplDocFail     = `ExUnit.DocTest.__fail__(exu_msg, exu_doctest, exu_mod, exu_file, exu_line)`
	tmplFlunk       = `ExUnit.Assertions.flunk("Not implemented")`
	tmplDocImport   = `import exu_mod`
	tmplImports     = `(import ExUnit.Assertions; import ExUnit.Callbacks)`
	tmplDocInspect  = `ExUnit.DocTest.__inspect__(exu_e, exu_exp, exu_doctest, exu_last, exu_mod, exu_file, exu_line)`
	tmplMatchAssert = `(exu_right = exu_r
if !match?(exu_p, exu_right), do: ExUnit.Assertions.__match_fail__(:assert, "=", exu_pc, exu_right, exu_c, exu_line, exu_pins)
exu_p = exu_right
ExUnit.Assertions.__truthy__(:assert, exu_right, exu_c, exu_line, nil))`
	tmplMatchq = `(exu_right = exu_r
ExUnit.Assertions.__matchq__(exu_k, match?(exu_p, exu_right), exu_pc, exu_right, exu_c, exu_line, exu_pins))`
	tmplMeta          = `def __ex_unit__, do: %{setup_all: exu_sa, tests: exu_t, tags: exu_mt, async: exu_async}`
	tmplPrelude       = `_ = ExUnit.configuration()`
	tmplRefuteReceive = `receive do
  exu_p = exu_m -> ExUnit.Assertions.__refute_receive_fail__(exu_m, exu_pc, exu_c, exu_line, exu_msg)
after
  exu_t -> false
end`
	tmplRun        = `System.halt(ExUnit.__run__(exu_mods, exu_cli ++ [source: Map.new(exu_src)], exu_load))`
	tmplRunMachine = `ExUnit.__run__(exu_mods, exu_cli ++ [source: Map.new(exu_src)], exu_load)`
	tmplDocTest    = `(exu_doctest_value = exu_e
ExUnit.DocTest.__test__(exu_doctest_value, exu_exp, exu_doctest, exu_last, exu_exps, exu_mod, exu_file, exu_line))`
	tmplTruthyArgs  = `ExUnit.Assertions.__truthy__(exu_k, exu_v, exu_c, exu_line, nil, exu_args)`
	tmplMerge       = `ExUnit.Callbacks.__merge__(__MODULE__, exu_kind, exu_ctx, exu_call)`
	tmplDescribeOf  = `Map.get(exu_ctx, :describe)`
	tmplTruthy      = `ExUnit.Assertions.__truthy__(exu_k, exu_v, exu_c, exu_line, exu_msg)`
	tmplTruthyNoMsg = `ExUnit.Assertions.__truthy__(exu_k, exu_v, exu_c, exu_line, nil)`
)

// allTemplates lists every template, in templates.ast's order.
var allTemplates = []string{
	tmplAssertReceive,
	tmplAssertReceiveGuard,
	tmplCall,
	tmplCatch,
	tmplCmp,
	tmplDocError,
	tmplEntry,
	tmplDocRaises,
	tmplDocFail,
	tmplFlunk,
	tmplDocImport,
	tmplImports,
	tmplDocInspect,
	tmplMatchAssert,
	tmplMatchq,
	tmplMeta,
	tmplPrelude,
	tmplRefuteReceive,
	tmplRun,
	tmplRunMachine,
	tmplDocTest,
	tmplTruthy,
	tmplTruthyNoMsg,
	tmplMerge,
	tmplDescribeOf,
	tmplTruthyArgs,
}
