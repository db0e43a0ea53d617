// Machine references: an interface-typed variable takes neither `null` nor
// a reference with other permissions (P compares receive sets); a
// `machine` needs `to` to become an interface.

event e1;
event e2;
interface I1() receives e1;
interface I2() receives e2;

machine Main {
  var a: I1;
  var b: I2;
  var m: machine;
  start state S {
    entry {
      a = null;
      a = b;
      a = m;
      a = m to I1;
    }
  }
}
