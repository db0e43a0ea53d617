// Effect summaries through calls: what can suspend, raise, change state or
// choose; the creates set of each machine.

event ePing;
event eStop;

fun Log(msg: string) { print msg; }
fun Ping(m: machine) { send m, ePing; }
fun Flip(): bool { return $; }
fun Spawn(): machine { return new Worker(); }

machine Worker {
  start state Idle {
    on ePing do { Log("ping"); }
    on eStop goto Done;
  }
  state Done { }
}

machine Main {
  var w: machine;

  start state Init {
    entry {
      w = Spawn();
      Tick();
    }
    exit { Log("bye"); }
    on ePing do Tick;
  }

  fun Tick() {
    if (Flip()) {
      Ping(w);
    } else {
      raise eStop;
    }
  }

  fun Pure(n: int): int {
    Log("pure");
    return n * 2;
  }
}
