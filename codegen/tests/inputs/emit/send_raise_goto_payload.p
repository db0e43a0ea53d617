// send, raise and goto, each with a payload.
event eSent: (id: int, text: string);
event eRaised: int;

machine Main {
  start state Init {
    entry {
      send this, eSent, (id = 1, text = "hi");
    }
    on eSent do (p: (id: int, text: string)) {
      raise eRaised, p.id + 1;
    }
    on eRaised do (n: int) {
      goto Done, n * 10;
    }
  }
  state Done {
    entry (v: int) {
      assert v == 20, format("got {0}", v);
    }
  }
}
