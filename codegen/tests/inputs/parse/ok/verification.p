// PVerifier constructs: read and kept as text, so a file using them parses.

event eVote: (source: machine);
event eCommit;

pure participants(): set[machine];
pure coordinator(): machine;
pure isMember(m: machine): bool = m in participants();

init-condition forall (m: machine) :: m in participants() == m is Participant;
init forall (m: machine) :: m == coordinator() == m is Coordinator;
assume on start single: forall (m: machine) :: m == coordinator() == m is Coordinator;

invariant never_to_coordinator: forall (e: event) :: e is eCommit && e targets coordinator() ==> !inflight e;
invariant forall (e: eVote) :: sent e ==> e.source in participants();
axiom exists (m: machine) :: m == coordinator();

Lemma config {
    invariant one: forall (m: machine) :: m == coordinator() <==> m is Coordinator;
    invariant two: forall (e: event) :: flying e ==> e targets coordinator();
}

Proof {
    prove config;
    prove default using config;
}

machine Coordinator {
    start state Init {
        entry {
            var p: machine;
            assume forall (m: machine) :: m in participants() ==> m != this;
            foreach (p in participants())
                invariant forall new (e: event) :: e is eCommit;
                invariant sent eCommit;
            {
                send p, eCommit;
            }
        }
    }
}

machine Participant {
    start state Waiting {
        ignore eCommit;
    }
}

fun Pick(s: set[machine]) return (x: machine); ensures x in s; requires s != default(set[machine]);
