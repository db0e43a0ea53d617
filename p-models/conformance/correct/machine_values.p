// Machine references compare equal only when they name the same machine; an unset machine variable is null.
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var a: machine;
      var b: machine;
      var c: machine;
      var unset: machine;
      var w: Worker;
      var group: set[machine];
      a = new Worker();
      b = a;
      c = new Worker();
      assert a == b, "a copy of a reference is equal";
      assert a != c, "two new machines differ";
      assert a != this && c != this, "new machines differ from this";
      assert unset == null, "unset machine variable is null";
      assert a != null, "a created machine is not null";
      w = new Worker();
      group += (a);
      group += (b);
      group += (c);
      group += (w);
      assert sizeof(group) == 3, "a and b are the same element";
    }
  }
}

machine Worker {
  start state Idle { }
}
