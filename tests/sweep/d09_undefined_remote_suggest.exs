IO.puts(String.uppercase("abc"))
