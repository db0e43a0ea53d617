// One main machine per test case; each only picks its scenario.

machine TestActivePassive {
  start state Init {
    entry {
      new ScenarioDriver((batchCount = 1, steps = SingleBatchScenario()));
    }
  }
}

machine TestActivePassiveFailover {
  start state Init {
    entry {
      new ScenarioDriver((batchCount = 3, steps = FailoverScenario(true)));
    }
  }
}

machine TestActivePassiveFailoverNoWait {
  start state Init {
    entry {
      new ScenarioDriver((batchCount = 3, steps = FailoverScenario(false)));
    }
  }
}

machine TestActivePassiveF1 {
  start state Init {
    entry {
      new ScenarioDriver((batchCount = 3, steps = FailContainerScenario()));
    }
  }
}

machine TestActivePassiveF2 {
  start state Init {
    entry {
      new ScenarioDriver((batchCount = 3, steps = FailDatabaseScenario()));
    }
  }
}

machine TestActivePassiveF3 {
  start state Init {
    entry {
      new ScenarioDriver((batchCount = 3, steps = FailQueueScenario()));
    }
  }
}

machine TestActivePassiveF4 {
  start state Init {
    entry {
      new ScenarioDriver((batchCount = 3, steps = FailReplicationScenario()));
    }
  }
}

machine TestActivePassiveF5 {
  start state Init {
    entry {
      new ScenarioDriver((batchCount = 3, steps = FailRandomScenario()));
    }
  }
}
