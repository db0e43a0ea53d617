// entry and exit functions, run in order around a goto.
machine Main {
  var log: seq[string];
  start state First {
    entry {
      log += (sizeof(log), "enter First");
      goto Second;
    }
    exit {
      log += (sizeof(log), "exit First");
    }
  }
  state Second {
    entry {
      log += (sizeof(log), "enter Second");
      assert log[1] == "exit First" && sizeof(log) == 3;
    }
  }
}
