// A program split over several files: declarations in one file are visible in the others (types, events, machines, spec, test).
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var bank: Bank;
      bank = new Bank();
      send bank, eOpen, (account = 1, initial = 100);
      assert Withdraw(bank, 1, 30) == 70, "first withdrawal accepted";
      assert Withdraw(bank, 1, 80) == 70, "second withdrawal refused";
      assert Withdraw(bank, 1, 70) == 0, "third withdrawal empties the account";
    }
  }

  fun Withdraw(bank: Bank, account: tAccount, amount: int): int {
    var result: int;
    send bank, eWithdraw, (client = this, account = account, amount = amount);
    receive {
      case eWithdrawResult: (r: (account: tAccount, ok: bool, balance: int)) {
        result = r.balance;
      }
    }
    return result;
  }
}
