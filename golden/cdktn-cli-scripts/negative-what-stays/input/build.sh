#!/bin/sh
# cdktf is the old name; cdktn synth is what we run now.
echo "cdktf-related output goes to cdktf.out"
CDKTF_LOG_LEVEL=info cdktn synth
