// The function Check has a return type and raises an event; raise is only allowed in functions without a return type.
// expect-error: raise-in-non-void
event eFail;

machine Main {
  fun Check(x: int): bool {
    if (x < 0) {
      raise eFail;
    }
    return true;
  }

  start state Init {
    entry {
      assert Check(1);
    }
    ignore eFail;
  }
}
