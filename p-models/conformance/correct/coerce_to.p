// `to` converts enum to int (its value), int to float, and float to int by truncating toward zero.
// expect: no-bug

enum Level { Low, Mid, High }
enum Status { Ok = 200, NotFound = 404 }

machine Main {
  start state Init {
    entry {
      var f: float;
      var i: int;
      var lv: Level;
      assert (Low to int) == 0 && (Mid to int) == 1 && (High to int) == 2, "plain enum values are 0, 1, 2";
      assert (NotFound to int) == 404 && (Ok to int) == 200, "numbered enum values";
      lv = High;
      assert (lv to int) == 2, "enum variable to int";
      f = 3 to float;
      assert f == 3.0, "int to float";
      assert (7 to float) / 2.0 == 3.5, "converted value takes part in float arithmetic";
      i = 3.99 to int;
      assert i == 3, "positive float truncates down";
      i = (-3.99) to int;
      assert i == -3, "negative float truncates toward zero";
      i = (0.5 + 0.25) to int;
      assert i == 0, "fraction below one";
      i = 2.0 to int;
      assert i == 2, "whole float";
    }
  }
}
