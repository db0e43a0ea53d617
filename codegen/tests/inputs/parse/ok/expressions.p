// Expression forms and operator precedence.

enum Level { LOW = 0, HIGH = 10 }

fun Exprs(t: (int, (int, int)), m: map[int, seq[int]], x: any): float {
    var a, b, c: int;
    var f: float;
    var s: string;
    var ok: bool;

    a = b + c * 2 - -a % 3 / 1;
    a = (b + c) * 2;
    a = t.0 + t.1.0 + t.1.1;
    a = m[1][0] + sizeof(keys(m)) + sizeof(values(m));
    a = b + c as int;
    a = (b + c) to int;
    a = HIGH to int;
    f = 1.5 + .5 + float(3, 2) + a to float;
    ok = a in keys(m) == true && !ok || b <= c && c >= b && b < c && c > b;
    ok = a != b;
    s = "quote \" and backslash \\ and {0}";
    s = format("{0} and {1}", a, s);
    x = (1,);
    x = (1, "two", (3, 4));
    x = (id = 1,);
    x = (id = 1, name = "n");
    x = default((int, string));
    x = null;
    ok = $;
    ok = $$;
    a = choose(10);
    ok = choose();
    a = x as int;
    return f;
}
