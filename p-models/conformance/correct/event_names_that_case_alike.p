// Event names whose Rust spellings could clash: `e1` (variant and id
// constant both `E1` once cased), `E` with a payload, and `EA` next to `e_a`
// (which case to the same variant name).
event e1;
event E: int;
event EA;
event e_a;

machine Main {
  var seen: seq[string];
  start state S {
    entry {
      send this, e1;
      send this, E, 3;
      send this, EA;
      send this, e_a;
    }
    on e1 do { seen += (sizeof(seen), "e1"); }
    on E do (x: int) { assert x == 3; seen += (sizeof(seen), "E"); }
    on EA do { seen += (sizeof(seen), "EA"); }
    on e_a do {
      seen += (sizeof(seen), "e_a");
      assert sizeof(seen) == 4 && seen[0] == "e1" && seen[1] == "E" && seen[2] == "EA" && seen[3] == "e_a",
        "events handled out of order";
    }
  }
}
