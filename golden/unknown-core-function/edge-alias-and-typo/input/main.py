from cdktf import Fn as TfFn

first = TfFn.element(names, 0)
count = TfFn.lenght(names)
