// A handler casting an `any` payload to bool fails when the sender put an int in it: a failed-cast error.
// expect: cast

event eFlag: any;

machine Main {
  start state Init {
    entry {
      send this, eFlag, true;
      send this, eFlag, 1;
    }
    on eFlag do (v: any) {
      var b: bool;
      b = v as bool;
    }
  }
}
