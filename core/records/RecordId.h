#pragma once

#include <QString>

namespace rk {

// A new key for a record, a project or a file: 36 characters in the form of a UUID
// (version 7: the time in milliseconds first, then a counter and random bits). Keys made
// one after the other sort in the order they were made, so that a table's key index
// grows at its end instead of at a random place: a bulk import writes each index page
// once. Unique across machines through 74 random bits; thread-safe.
QString newRecordId();

} // namespace rk
