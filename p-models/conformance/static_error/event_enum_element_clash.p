// The name eStop is both an event and an enum element; events and enum elements may not share a name.
// expect-error: duplicate-event-enum-element
event eStop;
enum Command { eGo, eStop }

machine Main {
  start state Init {
    entry {
      raise eStop;
    }
    ignore eStop;
  }
}
