// <IncludeProject> makes the P files of the included projects (transitively, a project reached twice read once) part of the project.
// expect: no-bug

event eStartTimer: machine;
event eTimeout: int;

// Answers each start request with the number of requests seen so far.
machine Timer {
  var ticks: int;

  start state Counting {
    on eStartTimer do (client: machine) {
      ticks = ticks + 1;
      send client, eTimeout, ticks;
    }
  }
}
