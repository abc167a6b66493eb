"""Lambda handlers and the HTTP API in front of them."""
import json
from typing import Dict

from constructs import Construct
from cdktf_cdktf_provider_aws.apigatewayv2_api import Apigatewayv2Api, Apigatewayv2ApiCorsConfiguration
from cdktf_cdktf_provider_aws.apigatewayv2_integration import Apigatewayv2Integration
from cdktf_cdktf_provider_aws.apigatewayv2_route import Apigatewayv2Route
from cdktf_cdktf_provider_aws.apigatewayv2_stage import Apigatewayv2Stage, Apigatewayv2StageAccessLogSettings
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.dynamodb_table import DynamodbTable
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction, LambdaFunctionEnvironment
from cdktf_cdktf_provider_aws.lambda_permission import LambdaPermission

HANDLERS: Dict[str, str] = {
    "POST /links": "shortener.create",
    "GET /{slug}": "shortener.resolve",
    "GET /links": "shortener.list_for_owner",
}


class ShortenerApi(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, suffix: str, table: DynamodbTable):
        super().__init__(scope, construct_id)

        role = IamRole(
            self,
            "role",
            name=f"shortener-lambda-{suffix}",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                               "Action": "sts:AssumeRole"}],
            }),
        )
        IamRolePolicyAttachment(self, "logs", role=role.name,
                                policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
        IamRolePolicy(
            self,
            "table-access",
            role=role.id,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Effect": "Allow",
                    "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"],
                    "Resource": [table.arn, f"{table.arn}/index/*"],
                }],
            }),
        )

        self.api = Apigatewayv2Api(
            self,
            "http-api",
            name=f"shortener-{suffix}",
            protocol_type="HTTP",
            cors_configuration=Apigatewayv2ApiCorsConfiguration(
                allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["content-type"]
            ),
        )

        access_logs = CloudwatchLogGroup(self, "access-logs", name=f"/aws/apigateway/shortener-{suffix}",
                                         retention_in_days=30)
        Apigatewayv2Stage(
            self,
            "default-stage",
            api_id=self.api.id,
            name="$default",
            auto_deploy=True,
            access_log_settings=Apigatewayv2StageAccessLogSettings(
                destination_arn=access_logs.arn,
                format=json.dumps({"requestId": "$context.requestId", "status": "$context.status",
                                   "routeKey": "$context.routeKey"}),
            ),
        )

        for route_key, handler in HANDLERS.items():
            name = handler.split(".")[1].replace("_", "-")
            fn = LambdaFunction(
                self,
                f"fn-{name}",
                function_name=f"shortener-{name}-{suffix}",
                role=role.arn,
                runtime="python3.12",
                handler=handler,
                filename="dist/shortener.zip",
                memory_size=128,
                timeout=5,
                environment=LambdaFunctionEnvironment(variables={"TABLE_NAME": table.name}),
            )
            integration = Apigatewayv2Integration(
                self,
                f"integration-{name}",
                api_id=self.api.id,
                integration_type="AWS_PROXY",
                integration_uri=fn.invoke_arn,
                payload_format_version="2.0",
            )
            Apigatewayv2Route(self, f"route-{name}", api_id=self.api.id, route_key=route_key,
                              target=f"integrations/{integration.id}")
            LambdaPermission(
                self,
                f"invoke-{name}",
                action="lambda:InvokeFunction",
                function_name=fn.function_name,
                principal="apigateway.amazonaws.com",
                source_arn=f"{self.api.execution_arn}/*/*",
            )
