// A monitor's start entry runs when the test starts, so an assert failing there is found in every schedule.
// expect: assertion
// message: monitor rejects the initial configuration

event eUnused;

spec StrictStart observes eUnused {
  var limit: int;

  start state Init {
    entry {
      assert limit > 0, "monitor rejects the initial configuration";
    }
    on eUnused do { }
  }
}

machine Main {
  start state Init {
    entry { }
  }
}

test tcMonitorStart [main=Main]: assert StrictStart in { Main };
