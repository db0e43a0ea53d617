// Only the case of a parametric test whose values break an assertion finds the bug; its other cases pass.
// expect: assertion
// message: a write quorum of 2 does not intersect every read quorum of 4 replicas
// expect-case: tcQuorum___replicas_4__quorum_2

param replicas: int;
param quorum: int;

machine Main {
  start state Init {
    entry {
      assert 2 * quorum > replicas, format("a write quorum of {0} does not intersect every read quorum of {1} replicas", quorum, replicas);
    }
  }
}

test param (replicas in [3, 4], quorum in [2, 3]) tcQuorum [main=Main]: { Main };
