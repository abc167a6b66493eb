import sys

sys.path = ["lib"] + sys.path
from tap_stack import TapStack

print(TapStack)
