"""relance's judgement: pure functions from interviews, messages and the
ledger to the steps due now. No I/O, no clock, no network: `now` and the
settings are arguments."""
