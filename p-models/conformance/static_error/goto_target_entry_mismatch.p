// On eFlag (payload bool) the machine goes to Ready, whose entry takes an int; the entry receives the event's payload.
// expect-error: handler-payload-mismatch
event eFlag: bool;

machine Main {
  start state Init {
    entry {
      send this, eFlag, true;
    }
    on eFlag goto Ready;
  }

  state Ready {
    entry (n: int) {
      print format("{0}", n);
    }
  }
}
