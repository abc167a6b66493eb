"""Cognito user pool and app client."""
from constructs import Construct
from cdktf_cdktf_provider_aws.cognito_user_pool import CognitoUserPool, CognitoUserPoolPasswordPolicy
from cdktf_cdktf_provider_aws.cognito_user_pool_client import CognitoUserPoolClient
from cdktf_cdktf_provider_aws.cognito_user_pool_domain import CognitoUserPoolDomain


class UserAuth(Construct):
    def __init__(self, scope: Construct, id: str, *, stage: str):
        super().__init__(scope, id)
        self.pool = CognitoUserPool(
            self,
            "pool",
            name=f"notes-users-{stage}",
            username_attributes=["email"],
            auto_verified_attributes=["email"],
            mfa_configuration="OPTIONAL",
            software_token_mfa_configuration={"enabled": True},
            password_policy=CognitoUserPoolPasswordPolicy(
                minimum_length=12, require_lowercase=True, require_uppercase=True, require_numbers=True,
                require_symbols=False, temporary_password_validity_days=3),
        )
        self.client = CognitoUserPoolClient(
            self,
            "web-client",
            name=f"notes-web-{stage}",
            user_pool_id=self.pool.id,
            generate_secret=False,
            explicit_auth_flows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            allowed_oauth_flows=["code"],
            allowed_oauth_flows_user_pool_client=True,
            allowed_oauth_scopes=["openid", "email"],
            callback_urls=["https://localhost:3000/callback"],
            supported_identity_providers=["COGNITO"],
        )
        CognitoUserPoolDomain(self, "domain", domain=f"notes-{stage}-auth", user_pool_id=self.pool.id)
