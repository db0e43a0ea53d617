// The state has two do-handlers for eTick; a state may declare at most one behavior per event.
// expect-error: duplicate-event-action
event eTick;

machine Main {
  var ticks: int;
  start state Init {
    entry {
      send this, eTick;
    }
    on eTick do { ticks = ticks + 1; }
    on eTick do { ticks = ticks + 2; }
  }
}
