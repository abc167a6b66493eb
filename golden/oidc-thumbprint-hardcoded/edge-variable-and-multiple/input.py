IamOpenidConnectProvider(self, "a", url=u, client_id_list=[], thumbprint_list=[cert.certificates.get(0).sha1_fingerprint])
IamOpenidConnectProvider(self, "b", url=u, client_id_list=[], thumbprint_list=['9E99A48A9960B14926BB7F3B02E22DA2B0AB7280', "a031c46782e6e6c662c2c87c76da9aa62ccabd8e"])
