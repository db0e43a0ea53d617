// Foreign types and functions, declared in P and implemented elsewhere.

type tHandle;
interface IWorker() receives;

fun Now(): int;
fun Spawn(n: int): tHandle creates IWorker;
fun SpawnMany(n: int) creates IWorker, IWorker;

machine UsesForeign {
    var h: tHandle;

    start state S {
        entry {
            h = Spawn(Now());
        }
    }

    fun Local(): int;
}
