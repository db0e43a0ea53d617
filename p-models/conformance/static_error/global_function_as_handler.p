// The do-handler names the global function Report; state handlers must be functions of the machine itself.
// expect-error: global-function-as-handler
event eTick;

fun Report() {
  print "tick";
}

machine Main {
  start state Init {
    entry {
      send this, eTick;
    }
    on eTick do Report;
  }
}
