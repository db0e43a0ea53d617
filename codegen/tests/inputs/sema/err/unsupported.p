// Constructs this tool reads but cannot run: each gets one clear error,
// and uses of an unsupported declaration's name are not reported again.

param nClients: int;
pure isSmall(n: int): bool = n < 3;
invariant always: true;

event e;

machine Main {
  start state Init {
    entry {
      var b: bool;
      var f: float;
      var m: machine;
      assume b;
      b = b ==> b;
      f = float(1, 2);
      b = isSmall(nClients);
      m = (1, null).1;
    }
  }
}

test param (nClients in [1, 2]) tcParam [main = Main]: { Main };
test tcRefine [main = Main]: { Main } refines { Main };
