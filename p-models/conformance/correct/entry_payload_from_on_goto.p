// `on e goto S` passes e's payload to S's entry function.
// expect: no-bug

event eConfig: (width: int, name: string);

machine Main {
  start state Init {
    entry {
      send this, eConfig, (width = 4, name = "grid");
    }
    on eConfig goto Configured;
  }

  state Configured {
    entry (c: (width: int, name: string)) {
      assert c.width == 4 && c.name == "grid", "entry got the triggering event's payload";
    }
  }
}
