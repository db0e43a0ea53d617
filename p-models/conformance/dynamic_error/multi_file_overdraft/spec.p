// A program split over several files whose bank lets an account go negative; the spec in another file catches it.
// expect: assertion
// message: account 1 overdrawn to -20

spec NoOverdraft observes eBalance {
  start state Watch {
    on eBalance do (b: (account: int, balance: int)) {
      assert b.balance >= 0, format("account {0} overdrawn to {1}", b.account, b.balance);
    }
  }
}

test tcOverdraft [main=Main]: assert NoOverdraft in { Main, Bank };
