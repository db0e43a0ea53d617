// The handler for eCount (payload int) declares a string parameter.
// expect-error: handler-payload-mismatch
event eCount: int;

machine Main {
  start state Init {
    entry {
      send this, eCount, 3;
    }
    on eCount do (s: string) {
      print s;
    }
  }
}
