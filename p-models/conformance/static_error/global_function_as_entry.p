// The entry function is the global function Boot; entry/exit functions must be functions of the machine itself.
// expect-error: global-function-as-handler
fun Boot() {
  print "boot";
}

machine Main {
  start state Init {
    entry Boot;
  }
}
