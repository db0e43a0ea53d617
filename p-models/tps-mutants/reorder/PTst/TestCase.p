// One batch, no failure: the swapped records reach the readers out of order.
// Expected: an assertion failure of the spec.
test tcActivePassive [main=TestActivePassive]:
  assert ActivePassiveIsSafeAndLive in (union TransactionProcessing, { TestActivePassive });
