// The program assigns to the event name eDone; event names are not variables.
// expect-error: assign-non-lvalue
event eDone;
event eOther;

machine Main {
  start state Init {
    entry {
      eDone = eOther;
    }
  }
}
