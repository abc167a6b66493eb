from cdktf import Fn

first_az = Fn.select(0, azs.names)
odd = Fn.select(index=0, list=azs.names)
