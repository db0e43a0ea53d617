// The primitive module binds the interface IWorker twice, to two different machines.
// expect-error: duplicate-binding
event eJob;
interface IWorker() receives eJob;

machine FastWorker {
  start state Init {
    ignore eJob;
  }
}

machine SlowWorker {
  start state Init {
    ignore eJob;
  }
}

machine Main {
  start state Init {
    entry {
      new IWorker();
    }
  }
}

test tcMain [main=Main]: { Main, FastWorker -> IWorker, SlowWorker -> IWorker };
