// receive inside an entry function blocks until a matching event arrives, binds its payload, then continues after the receive.
// expect: no-bug

event eHello: int;

machine Main {
  start state Init {
    entry {
      var got: int;
      var after: bool;
      new Greeter(this);
      receive {
        case eHello: (v: int) {
          got = v;
        }
      }
      after = true;
      assert got == 5, "payload bound in the case";
      assert after, "execution continues after receive";
    }
  }
}

machine Greeter {
  start state Greet {
    entry (target: Main) {
      send target, eHello, 5;
    }
  }
}
