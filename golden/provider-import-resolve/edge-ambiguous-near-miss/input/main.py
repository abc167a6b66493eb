from cdktf_cdktf_provider_aws.lb_listener import LbListenerRuleX
from cdktf_cdktf_provider_aws.quantum_ledger import QuantumLedger

LbListenerRuleX(stack, "r")
QuantumLedger(stack, "q")
