// The operand of raise is an int; it must be an event.
// expect-error: raise-non-event
machine Main {
  var code: int;
  start state Init {
    entry {
      raise code;
    }
  }
}
