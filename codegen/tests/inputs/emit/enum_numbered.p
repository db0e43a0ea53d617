// A numbered enum: given values, default, and conversion to int.
enum Status { Ok = 200, NotFound = 404, Teapot = 418 }

machine Main {
  start state Init {
    entry {
      var s: Status;
      assert s == Ok;
      s = Teapot;
      assert (s to int) == 418;
      assert (NotFound to int) - (Ok to int) == 204;
    }
  }
}
