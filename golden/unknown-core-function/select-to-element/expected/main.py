from cdktf import Fn

first_az = Fn.element(azs.names, 0)
odd = Fn.select(index=0, list=azs.names)
