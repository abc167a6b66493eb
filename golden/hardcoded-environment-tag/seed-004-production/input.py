common_tags = {
    "Environment": "Production",
    "Project": "PaymentGateway",
    "EnvironmentSuffix": environment_suffix,
}
Vpc(self, "vpc", tags={"env": 'dev', "Name": "vpc"})
