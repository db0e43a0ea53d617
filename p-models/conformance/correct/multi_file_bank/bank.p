// A program split over several files: declarations in one file are visible in the others (types, events, machines, spec, test).
// expect: no-bug

machine Bank {
  var balances: map[tAccount, int];

  start state Serving {
    on eOpen do (req: (account: tAccount, initial: int)) {
      balances[req.account] = req.initial;
    }
    on eWithdraw do (req: tWithdraw) {
      if (balances[req.account] >= req.amount) {
        balances[req.account] = balances[req.account] - req.amount;
        send req.client, eWithdrawResult, (account = req.account, ok = true, balance = balances[req.account]);
      } else {
        send req.client, eWithdrawResult, (account = req.account, ok = false, balance = balances[req.account]);
      }
    }
  }
}
