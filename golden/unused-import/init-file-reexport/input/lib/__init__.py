from lib.tap_stack import TapStack
from lib.unused_here import Helper
