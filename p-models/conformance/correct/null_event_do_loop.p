// `on null do` runs repeatedly while the inbox is empty, until its handler moves the machine to a state without a null handler.
// expect: no-bug

machine Main {
  var ticks: int;

  start state Spin {
    on null do {
      ticks = ticks + 1;
      if (ticks == 3) {
        goto Stopped;
      }
    }
  }

  state Stopped {
    entry {
      assert ticks == 3, format("the null handler ran {0} times", ticks);
    }
  }
}
