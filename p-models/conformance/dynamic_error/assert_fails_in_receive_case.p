// The body of a receive case runs when its event arrives, so an assert failing there is reported.
// expect: assertion
// message: the reply must be positive

event eReply: int;

machine Main {
  start state Init {
    entry {
      new Responder(this);
      receive {
        case eReply: (v: int) {
          assert v > 0, "the reply must be positive";
        }
      }
    }
  }
}

machine Responder {
  start state Run {
    entry (m: Main) {
      send m, eReply, -1;
    }
  }
}
