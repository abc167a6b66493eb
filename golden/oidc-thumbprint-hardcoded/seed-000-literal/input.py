oidc_thumbprint = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280"
IamOpenidConnectProvider(
    self,
    "oidc",
    url=cluster.identity.get(0).oidc.get(0).issuer,
    client_id_list=["sts.amazonaws.com"],
    thumbprint_list=["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"],
)
