// One batch of 10 records, no failure.
test tcActivePassive [main=TestActivePassive]:
  assert ActivePassiveIsSafeAndLive in (union TransactionProcessing, { TestActivePassive });

// The seed's scenario: batch 1 fully processed, then failover, then batches 2 and 3.
test tcActivePassiveFailover [main=TestActivePassiveFailover]:
  assert ActivePassiveIsSafeAndLive in (union TransactionProcessing, { TestActivePassiveFailover });

// Failover while batch 1 is still in region 1: expected to fail (records lost).
test tcActivePassiveFailoverNoWait [main=TestActivePassiveFailoverNoWait]:
  assert ActivePassiveIsSafeAndLive in (union TransactionProcessing, { TestActivePassiveFailoverNoWait });

// Fault injection in region 1, each followed by recovery.
test tcActivePassiveF1 [main=TestActivePassiveF1]:
  assert ActivePassiveIsSafeAndLive in (union TransactionProcessing, { TestActivePassiveF1 });

test tcActivePassiveF2 [main=TestActivePassiveF2]:
  assert ActivePassiveIsSafeAndLive in (union TransactionProcessing, { TestActivePassiveF2 });

test tcActivePassiveF3 [main=TestActivePassiveF3]:
  assert ActivePassiveIsSafeAndLive in (union TransactionProcessing, { TestActivePassiveF3 });

test tcActivePassiveF4 [main=TestActivePassiveF4]:
  assert ActivePassiveIsSafeAndLive in (union TransactionProcessing, { TestActivePassiveF4 });

test tcActivePassiveF5 [main=TestActivePassiveF5]:
  assert ActivePassiveIsSafeAndLive in (union TransactionProcessing, { TestActivePassiveF5 });
