// new of a machine with a constructor payload; the child answers its creator.
event eHello: int;

machine Main {
  start state Init {
    entry {
      var child: machine;
      child = new Child((parent = this, n = 5));
      new Child((parent = this, n = 6));
    }
    on eHello do (n: int) {
      assert n == 5 || n == 6;
    }
  }
}

machine Child {
  start state Init {
    entry (cfg: (parent: machine, n: int)) {
      send cfg.parent, eHello, cfg.n;
    }
  }
}
