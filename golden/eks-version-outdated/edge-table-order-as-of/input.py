EksCluster(self, "cluster", name="c", role_arn=r, version="1.29")
EksCluster(self, "edge", name="e", role_arn=r, version="1.30")
