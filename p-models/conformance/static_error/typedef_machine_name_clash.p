// The type alias Worker has the same name as the machine Worker; machines and type names share one namespace.
// expect-error: duplicate-type
type Worker = (id: int, busy: bool);

machine Worker {
  start state Init { }
}

machine Main {
  start state Init {
    entry {
      new Worker();
    }
  }
}
