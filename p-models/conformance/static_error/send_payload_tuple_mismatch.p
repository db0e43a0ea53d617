// eReq carries (id: int, ok: bool) but is sent with the fields in a different order.
// expect-error: payload-type-mismatch
event eReq: (id: int, ok: bool);

machine Main {
  start state Init {
    entry {
      send this, eReq, (ok = true, id = 1);
    }
    ignore eReq;
  }
}
