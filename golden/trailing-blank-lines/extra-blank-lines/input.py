import pytest


class TestIntegration:
    def test_synth(self):
        assert True



