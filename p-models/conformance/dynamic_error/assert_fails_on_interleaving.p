// Two senders race to one receiver; the checker finds the schedule where the second sender's event arrives first.
// expect: assertion
// message: worker 2 arrived before worker 1

event eArrived: int;

machine Main {
  var arrivals: seq[int];

  start state Init {
    entry {
      new Racer((target = this, id = 1));
      new Racer((target = this, id = 2));
    }
    on eArrived do (id: int) {
      arrivals += (sizeof(arrivals), id);
      if (sizeof(arrivals) == 1) {
        assert id == 1, "worker 2 arrived before worker 1";
      }
    }
  }
}

machine Racer {
  start state Go {
    entry (cfg: (target: Main, id: int)) {
      send cfg.target, eArrived, cfg.id;
    }
  }
}
