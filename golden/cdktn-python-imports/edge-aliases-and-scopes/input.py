import cdktf as tf, cdktf_cdktf_provider_aws as aws_pkg
import cdktf_cdktf_provider_unknownthing.widget as widget
try:
    import cdktf
except ImportError:  # pragma: no cover
    cdktf = None


def make(app: "cdktf.App", cdktf_version="0.21"):
    stack = tf.TerraformStack(app, "stack")
    aws_pkg.provider.AwsProvider(stack, "aws", region="us-east-1")
    widget.Widget(stack, "w")
    return cdktf.Fn.join(",", [stack.node.id, cdktf_version]), stack.cdktf
