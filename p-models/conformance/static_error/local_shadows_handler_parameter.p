// The entry function declares a local with the same name as its own parameter; they share one scope.
// expect-error: duplicate-variable
machine Worker {
  start state Init {
    entry (id: int) {
      var id: int;
      id = 3;
    }
  }
}

machine Main {
  start state Init {
    entry {
      new Worker(7);
    }
  }
}
