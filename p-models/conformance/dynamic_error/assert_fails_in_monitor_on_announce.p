// An announced event reaches the monitor synchronously, and an assert failing in its handler is reported.
// expect: assertion
// message: step 3 announced out of order

event eStepDone: int;

spec StepsInOrder observes eStepDone {
  var next: int;

  start state Check {
    on eStepDone do (s: int) {
      assert s == next, format("step {0} announced out of order", s);
      next = next + 1;
    }
  }
}

machine Main {
  start state Init {
    entry {
      announce eStepDone, 0;
      announce eStepDone, 1;
      announce eStepDone, 3;
    }
  }
}

test tcAnnounceOrder [main=Main]: assert StepsInOrder in { Main };
