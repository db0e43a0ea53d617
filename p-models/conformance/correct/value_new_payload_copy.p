// The constructor payload of new is a copy: the creator's later changes are not seen by the created machine.
// expect: no-bug

event eReport: int;

machine Main {
  start state Init {
    entry {
      var config: map[string, int];
      config["workers"] = 3;
      new Child((parent = this, config = config));
      config["workers"] = 100;
      config["extra"] = 1;
    }
    on eReport do (n: int) {
      assert n == 3, format("the child saw {0}", n);
    }
  }
}

machine Child {
  start state Run {
    entry (p: (parent: Main, config: map[string, int])) {
      assert sizeof(p.config) == 1, "the child got the map as it was at creation";
      send p.parent, eReport, p.config["workers"];
    }
  }
}
