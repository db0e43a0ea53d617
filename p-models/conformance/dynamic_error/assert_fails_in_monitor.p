// An assert failing inside a spec monitor while it observes a send is reported as an assertion failure.
// expect: assertion
// message: balance went negative

event eDeposit: int;
event eWithdraw: int;

spec NonNegativeBalance observes eDeposit, eWithdraw {
  var balance: int;

  start state Track {
    on eDeposit do (n: int) {
      balance = balance + n;
    }
    on eWithdraw do (n: int) {
      balance = balance - n;
      assert balance >= 0, "balance went negative";
    }
  }
}

machine Main {
  start state Init {
    entry {
      var b: Bank;
      b = new Bank();
      send b, eDeposit, 10;
      send b, eWithdraw, 4;
      send b, eWithdraw, 7;
    }
  }
}

machine Bank {
  start state Serve {
    on eDeposit, eWithdraw do { }
  }
}

test tcNegativeBalance [main=Main]: assert NonNegativeBalance in { Main, Bank };
