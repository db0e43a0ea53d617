// this (a Main, receiving only ePing) is assigned to the interface IPonger, which receives ePong; the permissions differ.
// expect-error: type-mismatch-assign
event ePing;
event ePong;
interface IPonger() receives ePong;

machine Main
receives ePing;
{
  var peer: IPonger;
  start state Init {
    entry {
      peer = this;
    }
    ignore ePing;
  }
}
