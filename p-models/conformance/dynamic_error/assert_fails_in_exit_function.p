// The exit function runs on a goto, so an assert failing inside it is reported.
// expect: assertion
// message: leaving Working with unfinished items

machine Main {
  var pending: int;

  start state Working {
    entry {
      pending = 2;
      goto Done;
    }
    exit {
      assert pending == 0, "leaving Working with unfinished items";
    }
  }

  state Done { }
}
