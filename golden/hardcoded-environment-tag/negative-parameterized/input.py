environment = kwargs.get("environment", "Production")
common_tags = {"Environment": environment, "Project": "PaymentGateway"}
