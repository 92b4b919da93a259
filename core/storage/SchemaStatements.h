#pragma once

namespace rk::schema {

// The SQL that each version adds, as released: version 1 creates the first tables, every
// later one is the step from the version before. Frozen once released: a file of version
// N is always these statements 1..N, which is what lets the schema be compared exactly.
// Null for a version that does not exist.
const char *versionStatements(int version);

} // namespace rk::schema
