#pragma once

#include <QString>

class QFile;

namespace rk {

// Opening a file that someone else chose, for reading: only a regular file is read. A FIFO,
// a device or a socket in a file's place is refused without waiting on it (a FIFO would
// block the program until another program writes to it).
enum class RegularFileStatus
{
    Opened,
    NotAFile,
    NotReadable,
};

RegularFileStatus openRegularFile(QFile &file, const QString &path);

} // namespace rk
