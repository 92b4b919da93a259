#include "storage/RegularFile.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace rk {

RegularFileStatus openRegularFile(QFile &file, const QString &path)
{
#ifdef Q_OS_UNIX
    // Opened without waiting, then checked on the open handle, so the file cannot be
    // swapped for something else between the check and the read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return RegularFileStatus::NotReadable;
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return RegularFileStatus::NotAFile;
    }
    // Reads of a regular file never wait, so the non-blocking flag changes nothing after this.
    file.setFileName(path);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return RegularFileStatus::NotReadable;
    }
    return RegularFileStatus::Opened;
#else
    file.setFileName(path);
    return file.open(QIODevice::ReadOnly) ? RegularFileStatus::Opened : RegularFileStatus::NotReadable;
#endif
}

} // namespace rk
