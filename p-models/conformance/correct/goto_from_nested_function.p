// A goto executed two calls deep ends all the calling frames and moves the machine to the target state.
// expect: no-bug

machine Main {
  var reached: int;

  start state A {
    entry {
      Outer(3);
      reached = reached + 100;
    }
  }

  state B {
    entry (n: int) {
      assert n == 3, "payload passed from the nested goto";
      assert reached == 1, format("code after the goto ran: {0}", reached);
    }
  }

  fun Outer(n: int) {
    reached = reached + 1;
    Inner(n);
    reached = reached + 10;
  }

  fun Inner(n: int) {
    goto B, n;
    reached = reached + 1000;
  }
}
