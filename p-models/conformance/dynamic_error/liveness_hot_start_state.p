// A monitor whose start state is hot and that never observes the event leading out of it ends hot: a liveness bug.
// expect: liveness

event eFinished;

spec MustFinish observes eFinished {
  start hot state Running {
    on eFinished goto Finished;
  }

  cold state Finished {
    on eFinished do { }
  }
}

machine Main {
  start state Init {
    entry {
      var i: int;
      while (i < 3) {
        i = i + 1;
      }
    }
  }
}

test tcNeverFinished [main=Main]: assert MustFinish in { Main };
