// An enum numbers all of its elements or none of them.
enum Mixed { A = 1, B }
