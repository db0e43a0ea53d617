// The do-handler Handle takes two parameters; event handlers take at most one (the payload).
// expect-error: handler-too-many-params
event ePair: (int, int);

machine Main {
  fun Handle(a: int, b: int) {
    print format("{0}", a + b);
  }

  start state Init {
    entry {
      send this, ePair, (1, 2);
    }
    on ePair do Handle;
  }
}
