// receive two function calls below the handler blocks the machine and resumes the innermost function after the match.
// expect: no-bug

event eRequest: machine;
event eReply: string;

machine Main {
  var log: seq[string];

  start state Init {
    entry {
      var s: Server;
      s = new Server();
      Outer(s);
      log += (sizeof(log), "entry-end");
      assert sizeof(log) == 4, "four log lines";
      assert log[0] == "inner-before" && log[1] == "inner-after:pong", "inner function resumed with the payload";
      assert log[2] == "outer-after" && log[3] == "entry-end", "callers resumed in order";
    }
  }

  fun Outer(s: Server) {
    Inner(s);
    log += (sizeof(log), "outer-after");
  }

  fun Inner(s: Server) {
    var got: string;
    log += (sizeof(log), "inner-before");
    send s, eRequest, this;
    receive {
      case eReply: (r: string) {
        got = r;
      }
    }
    log += (sizeof(log), "inner-after:" + got);
  }
}

machine Server {
  start state Serve {
    on eRequest do (m: machine) {
      send m, eReply, "pong";
    }
  }
}
