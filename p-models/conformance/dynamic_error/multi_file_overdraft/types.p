// A program split over several files whose bank lets an account go negative; the spec in another file catches it.
// expect: assertion
// message: account 1 overdrawn to -20

event eWithdraw: (client: machine, amount: int);
event eBalance: (account: int, balance: int);
