tags = {"Environment": f"{stage}", "EnvironmentSuffix": "prod", "Name": "Production"}
