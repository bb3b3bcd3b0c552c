#pragma once

#include "Error.h"

#include <QFile>
#include <QString>

namespace praksis {

// Creates an empty file readable and writable by its owner only (0600), or makes an existing one so.
// Plans and their backups hold personal data.
Result<void> createPrivateFile(const QString &path);
Result<void> makePrivate(const QString &path);

// The one way Praksisplan writes a file for people (reports in CSV, XLSX and PDF, checklists and welcome letters,
// calendars, the change log export): like QSaveFile, but owner-only under any umask. open() creates a new
// temporary file beside the target, 0600 from its creation on (never readable by others, not even empty), and
// commit() moves it over the target in one step; without commit() (an error, cancelWriting()) the temporary file
// is removed and the target is untouched. Whether an existing target may be replaced is the caller's question
// (the command line's --force, the desktop's save dialog).
class PrivateSaveFile : public QFile
{
    Q_OBJECT

public:
    explicit PrivateSaveFile(const QString &path, QObject *parent = nullptr);
    ~PrivateSaveFile() override;

    // Write-only; any other mode fails.
    bool open(OpenMode mode) override;
    bool commit();
    void cancelWriting();
    // The target (fileName() is the temporary file's while open).
    QString targetName() const { return m_target; }

private:
    using QFile::open;
    QString m_target;
    bool m_cancelled = false;
};

} // namespace praksis
