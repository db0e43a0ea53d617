// The event eRequest is declared twice at top level; event names must be unique.
// expect-error: duplicate-event
event eRequest: int;
event eRequest;

machine Main {
  start state Init {
    entry {
      send this, eRequest, 1;
    }
    ignore eRequest;
  }
}
