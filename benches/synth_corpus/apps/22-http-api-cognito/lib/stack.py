"""HTTP API whose routes require a valid Cognito JWT."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws import Apigatewayv2Api, Apigatewayv2Authorizer, Apigatewayv2Integration
from cdktf_cdktf_provider_aws.apigatewayv2_route import Apigatewayv2Route
from cdktf_cdktf_provider_aws.apigatewayv2_stage import Apigatewayv2Stage
from cdktf_cdktf_provider_aws.data_aws_region import DataAwsRegion
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction
from cdktf_cdktf_provider_aws.lambda_permission import LambdaPermission
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.auth import UserAuth

ROUTES = ["GET /notes", "POST /notes", "GET /notes/{id}", "DELETE /notes/{id}"]


class AuthApiStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, stage: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="eu-west-2")
        region = DataAwsRegion(self, "current")

        auth = UserAuth(self, "auth", stage=stage)

        role = IamRole(self, "fn-role", name=f"notes-api-{stage}", assume_role_policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                           "Action": "sts:AssumeRole"}],
        }))
        IamRolePolicyAttachment(self, "fn-logs", role=role.name,
                                policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
        backend = LambdaFunction(self, "backend", function_name=f"notes-api-{stage}", role=role.arn,
                                 runtime="nodejs20.x", handler="index.handler", filename="dist/api.zip")

        api = Apigatewayv2Api(self, "api", name=f"notes-{stage}", protocol_type="HTTP")
        authorizer = Apigatewayv2Authorizer(
            self,
            "jwt",
            api_id=api.id,
            name="cognito",
            authorizer_type="JWT",
            identity_sources=["$request.header.Authorization"],
            jwt_configuration=[{
                "audience": [auth.client.id],
                "issuer": f"https://cognito-idp.{region.region}.amazonaws.com/{auth.pool.id}",
            }],
        )
        integration = Apigatewayv2Integration(self, "lambda", api_id=api.id, integration_type="AWS_PROXY",
                                              integration_uri=backend.invoke_arn, payload_format_version="2.0")
        for route in ROUTES:
            slug = route.lower().replace(" ", "-").replace("/", "-").replace("{", "").replace("}", "")
            Apigatewayv2Route(self, f"route{slug}", api_id=api.id, route_key=route,
                              target=f"integrations/{integration.id}", authorization_type="JWT",
                              authorizer_id=authorizer.id)
        Apigatewayv2Stage(self, "stage", api_id=api.id, name="$default", auto_deploy=True)
        LambdaPermission(self, "invoke", action="lambda:InvokeFunction", function_name=backend.function_name,
                         principal="apigateway.amazonaws.com", source_arn=f"{api.execution_arn}/*/*")

        TerraformOutput(self, "api_url", value=api.api_endpoint)
        TerraformOutput(self, "user_pool_client_id", value=auth.client.id)
