# Another BaseStack, not the one in lib/base.py: its callers keep `id=`.
from vendor.stacks import BaseStack

BaseStack(None, id="theirs")
