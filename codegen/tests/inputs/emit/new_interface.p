// new of an interface bound to a machine by the test's module.
event eAsk: machine;
event eAnswer: int;

interface IOracle(int) receives eAsk;

machine Client {
  start state Init {
    entry {
      var o: IOracle;
      o = new IOracle(41);
      send o, eAsk, this;
    }
    on eAnswer do (v: int) {
      assert v == 42;
    }
  }
}

machine Oracle {
  var base: int;
  start state Init {
    entry (b: int) {
      base = b;
    }
    on eAsk do (who: machine) {
      send who, eAnswer, base + 1;
    }
  }
}

test tcOracle [main=Client]: { Client, Oracle -> IOracle };
