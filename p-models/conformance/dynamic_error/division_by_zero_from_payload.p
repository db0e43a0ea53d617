// A divisor received as an event payload can be zero; dividing by it in the handler is a division-by-zero error.
// expect: division-by-zero

event eDivide: (num: int, den: int);
event eResult: int;

machine Main {
  start state Init {
    entry {
      var c: Calculator;
      c = new Calculator(this);
      send c, eDivide, (num = 9, den = 3);
      send c, eDivide, (num = 9, den = 0);
    }
    on eResult do (r: int) { }
  }
}

machine Calculator {
  var client: Main;

  start state Serve {
    entry (m: Main) {
      client = m;
    }
    on eDivide do (req: (num: int, den: int)) {
      send client, eResult, req.num / req.den;
    }
  }
}
