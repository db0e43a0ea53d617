// The event set esControl is declared twice; event set names must be unique.
// expect-error: duplicate-event-set
event eStart;
event eStop;
eventset esControl = { eStart, eStop };
eventset esControl = { eStart };

machine Main {
  start state Init {
    ignore eStart, eStop;
  }
}
