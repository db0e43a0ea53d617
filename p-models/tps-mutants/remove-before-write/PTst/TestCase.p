// The F2 scenario (the preprocess database of region 1 fails while batch 2
// arrives): the preprocess container removes a record and then cannot store
// it, so the record is lost. Expected: an assertion failure of the spec.
test tcActivePassiveF2 [main=TestActivePassiveF2]:
  assert ActivePassiveIsSafeAndLive in (union TransactionProcessing, { TestActivePassiveF2 });
