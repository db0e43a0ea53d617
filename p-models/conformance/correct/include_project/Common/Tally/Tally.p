// <IncludeProject> makes the P files of the included projects (transitively, a project reached twice read once) part of the project.
// expect: no-bug

type tTally = (timeouts: int, last: int);

// Uses the Timer project's event: this file only checks because Timer.p
// is part of every project that includes Tally.
fun IsTimeout(e: event): bool {
  return e == eTimeout;
}

fun Record(t: tTally, tick: int): tTally {
  t.timeouts = t.timeouts + 1;
  t.last = tick;
  return t;
}
