// The named handler OnData takes a bool, but the event eData it handles carries a seq[int].
// expect-error: handler-payload-mismatch
event eData: seq[int];

machine Main {
  fun OnData(ok: bool) {
    assert ok;
  }

  start state Init {
    on eData do OnData;
  }
}
