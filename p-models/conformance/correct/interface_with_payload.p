// An interface with a constructor payload type: `new I(v)` passes v to the bound machine's start entry, and `m to I` turns a machine reference back into an I.
// expect: no-bug

event eAdd: int;
event eGet: machine;
event eValue: int;

interface ICounter(int) receives eAdd, eGet;

machine Main {
  start state Init {
    entry {
      var c: ICounter;
      var asMachine: machine;
      var back: ICounter;
      c = new ICounter(10);
      send c, eAdd, 5;
      asMachine = c;
      back = asMachine to ICounter;
      send back, eGet, this;
      receive {
        case eValue: (v: int) {
          assert v == 15, format("counter holds {0}", v);
        }
      }
    }
  }
}

machine Counter {
  var total: int;

  start state Count {
    entry (initial: int) {
      total = initial;
    }
    on eAdd do (n: int) {
      total = total + n;
    }
    on eGet do (m: machine) {
      send m, eValue, total;
    }
  }
}

test tcInterfacePayload [main=Main]: { Main, Counter -> ICounter };
