import pytest


@pytest.fixture
def default_tags():
    return {"Environment": "test", "Owner": "ci"}
