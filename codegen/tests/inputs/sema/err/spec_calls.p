// A spec may call functions only if they (transitively) neither send,
// announce, create, receive nor choose; each offending call is reported
// with the statement responsible.

event eTick;

fun Publish() { announce eTick; }
fun Relay() { Publish(); }
fun Coin(): bool { return choose(); }
fun Harmless(n: int): int { return n + 1; }

spec Busy observes eTick {
  start state S {
    on eTick do {
      var n: int;
      Relay();
      if (Coin()) { n = Harmless(n); }
    }
  }
}

machine Main { start state S { entry { Publish(); } } }
