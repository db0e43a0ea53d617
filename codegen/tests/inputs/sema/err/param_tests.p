// Parametric tests with every kind of mistake in their bindings: each is
// reported at its own position, and the checker goes on to the next test.

param n: int;
param m: int;
param fast: bool;

machine Main {
  start state Init {
    entry {
      assert n >= 0 && m >= 0 && (fast || !fast);
    }
  }
}

test param (n in [1, 1 + 1, -(2), 3, 3]) tcValues [main = Main]: { Main };
test param (n in [1, 2]) assume (m > 0 && k) tcAssumeNames [main = Main]: { Main };
test param (n in [1, 2], fast in [true]) assume (fast + n == 1 && sizeof(default(seq[int])) == 0) tcAssumeTypes [main = Main]: { Main };
test param (n in [1, 2]) assume (n > 5) tcAssumeNone [main = Main]: { Main };
test param (n in [0, 1]) assume (10 / n > 1) tcAssumeDivides [main = Main]: { Main };
test param (n in [1]) (0 wise) tcZeroWise [main = Main]: { Main };
test param (n in [2147483648]) tcTooBig [main = Main]: { Main };
test param (n in [1], m in [2]) tcClash [main = Main]: { Main };
test tcClash___n_1__m_2 [main = Main]: { Main };
