// Runs a scenario: makes the record set, hands it to the spec, builds the
// system, then performs the scenario's steps in order. A step that waits is
// finished when the component it names answers.
//
// Waiting is done in a state rather than with a receive statement on purpose:
// when records are lost the driver waits forever, and a driver idle in a state
// lets the run end with the spec still hot, which the checker reports as the
// liveness bug; a driver blocked in receive would be reported as a deadlock.

type tStep = (control: tControl, wait: bool);
type tScenario = (batchCount: int, steps: seq[tStep]);

machine ScenarioDriver {
  var system: machine;
  var steps: seq[tStep];
  var nextStep: int;
  var awaitedTag: int;

  start state Init {
    entry (scenario: tScenario) {
      var batches: seq[seq[tRecord]];
      var records: seq[tRecord];
      var batch: seq[tRecord];
      var record: tRecord;
      batches = MakeBatches(scenario.batchCount, BatchSize());
      foreach (batch in batches) {
        foreach (record in batch) {
          records += (sizeof(records), record);
        }
      }
      announce eSpecRecordSet, (records = records,);
      steps = scenario.steps;
      system = new TransactionProcessingSystem((batches = batches,));
      goto Running;
    }
  }

  state Running {
    entry {
      var step: tStep;
      while (nextStep < sizeof(steps)) {
        step = steps[nextStep];
        nextStep = nextStep + 1;
        send system, eControlReq, (caller = this, tag = nextStep, control = step.control);
        if (step.wait) {
          awaitedTag = nextStep;
          goto Waiting;
        }
      }
      goto Finished;
    }
  }

  state Waiting {
    on eControlResp do (resp: tControlResp) {
      if (resp.tag == awaitedTag) {
        goto Running;
      }
    }
  }

  // Answers to steps that did not wait (a publish) may still come in.
  state Finished {
    ignore eControlResp;
  }
}

// Record ids run 1, 2, ... across the batches; values are random.
fun MakeBatches(batchCount: int, batchSize: int): seq[seq[tRecord]] {
  var batches: seq[seq[tRecord]];
  var batch: seq[tRecord];
  var b: int;
  var i: int;
  while (b < batchCount) {
    batch = default(seq[tRecord]);
    i = 0;
    while (i < batchSize) {
      batch += (i, (recordId = b * batchSize + i + 1, recordValue = choose(100)));
      i = i + 1;
    }
    batches += (b, batch);
    b = b + 1;
  }
  return batches;
}
