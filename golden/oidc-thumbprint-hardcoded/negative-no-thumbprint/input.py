IamOpenidConnectProvider(self, "oidc", url=issuer, client_id_list=["sts.amazonaws.com"])
