// Constructs this tool reads but cannot run: each gets one clear error,
// and uses of an unsupported declaration's name are not reported again.

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
      b = isSmall(2);
      m = (1, null).1;
    }
  }
}

test tcRefine [main = Main]: { Main } refines { Main };
