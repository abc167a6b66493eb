"""Edge helpers: the viewer-request function and the response headers policy."""
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudfront_function import CloudfrontFunction
from cdktf_cdktf_provider_aws.cloudfront_response_headers_policy import CloudfrontResponseHeadersPolicy

REWRITE_JS = """function handler(event) {
  var request = event.request;
  if (!request.uri.includes('.')) {
    request.uri = '/index.html';
  }
  return request;
}
"""


class EdgeConfig(Construct):
    def __init__(self, scope: Construct, id: str, *, prefix: str):
        super().__init__(scope, id)
        self.rewrite = CloudfrontFunction(self, "rewrite", name=f"{prefix}-spa-rewrite", runtime="cloudfront-js-2.0",
                                          code=REWRITE_JS, publish=True)
        self.headers = CloudfrontResponseHeadersPolicy(
            self,
            "security-headers",
            name=f"{prefix}-security-headers",
            security_headers_config={
                "strict_transport_security": {"access_control_max_age_sec": 63072000, "include_subdomains": True,
                                              "preload": True, "override": True},
                "content_type_options": {"override": True},
                "frame_options": {"frame_option": "DENY", "override": True},
                "referrer_policy": {"referrer_policy": "strict-origin-when-cross-origin", "override": True},
            },
        )
