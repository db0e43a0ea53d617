// `(2 wise)` runs a subset of a parametric test's combinations in which every pair of values of any two params occurs; `pairwise` is the same.
// expect: no-bug

param nodes: int;
param faults: int;
param batching: bool;

event ePing: int;

spec FaultBound observes ePing {
  start state Watch {
    on ePing do (n: int) {
      assert faults < nodes, format("{0} faults among {1} nodes", faults, nodes);
      assert n == nodes, format("ping says {0} nodes, the spec reads {1}", n, nodes);
    }
  }
}

machine Main {
  start state Init {
    entry {
      assert nodes == 3 || nodes == 4, format("nodes = {0} is not a listed value", nodes);
      assert faults == 1 || faults == 2, format("faults = {0} is not a listed value", faults);
      send this, ePing, nodes;
    }
    on ePing do {
      if (batching) {
        print "batching";
      }
    }
  }
}

test param (nodes in [3, 4], faults in [1, 2], batching in [true, false]) (2 wise) tcPairs [main=Main]:
  assert FaultBound in { Main };

test param (nodes in [3, 4], faults in [1, 2], batching in [true, false]) pairwise tcPairwise [main=Main]:
  assert FaultBound in { Main };
