// A spec monitor with hot and cold states, fed by send and announce.
event eReq: int;
event eResp: int;
event eDone;

spec Answered observes eReq, eResp, eDone {
  var open: int;
  start cold state Quiet {
    on eReq goto Waiting with (id: int) {
      open = open + 1;
    }
    on eDone do {
      assert open == 0, "done with open requests";
    }
  }
  hot state Waiting {
    on eResp do (id: int) {
      open = open - 1;
      if (open == 0) {
        goto Quiet;
      }
    }
    on eReq do (id: int) {
      open = open + 1;
    }
  }
}

machine Main {
  start state Init {
    entry {
      send this, eReq, 1;
    }
    on eReq do (id: int) {
      send this, eResp, id;
    }
    on eResp do (id: int) {
      announce eDone;
    }
  }
}

test tcAnswered [main=Main]: assert Answered in { Main };
