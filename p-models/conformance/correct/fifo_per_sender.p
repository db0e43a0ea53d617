// Events from one sender to one receiver arrive in send order, even when two senders interleave.
// expect: no-bug

event eSeq: (sender: int, n: int);

machine Main {
  start state Init {
    entry {
      var c: Consumer;
      c = new Consumer();
      new Producer((target = c, id = 1));
      new Producer((target = c, id = 2));
    }
  }
}

machine Producer {
  start state Run {
    entry (cfg: (target: Consumer, id: int)) {
      var i: int;
      i = 1;
      while (i <= 10) {
        send cfg.target, eSeq, (sender = cfg.id, n = i);
        i = i + 1;
      }
    }
  }
}

machine Consumer {
  var last: map[int, int];

  start state Consume {
    entry {
      last[1] = 0;
      last[2] = 0;
    }
    on eSeq do (m: (sender: int, n: int)) {
      assert m.n == last[m.sender] + 1, format("sender {0}: got {1} after {2}", m.sender, m.n, last[m.sender]);
      last[m.sender] = m.n;
    }
  }
}
