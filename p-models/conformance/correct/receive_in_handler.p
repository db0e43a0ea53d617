// A do handler may send a request and receive the reply before finishing; each handler run gets its own reply.
// expect: no-bug

event eStart;
event eQuery: machine;
event eAnswer: int;

machine Main {
  var worker: Worker;
  var answers: seq[int];

  start state Ready {
    entry {
      worker = new Worker();
      send this, eStart;
      send this, eStart;
    }
    on eStart do {
      send worker, eQuery, this;
      receive {
        case eAnswer: (a: int) {
          answers += (sizeof(answers), a);
        }
      }
      if (sizeof(answers) == 2) {
        assert answers[0] == 1 && answers[1] == 2, "answers in request order";
      }
    }
  }
}

machine Worker {
  var n: int;

  start state Serve {
    on eQuery do (m: machine) {
      n = n + 1;
      send m, eAnswer, n;
    }
  }
}
