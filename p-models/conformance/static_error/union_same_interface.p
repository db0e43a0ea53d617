// Both unioned modules bind the interface Worker; the interfaces bound by unioned modules must be disjoint.
// expect-error: invalid-composition
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

module front = { Main, Worker };
module back = { Worker };

test tcMain [main=Main]: union front, back;
