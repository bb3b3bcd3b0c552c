#pragma once

#include "Error.h"

#include <QString>

namespace praksis {

// Creates an empty file readable and writable by its owner only (0600), or makes an existing one so.
// Plans and their backups hold personal data.
Result<void> createPrivateFile(const QString &path);
Result<void> makePrivate(const QString &path);

} // namespace praksis
