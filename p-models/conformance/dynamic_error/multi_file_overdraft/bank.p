// A program split over several files whose bank lets an account go negative; the spec in another file catches it.
// expect: assertion
// message: account 1 overdrawn to -20

machine Bank {
  var balance: int;

  start state Serving {
    entry {
      balance = 50;
    }
    on eWithdraw do (req: (client: machine, amount: int)) {
      balance = balance - req.amount;
      send req.client, eBalance, (account = 1, balance = balance);
    }
  }
}
