a = not x in y
b = !x in y
c = (not x) in y
d = x not in y
