// A parametric test runs once per combination of its values; machines, specs and global functions read the case's values, and a plain test reads each param's default.
// expect: no-bug

param nClients: int;
param verbose: bool;

event eHello: int;
event eReport: (clients: int, verbose: bool);

// The sum 1 + 2 + ... + nClients, read from a global function.
fun expectedSum(): int {
  return nClients * (nClients + 1) / 2;
}

spec HelloSum observes eHello, eReport {
  var sum: int;

  start hot state Counting {
    on eHello do (id: int) {
      sum = sum + id;
    }
    on eReport goto Done with (r: (clients: int, verbose: bool)) {
      assert r.clients == nClients, format("the server saw {0} clients, the spec reads {1}", r.clients, nClients);
      assert r.verbose == verbose, "the server and the spec read different values of verbose";
      assert sum == expectedSum(), format("client ids sum to {0}, expected {1}", sum, expectedSum());
    }
  }

  cold state Done {
    ignore eHello, eReport;
  }
}

machine Client {
  start state Init {
    entry (p: (server: machine, id: int)) {
      send p.server, eHello, p.id;
    }
  }
}

machine Server {
  var seen: int;

  start state Init {
    entry {
      var i: int;
      assert nClients == 2 || nClients == 3 || nClients == 5, format("nClients = {0} is not one of the listed values", nClients);
      if (verbose) {
        print format("starting {0} clients", nClients);
      }
      i = 1;
      while (i <= nClients) {
        new Client((server = this, id = i));
        i = i + 1;
      }
    }
    on eHello do (id: int) {
      seen = seen + 1;
      if (seen == nClients) {
        announce eReport, (clients = seen, verbose = verbose);
      }
    }
  }
}

// A plain test binds no param: each reads its type's default.
machine Defaults {
  start state Init {
    entry {
      assert nClients == 0, format("an unbound int param reads {0}, not 0", nClients);
      assert !verbose, "an unbound bool param reads true, not false";
    }
  }
}

test param (nClients in [2, 3, 5], verbose in [true, false]) tcHello [main=Server]:
  assert HelloSum in { Server, Client };

test tcDefaults [main=Defaults]: { Defaults };
