IO.puts("about to exit")
exit(:something_bad)
