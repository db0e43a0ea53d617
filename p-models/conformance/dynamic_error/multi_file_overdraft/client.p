// A program split over several files whose bank lets an account go negative; the spec in another file catches it.
// expect: assertion
// message: account 1 overdrawn to -20

machine Main {
  start state Init {
    entry {
      var bank: Bank;
      bank = new Bank();
      send bank, eWithdraw, (client = this, amount = 40);
      send bank, eWithdraw, (client = this, amount = 30);
    }
    on eBalance do { }
  }
}
