"""API Gateway REST API with /items and /items/{id} resources."""
from typing import Dict

from cdktf import Fn
from constructs import Construct
from cdktf_cdktf_provider_aws.api_gateway_deployment import ApiGatewayDeployment
from cdktf_cdktf_provider_aws.api_gateway_integration import ApiGatewayIntegration
from cdktf_cdktf_provider_aws.api_gateway_method import ApiGatewayMethod
from cdktf_cdktf_provider_aws.api_gateway_resource import ApiGatewayResource
from cdktf_cdktf_provider_aws.api_gateway_rest_api import ApiGatewayRestApi, ApiGatewayRestApiEndpointConfiguration
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction
from cdktf_cdktf_provider_aws.lambda_permission import LambdaPermission


class ItemsApi(Construct):
    def __init__(self, scope: Construct, id: str, *, stage: str, functions: Dict[str, LambdaFunction]):
        super().__init__(scope, id)

        self.api = ApiGatewayRestApi(
            self,
            "api",
            name=f"items-api-{stage}",
            description="Items CRUD API",
            endpoint_configuration=ApiGatewayRestApiEndpointConfiguration(types=["REGIONAL"]),
        )

        items = ApiGatewayResource(self, "items", rest_api_id=self.api.id, parent_id=self.api.root_resource_id,
                                   path_part="items")
        item = ApiGatewayResource(self, "item", rest_api_id=self.api.id, parent_id=items.id, path_part="{id}")

        integrations = []
        routes = [
            ("list", items, "GET", functions["list-items"]),
            ("create", items, "POST", functions["create-item"]),
            ("get", item, "GET", functions["get-item"]),
        ]
        for name, resource, verb, fn in routes:
            method = ApiGatewayMethod(self, f"{name}-method", rest_api_id=self.api.id, resource_id=resource.id,
                                      http_method=verb, authorization="NONE")
            integration = ApiGatewayIntegration(
                self,
                f"{name}-integration",
                rest_api_id=self.api.id,
                resource_id=resource.id,
                http_method=method.http_method,
                integration_http_method="POST",
                type="AWS_PROXY",
                uri=fn.invoke_arn,
            )
            integrations.append(integration)
            LambdaPermission(
                self,
                f"{name}-permission",
                statement_id="AllowApiGatewayInvoke",
                action="lambda:InvokeFunction",
                function_name=fn.function_name,
                principal="apigateway.amazonaws.com",
                source_arn=f"{self.api.execution_arn}/*/*",
            )

        # Redeploy whenever the integrations change.
        self.deployment = ApiGatewayDeployment(
            self,
            "deployment",
            rest_api_id=self.api.id,
            stage_name=stage,
            triggers={"redeployment": Fn.sha1(Fn.jsonencode([i.id for i in integrations]))},
            depends_on=integrations,
        )
        self.invoke_url = f"https://{self.api.id}.execute-api.amazonaws.com/{stage}"
