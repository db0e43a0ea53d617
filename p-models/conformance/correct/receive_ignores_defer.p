// receive takes a matching event even when the current state defers that event.
// expect: no-bug

event eReply: int;

machine Main {
  start state Init {
    defer eReply;
    entry {
      var got: int;
      new Helper(this);
      receive {
        case eReply: (v: int) {
          got = v;
        }
      }
      assert got == 7, "the deferred event was received";
      goto Done;
    }
  }

  state Done {
    on eReply do {
      assert false, "the only eReply was consumed by the receive";
    }
  }
}

machine Helper {
  start state Run {
    entry (m: Main) {
      send m, eReply, 7;
    }
  }
}
