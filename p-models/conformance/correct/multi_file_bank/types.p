// A program split over several files: declarations in one file are visible in the others (types, events, machines, spec, test).
// expect: no-bug

type tAccount = int;
type tWithdraw = (client: machine, account: tAccount, amount: int);

event eOpen: (account: tAccount, initial: int);
event eWithdraw: tWithdraw;
event eWithdrawResult: (account: tAccount, ok: bool, balance: int);
