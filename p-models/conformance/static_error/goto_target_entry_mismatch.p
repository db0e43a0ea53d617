// On eName (payload string) the machine goes to Ready, whose entry takes an int; the entry receives the event's payload.
// expect-error: handler-payload-mismatch
event eName: string;

machine Main {
  start state Init {
    entry {
      send this, eName, "x";
    }
    on eName goto Ready;
  }

  state Ready {
    entry (n: int) {
      print format("{0}", n);
    }
  }
}
