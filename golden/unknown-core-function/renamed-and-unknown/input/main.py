import cdktf
from cdktf import Fn

encoded = Fn.base64_encode(user_data)
count = Fn.length(names)
safe = cdktf.Fn.json_encode({"a": 1})
name = Fn.sub("${AWS::StackName}-bucket")
ws = Fn.terraform_workspace()
