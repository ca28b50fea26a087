# Calendar.strftime directives, padding modifiers and options.
ndt = ~N[2024-03-05 04:07:09.123456]
for f <- ["%Y/%m/%d %H:%M", "%A, %B %-d, %Y", "%a %b %e", "%I:%M %p", "%I:%M %P", "%j %q %u %y", "%c", "%x", "%X", "%f", "%5d|%_5d|%-d|%05d", "%%", "%10A|%-10A|%010A"] do
  try do
    IO.inspect(Calendar.strftime(ndt, f))
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
IO.inspect(Calendar.strftime(~U[2024-03-05 14:07:09Z], "%z %Z"))
IO.inspect(Calendar.strftime(~D[2024-03-05], "%d/%m/%Y"))
IO.inspect(Calendar.strftime(~T[13:00:00], "%I %p"))
IO.inspect(Calendar.strftime(~D[2024-03-05], "%B", month_names: fn m -> "M#{m}" end))
IO.inspect(Calendar.strftime(~D[2024-03-05], "%x", preferred_date: "%d.%m.%Y"))
try do
  Calendar.strftime(~D[2024-03-05], "%H")
rescue
  e -> IO.puts(Exception.message(e))
end
