import cdktn as tf, cdktn_provider_aws as aws_pkg
import cdktf_cdktf_provider_unknownthing.widget as widget
try:
    import cdktn
except ImportError:  # pragma: no cover
    cdktn = None


def make(app: "cdktf.App", cdktf_version="0.21"):
    stack = tf.TerraformStack(app, "stack")
    aws_pkg.provider.AwsProvider(stack, "aws", region="us-east-1")
    widget.Widget(stack, "w")
    return cdktn.Fn.join(",", [stack.node.id, cdktf_version]), stack.cdktf
