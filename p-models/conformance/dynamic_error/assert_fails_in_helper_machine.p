// An assert failing in a machine created by the main machine is reported as an assertion failure.
// expect: assertion
// message: worker received an odd job

event eJob: int;

machine Main {
  start state Init {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eJob, 2;
      send w, eJob, 3;
    }
  }
}

machine Worker {
  start state Run {
    on eJob do (n: int) {
      assert n % 2 == 0, "worker received an odd job";
    }
  }
}
