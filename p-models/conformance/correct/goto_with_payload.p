// goto S, v passes v to the entry function of S; scalar, named-tuple and tuple payloads all arrive intact.
// expect: no-bug

machine Main {
  var visited: seq[string];

  start state Init {
    entry {
      visited += (sizeof(visited), "Init");
      goto TakesInt, 41 + 1;
    }
  }

  state TakesInt {
    entry (n: int) {
      assert n == 42, "int payload";
      visited += (sizeof(visited), "TakesInt");
      goto TakesRecord, (id = n, label = "answer");
    }
  }

  state TakesRecord {
    entry (r: (id: int, label: string)) {
      assert r.id == 42 && r.label == "answer", "named tuple payload";
      visited += (sizeof(visited), "TakesRecord");
      goto TakesPair, (r.label, r.id + 1);
    }
  }

  state TakesPair {
    entry (p: (string, int)) {
      assert p.0 == "answer" && p.1 == 43, "tuple payload";
      assert sizeof(visited) == 3, "three states visited before";
      assert visited[0] == "Init" && visited[1] == "TakesInt" && visited[2] == "TakesRecord", "visit order";
    }
  }
}
