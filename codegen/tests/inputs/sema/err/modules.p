// Module-system rules beyond the conformance corpus: a module defined
// through itself, renaming onto a bound interface, hiding an event that a
// payload may carry, and a test without a main machine.

event eReq: machine;
event eInternal;

interface IA() receives eReq;
interface IB() receives eReq;

machine A receives eReq, eInternal; sends eReq, eInternal; {
  start state S { on eReq do (m: machine) { } on eInternal do { } }
}

machine B receives eReq; sends eReq; {
  start state S { on eReq do (m: machine) { } }
}

module Loop = union Loop, { A };
module Both = { A -> IA, B -> IB };
module Clash = rename IA to IB in Both;
module Hidden = hidee eInternal in { A };

test tcNoMain: { A };
