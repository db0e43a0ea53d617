// An announced event can move a monitor into a hot state; ending the execution there is a liveness bug.
// expect: liveness

event eBegin;
event eEnd;

spec BeginEnd observes eBegin, eEnd {
  start cold state Outside {
    on eBegin goto Inside;
  }

  hot state Inside {
    on eEnd goto Outside;
  }
}

machine Main {
  start state Init {
    entry {
      announce eBegin;
    }
  }
}

test tcBeginWithoutEnd [main=Main]: assert BeginEnd in { Main };
