// A spec monitor reads the parametric test case's values: it fails only in the case whose limit the machine's sends exceed.
// expect: assertion
// message: 3 requests in flight, the limit is 2
// expect-case: tcLimit___limit_2__count_3

param limit: int;
param count: int;

event eRequest;

spec InFlight observes eRequest {
  var n: int;
  start state Watch {
    on eRequest do {
      n = n + 1;
      assert n <= limit, format("{0} requests in flight, the limit is {1}", n, limit);
    }
  }
}

machine Main {
  start state Init {
    entry {
      var i: int;
      while (i < count) {
        send this, eRequest;
        i = i + 1;
      }
    }
    ignore eRequest;
  }
}

test param (limit in [2, 3], count in [2, 3]) tcLimit [main=Main]: assert InFlight in { Main };
