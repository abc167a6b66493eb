from cdktf import Fn
from mylib import helpers

a = Fn.element(names, 0)
b = Fn.length_of(names)
c = Fn.try_([x, "d"])
d = Fn.jsonencode({"a": 1})
e = helpers.Fn.sub("x")
