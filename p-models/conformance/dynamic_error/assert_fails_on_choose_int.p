// The checker explores the values of choose(n), so an assert that fails for one of them is found.
// expect: assertion
// message: picked the forbidden value 3

machine Main {
  start state Init {
    entry {
      var i: int;
      var v: int;
      while (i < 3) {
        v = choose(4);
        assert v != 3, "picked the forbidden value 3";
        i = i + 1;
      }
    }
  }
}
