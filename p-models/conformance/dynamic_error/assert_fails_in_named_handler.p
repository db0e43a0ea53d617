// A named machine function used as a do handler gets the payload; an assert failing in it is reported.
// expect: assertion
// message: duplicate id 4

event eRegister: int;

machine Main {
  var ids: set[int];

  start state Registering {
    entry {
      send this, eRegister, 3;
      send this, eRegister, 4;
      send this, eRegister, 4;
    }
    on eRegister do Register;
  }

  fun Register(id: int) {
    assert !(id in ids), format("duplicate id {0}", id);
    ids += (id);
  }
}
