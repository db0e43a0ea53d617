// A raised event carries its payload to the handler parameter and to the entry function of a goto target.
// expect: no-bug

event eValue: (a: int, b: string);
event eForward: int;

machine Main {
  var got: string;

  start state Init {
    entry {
      raise eValue, (a = 7, b = "seven");
    }
    on eValue do (v: (a: int, b: string)) {
      assert v.a == 7 && v.b == "seven", "handler receives the raised payload";
      got = v.b;
      raise eForward, v.a * 2;
    }
    on eForward goto Done;
  }

  state Done {
    entry (n: int) {
      assert n == 14, "entry receives the payload of the raised event";
      assert got == "seven", "first handler ran";
    }
  }
}
