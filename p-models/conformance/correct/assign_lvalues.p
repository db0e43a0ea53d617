// Assignment writes plain variables, tuple and named-tuple fields, seq elements and map entries, including nested lvalues.
// expect: no-bug

type tRecord = (name: string, scores: seq[int]);

machine Main {
  var counter: int;

  start state Init {
    entry {
      var pair: (int, string);
      var rec: tRecord;
      var nums: seq[int];
      var table: map[string, tRecord];

      counter = 1;
      counter = counter + 41;
      assert counter == 42, "plain variable assignment";

      pair = (1, "one");
      pair.0 = 2;
      pair.1 = "two";
      assert pair.0 == 2 && pair.1 == "two", "tuple field assignment";

      rec.name = "r";
      rec.scores += (0, 10);
      rec.scores[0] = 11;
      assert rec.name == "r" && rec.scores[0] == 11, "named tuple field assignment";

      nums += (0, 1);
      nums += (1, 2);
      nums[1] = 20;
      assert nums[0] == 1 && nums[1] == 20, "seq element assignment";

      table["a"] = rec;
      table["a"].scores[0] = 99;
      table["a"].name = "changed";
      assert table["a"].scores[0] == 99, "nested map, field and index assignment";
      assert table["a"].name == "changed", "named tuple field inside a map value";
      assert rec.scores[0] == 11 && rec.name == "r", "the value stored in the map is a copy";
    }
  }
}
