// The test-support library's helpers are written with doctest; a benchmark that uses them (the
// records view's headless frames) gets doctest's implementation here, without its test runner.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
