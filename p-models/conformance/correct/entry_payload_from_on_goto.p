// `on e goto S` passes e's payload to S's entry function.
// expect: no-bug

event eConfig: (size: int, name: string);

machine Main {
  start state Init {
    entry {
      send this, eConfig, (size = 4, name = "grid");
    }
    on eConfig goto Configured;
  }

  state Configured {
    entry (c: (size: int, name: string)) {
      assert c.size == 4 && c.name == "grid", "entry got the triggering event's payload";
    }
  }
}
