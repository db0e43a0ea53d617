// receive inside a function called by a handler (call depth 1) returns control to that function with the payload bound.
// expect: no-bug

event eAsk: (asker: machine, question: int);
event eAnswer: int;

machine Main {
  var oracle: Oracle;

  start state Init {
    entry {
      oracle = new Oracle();
      assert Ask(4) == 16, "first answer";
      assert Ask(9) == 81, "second answer";
    }
  }

  fun Ask(q: int): int {
    var result: int;
    send oracle, eAsk, (asker = this, question = q);
    receive {
      case eAnswer: (a: int) {
        result = a;
      }
    }
    return result;
  }
}

machine Oracle {
  start state Serve {
    on eAsk do (req: (asker: machine, question: int)) {
      send req.asker, eAnswer, req.question * req.question;
    }
  }
}
