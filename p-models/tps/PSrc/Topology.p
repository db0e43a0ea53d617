// The shape of the pipeline, shared by the system builder, the scenarios and
// the spec so that they cannot disagree about which components exist.

// Logical queue names in pipeline order: stage i reads queue i and publishes
// to queue i + 1.
fun QueueNames(): seq[string] {
  var names: seq[string];
  names += (0, "inbound");
  names += (1, "inbound-preprocess");
  names += (2, "preprocess-core");
  names += (3, "core-postprocess");
  names += (4, "postprocess-outbound");
  names += (5, "outbound");
  return names;
}

// One container and one global database per stage, both named after it.
fun StageNames(): seq[string] {
  var names: seq[string];
  names += (0, "inbound");
  names += (1, "preprocess");
  names += (2, "core");
  names += (3, "postprocess");
  names += (4, "outbound");
  return names;
}

fun InDnsName(): string {
  return "in-dns";
}

fun OutDnsName(): string {
  return "out-dns";
}

fun BatchSize(): int {
  return 10;
}
