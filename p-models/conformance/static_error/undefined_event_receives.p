// The machine's receives list names eMissing, which is not a declared event.
// expect-error: undefined-event
event ePing;

machine Main
receives ePing, eMissing;
{
  start state Init {
    ignore ePing;
  }
}
