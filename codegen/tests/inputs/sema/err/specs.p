// Spec rules: a spec needs a start state; its functions may not use
// machine-only operations, nor call functions that do.

event eTick;

fun Announce() { announce eTick; }

spec NoStart observes eTick {
  state S { on eTick do { } }
}

spec Busy observes eTick {
  start state S {
    on eTick do {
      Helper();
      Announce();
    }
  }
  fun Helper() {
    var m: machine;
    m = new Main();
  }
}

machine Main { start state S { entry { announce eTick; } } }
