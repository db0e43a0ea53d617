// The `main M in module` module expression is accepted in a test declaration and the test starts the machine named by [main=...].
// expect: no-bug

event eHello: machine;
event eWelcome;

machine Starter {
  start state Init {
    entry {
      var g: Greeter;
      g = new Greeter();
      send g, eHello, this;
    }
    on eWelcome do { }
  }
}

machine Greeter {
  start state Run {
    on eHello do (m: machine) {
      send m, eWelcome;
    }
  }
}

machine Main {
  start state Init {
    entry {
      assert false, "Main is not the main machine of this test";
    }
  }
}

test tcMainIn [main=Starter]: main Starter in { Starter, Greeter };
