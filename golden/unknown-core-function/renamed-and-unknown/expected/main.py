import cdktf
from cdktf import Fn

encoded = Fn.base64encode(user_data)
count = Fn.length_of(names)
safe = cdktf.Fn.jsonencode({"a": 1})
name = Fn.sub("${AWS::StackName}-bucket")
ws = Fn.terraform_workspace()
