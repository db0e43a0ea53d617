// A failing assert with a format message reports the message with its arguments substituted.
// expect: assertion
// message: balance -5 is below zero after 2 withdrawals

machine Main {
  start state Init {
    entry {
      var balance: int;
      var withdrawals: int;
      balance = 10;
      while (withdrawals < 2) {
        balance = balance - 7 - withdrawals;
        withdrawals = withdrawals + 1;
      }
      assert balance >= 0, format("balance {0} is below zero after {1} withdrawals", balance, withdrawals);
    }
  }
}
