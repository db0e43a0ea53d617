fun F() {
    print "no closing quote;
}
