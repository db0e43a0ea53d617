// The element DONE belongs to two different enums; enum elements share one global namespace.
// expect-error: duplicate-enum-element
enum JobStatus { PENDING, DONE }
enum TaskStatus { STARTED, DONE }

machine Main {
  var j: JobStatus;
  start state Init {
    entry {
      j = PENDING;
    }
  }
}
