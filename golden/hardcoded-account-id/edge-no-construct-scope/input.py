ROOT = "arn:aws:iam::123456789012:root"


def lambda_role_arn(name):
    return f"arn:aws:iam::123456789012:role/{name}"


class Settings:
    def __init__(self):
        self.admin = "arn:aws:iam::123456789012:role/admin"
