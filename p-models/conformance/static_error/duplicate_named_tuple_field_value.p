// The named tuple value uses the field name key twice; field names of a named tuple must be distinct.
// expect-error: duplicate-named-tuple-field
machine Main {
  var record: any;
  start state Init {
    entry {
      record = (key = 1, key = 2);
    }
  }
}
