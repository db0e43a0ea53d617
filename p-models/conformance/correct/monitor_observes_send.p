// A spec monitor observes every send of the events it lists, synchronously, with the sent payload.
// expect: no-bug

event eJob: int;
event eCheck: int;

spec JobTally observes eJob, eCheck {
  var sum: int;
  var count: int;

  start state Watching {
    on eJob do (n: int) {
      sum = sum + n;
      count = count + 1;
    }
    on eCheck do (expected: int) {
      assert sum == expected, format("monitor saw sum {0}, expected {1}", sum, expected);
      assert count == 3, "three sends observed";
    }
  }
}

machine Main {
  start state Init {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eJob, 1;
      send w, eJob, 2;
      send w, eJob, 4;
      announce eCheck, 7;
    }
  }
}

machine Worker {
  start state Run {
    on eJob do { }
  }
}

test tcObserveSend [main=Main]: assert JobTally in { Main, Worker };
