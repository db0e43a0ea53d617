// Named functions as entry, exit, do and goto-with handlers.
event eTick: int;

machine Main {
  var ticks: int;
  start state Run {
    entry Start;
    on eTick do OnTick;
    exit Stop;
  }
  state Stopped {
  }
  fun Start() {
    send this, eTick, 2;
  }
  fun OnTick(n: int) {
    ticks = ticks + n;
    goto Stopped;
  }
  fun Stop() {
    assert ticks == 2;
  }
}
