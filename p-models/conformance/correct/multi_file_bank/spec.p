// A program split over several files: declarations in one file are visible in the others (types, events, machines, spec, test).
// expect: no-bug

spec NoOverdraft observes eOpen, eWithdrawResult {
  start state Watch {
    on eOpen do { }
    on eWithdrawResult do (r: (account: tAccount, ok: bool, balance: int)) {
      assert r.balance >= 0, "balance never negative";
    }
  }
}

test tcBank [main=Main]: assert NoOverdraft in { Main, Bank };
