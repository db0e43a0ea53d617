// new M(v) creates a machine whose start-state entry receives v; the creator gets a reference it can send to.
// expect: no-bug

event eResult: (src: int, value: int);

machine Main {
  var results: map[int, int];

  start state Collect {
    entry {
      new Doubler((parent = this, id = 1, n = 5));
      new Doubler((parent = this, id = 2, n = 21));
    }
    on eResult do (r: (src: int, value: int)) {
      results[r.src] = r.value;
      if (sizeof(results) == 2) {
        assert results[1] == 10, "first machine doubled 5";
        assert results[2] == 42, "second machine doubled 21";
      }
    }
  }
}

machine Doubler {
  start state Work {
    entry (cfg: (parent: Main, id: int, n: int)) {
      send cfg.parent, eResult, (src = cfg.id, value = cfg.n * 2);
    }
  }
}
