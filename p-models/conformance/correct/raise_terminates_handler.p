// raise ends the whole current handler, including the nested function frames it was raised from.
// expect: no-bug

event eStop;

machine Main {
  var afterRaise: int;

  start state Init {
    entry {
      Outer();
      afterRaise = afterRaise + 100;
    }
    on eStop goto Done;
  }

  state Done {
    entry {
      assert afterRaise == 0, format("code after raise ran: {0}", afterRaise);
    }
  }

  fun Outer() {
    Inner();
    afterRaise = afterRaise + 10;
  }

  fun Inner() {
    raise eStop;
    afterRaise = afterRaise + 1;
  }
}
