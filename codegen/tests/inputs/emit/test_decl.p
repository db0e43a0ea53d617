// An explicit test declaration asserting a safety spec over two machines.
event eCount: int;

spec Increasing observes eCount {
  var last: int;
  start state Watch {
    on eCount do (n: int) {
      assert n > last, format("{0} after {1}", n, last);
      last = n;
    }
  }
}

machine Driver {
  start state Init {
    entry {
      var c: machine;
      c = new Counter();
      send c, eCount, 1;
      send c, eCount, 2;
    }
  }
}

machine Counter {
  start state Init {
    ignore eCount;
  }
}

test tcIncreasing [main=Driver]: assert Increasing in { Driver, Counter };
