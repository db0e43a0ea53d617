// Events that do not match a receive stay queued in order and are handled normally after the receive.
// expect: no-bug

event eOther: int;
event eWanted: int;
event eDone;

machine Main {
  var others: seq[int];
  var wanted: int;

  start state Init {
    entry {
      new Sender(this);
      receive {
        case eWanted: (v: int) {
          wanted = v;
        }
      }
      assert sizeof(others) == 0, "no other handler runs during the receive";
    }
    on eOther do (v: int) {
      others += (sizeof(others), v);
    }
    on eDone do {
      assert wanted == 2, "the receive took eWanted";
      assert sizeof(others) == 2, "both skipped events were handled later";
      assert others[0] == 1 && others[1] == 3, "skipped events kept their order";
    }
  }
}

machine Sender {
  start state Send {
    entry (m: Main) {
      send m, eOther, 1;
      send m, eWanted, 2;
      send m, eOther, 3;
      send m, eDone;
    }
  }
}
